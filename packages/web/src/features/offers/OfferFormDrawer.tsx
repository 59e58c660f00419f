import { Drawer, Text } from "@mantine/core";
import type { Offer } from "@loopwise/domain";
import { useCallback, useRef, useState } from "react";
import { applicationName } from "../../components/application-name";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useOverlay } from "../../components/overlay-store";
import { OfferForm } from "./OfferForm";
import { useOffersView } from "./use-offers-view";

interface Props {
  opened: boolean;
  /** The offer to edit; null records a new one. */
  offer: Offer | null;
  /** For a new offer from an application's drawer: the application, already picked. */
  application?: { id: string; companyName: string; roleTitle: string } | undefined;
  onClose: () => void;
  /** After a save, with the offer as the server answered it. */
  onSaved?: ((offer: Offer) => void) | undefined;
}

/** The offer form in a drawer, from the Offers page or from an application; asks before losing typed figures. */
export function OfferFormDrawer({ opened, offer, application, onClose, onSaved }: Props) {
  const onTop = useOverlay(opened);
  const { compareCurrency } = useOffersView();
  const dirty = useRef(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  const close = () => {
    dirty.current = false;
    setConfirmDiscard(false);
    onClose();
  };
  const requestClose = () => (dirty.current ? setConfirmDiscard(true) : close());
  const subject = offer ?? application;
  return (
    <Drawer
      opened={opened}
      onClose={requestClose}
      closeOnEscape={onTop}
      position="right"
      size={920}
      zIndex={300}
      title={
        offer
          ? `Edit offer: ${applicationName(offer)}`
          : subject
            ? `Record an offer: ${applicationName(subject)}`
            : "Record an offer"
      }
      styles={{ title: { fontWeight: 700, fontSize: "var(--mantine-font-size-lg)" }, body: { paddingBottom: 0 } }}
    >
      {opened && (
        <OfferForm
          key={offer?.id ?? application?.id ?? "new"}
          offer={offer}
          applicationId={application?.id}
          compareCurrency={compareCurrency}
          onCancel={requestClose}
          onDone={close}
          onSaved={onSaved}
          onDirtyChange={onDirtyChange}
        />
      )}
      <ConfirmDialog
        opened={confirmDiscard}
        title={offer ? "Discard your changes?" : "Discard this offer?"}
        confirmLabel="Discard and close"
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={close}
      >
        <Text fz="sm">
          {offer
            ? "You changed this offer without saving. Closing now loses those changes."
            : "The figures you typed are not saved yet. Closing now loses them."}
        </Text>
      </ConfirmDialog>
    </Drawer>
  );
}
