function distanceFromTrailhead(bearings: number[], distances: number[]): number {
  // A bearing is clockwise from north, so east is the sine and north the cosine.
  let east = 0;
  let north = 0;
  bearings.forEach((bearing, i) => {
    const angle = (bearing * Math.PI) / 180;
    east += distances[i]! * Math.sin(angle);
    north += distances[i]! * Math.cos(angle);
  });
  return Math.hypot(east, north);
}
