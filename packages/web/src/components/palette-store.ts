import { createSpotlight } from "@mantine/spotlight";

/** The command palette's own store, so the app can tell when it is open. */
export const [paletteStore, palette] = createSpotlight();
