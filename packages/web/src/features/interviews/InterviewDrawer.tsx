import { Button, Center, Drawer, Loader, Stack, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { isApiError } from "../../api/client";
import { useInterview } from "../../api/interviews";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useOverlay } from "../../components/overlay-store";
import { InterviewDetail } from "./InterviewDetail";
import type { InterviewTab } from "./interview-search";

interface Props {
  id: string | undefined;
  tab: InterviewTab | undefined;
  onTabChange: (tab: InterviewTab) => void;
  /** Shows another interview (a loop's session, or a session's loop) in the same drawer. */
  onOpen: (id: string, tab?: InterviewTab) => void;
  onClose: () => void;
}

/** An interview's detail in a drawer on the right; closing with unsaved changes asks first. */
export function InterviewDrawer({ id, tab, onTabChange, onOpen, onClose }: Props) {
  const interview = useInterview(id);
  const dirty = useRef(false);
  const [pending, setPending] = useState<(() => void) | null>(null);
  const guarded = (action: () => void) => () => (dirty.current ? setPending(() => action) : action());
  const close = guarded(onClose);
  // Escape is ours only while nothing (a confirm, the schedule dialog) is open over this drawer.
  const onTop = useOverlay(Boolean(id));

  return (
    <>
      <Drawer.Root
        opened={Boolean(id)}
        onClose={close}
        closeOnEscape={onTop}
        position="right"
        size={600}
        transitionProps={{ duration: 150 }}
      >
        <Drawer.Overlay />
        <Drawer.Content aria-label={interview.data ? `Interview at ${interview.data.companyName}` : "Interview"}>
          <Drawer.Body p={0}>
            {interview.data ? (
              <InterviewDetail
                key={interview.data.id}
                interview={interview.data}
                tab={tab}
                onTabChange={onTabChange}
                onOpen={(next, nextTab) => guarded(() => onOpen(next, nextTab))()}
                onClose={close}
                onDeleted={onClose}
                onDirtyChange={(value) => (dirty.current = value)}
              />
            ) : interview.isError ? (
              <Center h="70vh">
                <Stack align="center" gap="xs">
                  <Text fw={600}>
                    {isApiError(interview.error) && interview.error.status === 404
                      ? "This interview no longer exists."
                      : interview.error.message}
                  </Text>
                  <Button variant="light" onClick={onClose}>
                    Close
                  </Button>
                </Stack>
              </Center>
            ) : (
              <Center h="70vh">
                <Loader type="dots" aria-label="Loading the interview" />
              </Center>
            )}
          </Drawer.Body>
        </Drawer.Content>
      </Drawer.Root>
      <ConfirmDialog
        opened={pending !== null}
        title="Discard your changes?"
        confirmLabel="Discard"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          dirty.current = false;
          pending?.();
          setPending(null);
        }}
      >
        <Text fz="sm">You changed this interview without saving. Leaving now loses those changes.</Text>
      </ConfirmDialog>
    </>
  );
}
