/**
 * Orders two instants to the microsecond (Date.parse stops at the millisecond, and a float of
 * microseconds since 1970 loses digits past the year 2255): negative, zero or positive.
 */
export function compareInstants(a: string, b: string): number {
  const micros = (text: string) => {
    const fraction = /\.(\d+)/.exec(text)?.[1] ?? "";
    return BigInt(Date.parse(text.replace(/\.\d+/, ""))) * 1000n + BigInt(fraction.padEnd(6, "0").slice(0, 6));
  };
  const difference = micros(a) - micros(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}
