import { Alert } from "@mantine/core";
import { IconAlertTriangle, IconBan } from "@tabler/icons-react";
import type { LanguagesAnswer } from "@loopwise/domain";

/**
 * Says when code is not run the safe way: refused (server mode without bubblewrap), or run under
 * limits only (local mode without bubblewrap), or when no language can run at all. Nothing otherwise.
 */
export function SandboxNotice({ answer }: { answer: LanguagesAnswer }) {
  if (answer.isolation === "refused") {
    return (
      <Alert color="red" icon={<IconBan />} title="Code does not run on this server" mb="md">
        {answer.warning ??
          "The sandbox (bubblewrap) is not available, so the server refuses to run code. Ask the administrator to install bubblewrap."}
      </Alert>
    );
  }
  if (answer.languages.length === 0) {
    return (
      <Alert color="yellow" icon={<IconAlertTriangle />} title="No language can run here" mb="md">
        Loopwise found no interpreter or compiler it can use. Install Python 3 (or Node.js, which runs JavaScript and
        TypeScript), then restart Loopwise.
      </Alert>
    );
  }
  if (answer.isolation === "limits-only") {
    return (
      <Alert color="yellow" icon={<IconAlertTriangle />} title="Runs are limited but not sandboxed" mb="md">
        {answer.warning ??
          "bubblewrap is not available: your code runs with time and memory limits only, as your own user. Install bubblewrap to isolate it."}
      </Alert>
    );
  }
  return null;
}
