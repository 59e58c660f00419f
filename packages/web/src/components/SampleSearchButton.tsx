import { Button } from "@mantine/core";
import { IconFlask2 } from "@tabler/icons-react";
import type { useLoadSample } from "../api/use-applications";
import { notifyError } from "./notify";

interface Props {
  /** The page's `useLoadSample()`, so its other buttons can wait while it loads. */
  sample: ReturnType<typeof useLoadSample>;
  /** After loading: refresh the page's own queries, say what came. */
  onLoaded: (result: { companies: number; applications: number }) => void;
}

/** "Load a sample search", from an empty page. */
export function SampleSearchButton({ sample, onLoaded }: Props) {
  return (
    <Button
      variant="default"
      leftSection={<IconFlask2 size={16} />}
      onClick={() =>
        sample.mutate(undefined, {
          onSuccess: onLoaded,
          onError: (error) => notifyError(error, "The sample search could not be loaded"),
        })
      }
      loading={sample.isPending}
    >
      Load a sample search
    </Button>
  );
}
