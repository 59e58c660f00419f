import { Button, Group } from "@mantine/core";

interface Props {
  onCancel: () => void;
  /** The submit button's label: what it does ("Add company", "Save"). */
  submitLabel: string;
  pending: boolean;
}

/** A form's footer: Cancel, then the submit button, which spins while the request is out. */
export function FormActions({ onCancel, submitLabel, pending }: Props) {
  return (
    <Group justify="flex-end" gap="xs" mt="xs">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
