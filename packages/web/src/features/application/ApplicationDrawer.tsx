import { Button, Center, Drawer, Loader, Stack, Text } from "@mantine/core";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useCallback, useRef } from "react";
import { isApiError } from "../../api/client";
import { useOverlayOpen } from "../../components/overlay-store";
import { useApplication } from "../../api/use-applications";
import { ApplicationDetail } from "./ApplicationDetail";
import { applicationName } from "../../components/application-name";

const route = getRouteApi("/views/applications/$id");

/** /applications/$id: the detail in a large drawer over the board or the table it was opened from. */
export function ApplicationDrawer() {
  const { id } = route.useParams();
  const navigate = useNavigate();
  const application = useApplication(id);
  // Escape in a dialog or drawer over the detail (a confirm, an interview, the command palette) closes that one only.
  const overlayOpen = useOverlayOpen();
  // The detail can veto closing (unsaved changes) by returning false.
  const canClose = useRef<() => boolean>(() => true);

  const { from } = route.useSearch();

  const close = useCallback(() => {
    void navigate({ to: from === "table" ? "/table" : "/", search: (prev) => ({ ...prev, from: undefined }) });
  }, [navigate, from]);

  const title = application.data ? applicationName(application.data) : "Application";

  const requestClose = () => {
    if (canClose.current()) close();
  };

  return (
    <Drawer.Root
      opened
      onClose={requestClose}
      closeOnEscape={!overlayOpen}
      position="right"
      size={960}
      transitionProps={{ duration: 150 }}
    >
      <Drawer.Overlay />
      <Drawer.Content aria-label={title}>
        <Drawer.Body p={0}>
          {application.data ? (
            <ApplicationDetail
              key={application.data.id}
              application={application.data}
              onClose={requestClose}
              onDeleted={close}
              registerCanClose={(fn) => (canClose.current = fn)}
            />
          ) : application.isError ? (
            <Center h="80vh">
              <Stack align="center" gap="xs">
                <Text fw={600}>
                  {isApiError(application.error) && application.error.status === 404
                    ? "This application no longer exists."
                    : application.error.message}
                </Text>
                <Button variant="light" onClick={close}>
                  Back
                </Button>
              </Stack>
            </Center>
          ) : (
            <Center h="80vh">
              <Loader type="dots" aria-label="Loading the application" />
            </Center>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
