import { Anchor, Text } from "@mantine/core";
import { lineRefs } from "./line-refs";
import classes from "./ResultsPanel.module.css";

interface Props {
  error: { message: string; line?: number };
  onJump: (line: number) => void;
}

/** A compiler's or the runtime's message, each line it names a link that moves the editor there. */
export function ErrorMessage({ error, onJump }: Props) {
  const parts = lineRefs(error.message);
  const named = parts.some((part) => part.line !== undefined);
  return (
    <div>
      {error.line !== undefined && !named && (
        <Anchor component="button" type="button" fz="sm" mb={4} onClick={() => onJump(error.line!)}>
          Go to line {error.line}
        </Anchor>
      )}
      <pre className={classes.output} data-testid="error-message">
        {parts.map((part, index) =>
          part.line === undefined ? (
            part.text
          ) : (
            <Anchor
              key={index}
              component="button"
              type="button"
              className={classes.lineLink}
              onClick={() => onJump(part.line)}
              title={`Go to line ${part.line}`}
            >
              {part.text}
            </Anchor>
          ),
        )}
      </pre>
      {error.line !== undefined && named && (
        <Text fz="xs" c="dimmed">
          Click a line to jump there in the editor.
        </Text>
      )}
    </div>
  );
}
