import { Box, Group, Text } from "@mantine/core";
import { diffLines } from "./diff-lines";
import classes from "./ResultsPanel.module.css";

/** The judge's line diff of a wrong answer: red lines only in the expected answer, green only in yours. */
export function DiffView({ diff }: { diff: string }) {
  const lines = diffLines(diff);
  return (
    <Box>
      <Group gap="md" mb={4}>
        <Text fz="xs" className={classes.legendExpected}>
          − expected
        </Text>
        <Text fz="xs" className={classes.legendActual}>
          + yours
        </Text>
      </Group>
      <pre
        className={`${classes.output} ${classes.diff}`}
        aria-label="Difference between the expected answer and yours"
      >
        {lines.map((line, index) => (
          // The − and + marks are drawn by CSS, so a copied answer comes without them.
          <div key={index} className={classes[line.kind]} data-kind={line.kind}>
            {line.text}
          </div>
        ))}
      </pre>
    </Box>
  );
}
