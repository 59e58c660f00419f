function fewestCharges(destination: number, batteryRange: number, stations: number[]): number {
  let stops = 0;
  let reach = batteryRange;
  let nextStation = 0;
  while (reach < destination) {
    // Of the stations in reach, charging at the farthest one takes the scooter farthest.
    let farthest = -1;
    while (nextStation < stations.length && stations[nextStation]! <= reach) {
      farthest = stations[nextStation]!;
      nextStation++;
    }
    if (farthest < 0) return -1;
    reach = farthest + batteryRange;
    stops++;
  }
  return stops;
}
