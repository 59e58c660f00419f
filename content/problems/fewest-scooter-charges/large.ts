import type { TestCase } from "@loopwise/domain";

/**
 * Breadth-first by number of stops: with s stops the scooter reaches every station up to some
 * position; one more stop extends that to the farthest of those stations plus the range.
 */
function stopsByLayers(destination: number, batteryRange: number, stations: number[]): number {
  let reach = batteryRange;
  let stops = 0;
  let known = 0; // stations[0..known) are reachable with `stops` stops
  while (reach < destination) {
    let next = reach;
    while (known < stations.length && stations[known]! <= reach) {
      next = Math.max(next, stations[known]! + batteryRange);
      known++;
    }
    if (next === reach) return -1;
    reach = next;
    stops++;
  }
  return stops;
}

/** Increasing positions below `destination`, about `gap` metres apart on average. */
function roadside(random: () => number, count: number, gap: number): number[] {
  const stations: number[] = [];
  let position = 0;
  while (stations.length < count) {
    position += 1 + Math.floor(random() * 2 * gap);
    stations.push(position);
  }
  return stations;
}

/** 100000 stations each, thousands of them within one battery's range: a search over station pairs is quadratic. */
export default function large(random: () => number): TestCase[] {
  const stations = roadside(random, 100_000, 5_000);
  const destination = stations[stations.length - 1]! + 1_000;
  // The same road with one stretch of 30 km cut out near the end: unreachable.
  const cut = stations.filter((p) => p < destination - 60_000 || p > destination - 30_000);
  return [
    {
      args: [destination, 30_000_000, stations],
      expected: stopsByLayers(destination, 30_000_000, stations),
      note: "100000 stations",
    },
    { args: [destination, 25_000, cut], expected: stopsByLayers(destination, 25_000, cut), note: "a gap near the end" },
  ];
}
