import { COMP_COMPONENTS } from "@loopwise/domain";
import { COMPONENT_LABELS } from "./compare-data";

/** One colour per component, the same in every Offers chart. */
export const COMPONENT_SERIES = COMP_COMPONENTS.map((component) => ({
  name: component,
  label: COMPONENT_LABELS[component],
  color: { base: "blue.6", bonus: "teal.6", signOn: "yellow.6", equity: "violet.5", other: "gray.5" }[component],
}));

/** Offer lines, in column order. */
export const OFFER_COLORS = ["blue.6", "orange.6", "teal.6", "grape.6", "red.6", "cyan.6", "lime.7", "pink.6"];
