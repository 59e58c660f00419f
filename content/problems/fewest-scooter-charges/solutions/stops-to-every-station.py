# Slow on purpose: the fewest stops to arrive at each station, trying every earlier station as
# the previous stop, O(n^2).
def fewest_charges(destination: int, battery_range: int, stations: list[int]) -> int:
    points = [0] + stations
    unreachable = len(points) + 1
    stops_to = [0] + [unreachable] * len(stations)
    for i in range(1, len(points)):
        for j in range(i):
            if points[i] - points[j] <= battery_range and stops_to[j] + 1 < stops_to[i]:
                stops_to[i] = stops_to[j] + 1
    best = min(
        (stops_to[i] for i in range(len(points)) if destination - points[i] <= battery_range),
        default=unreachable,
    )
    # Charging at station i counts as a stop; the start (index 0) does not.
    return -1 if best >= unreachable else best
