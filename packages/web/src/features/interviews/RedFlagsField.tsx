import { Chip, Group, Input } from "@mantine/core";
import { IconFlag } from "@tabler/icons-react";
import { RED_FLAG_LABELS, RED_FLAGS, type RedFlag } from "@loopwise/domain";
import { flagSet } from "./red-flags";

interface Props {
  value: RedFlag[];
  onChange: (flags: RedFlag[]) => void;
  error?: string;
}

/** The seven warning signs about a team, as chips the user ticks after an interview. */
export function RedFlagsField({ value, onChange, error }: Props) {
  return (
    <Input.Wrapper
      label="What did you notice?"
      description="Warning signs about the team from this interview; the offer comparison counts them"
      error={error}
    >
      <Chip.Group multiple value={value} onChange={(flags) => onChange(flagSet(flags))}>
        <Group gap={6} mt={8} role="group" aria-label="Red flags">
          {RED_FLAGS.map((flag) => (
            <Chip
              key={flag}
              value={flag}
              size="xs"
              color="red"
              variant="outline"
              icon={<IconFlag size={12} />}
              data-testid={`red-flag-${flag}`}
            >
              {RED_FLAG_LABELS[flag]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
}
