const BITS = 30;

function totalDrift(configs: number[]): number {
  // Each setting (bit) differs for exactly the pairs with one device on and one off.
  const on = new Array<number>(BITS).fill(0);
  for (const config of configs) {
    for (let bit = 0; bit < BITS; bit++) on[bit]! += (config >>> bit) & 1;
  }
  return on.reduce((total, count) => total + count * (configs.length - count), 0);
}
