import type { TestCase } from "@loopwise/domain";

const DEVICES = 50_000;
const BITS = 30;

/** Per setting, the devices with it on times those with it off: every such pair differs there once. */
function driftBySetting(configs: number[]): number {
  let total = 0;
  for (let bit = 0; bit < BITS; bit++) {
    const on = configs.filter((config) => (config >> bit) & 1).length;
    total += on * (configs.length - on);
  }
  return total;
}

/** Full-width random settings, then devices that mostly agree (a few settings flipped). */
export default function large(random: () => number): TestCase[] {
  const spread = Array.from({ length: DEVICES }, () => Math.floor(random() * 2 ** BITS));
  const base = Math.floor(random() * 2 ** BITS);
  const close = Array.from({ length: DEVICES }, () => (base ^ (1 << Math.floor(random() * BITS))) >>> 0);
  return [
    { args: [spread], expected: driftBySetting(spread), note: "50000 devices, random settings" },
    { args: [close], expected: driftBySetting(close), note: "50000 devices one setting off a common base" },
  ];
}
