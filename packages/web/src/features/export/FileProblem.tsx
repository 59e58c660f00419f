import { List, Text } from "@mantine/core";
import { isApiError } from "../../api/client";

/** Why a file was refused: the server's message and the places in the file it names. */
export function FileProblem({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  const fields = isApiError(error) ? Object.entries(error.fields ?? {}).filter(([field]) => field !== "body") : [];
  return (
    <>
      <Text fz="sm">{message}</Text>
      {fields.length > 3 && (
        <List size="xs" mt="xs" spacing={2}>
          {fields.slice(3, 10).map(([field, problem]) => (
            <List.Item key={field}>
              <Text span ff="monospace" fz="xs">
                {field}
              </Text>{" "}
              {problem}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
