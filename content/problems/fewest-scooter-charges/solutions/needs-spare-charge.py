# Wrong on purpose: treats a point exactly `battery_range` away as out of reach, as if the
# battery had to keep a little charge in reserve.
def fewest_charges(destination: int, battery_range: int, stations: list[int]) -> int:
    stops = 0
    reach = battery_range
    next_station = 0
    while reach <= destination:
        farthest = None
        while next_station < len(stations) and stations[next_station] < reach:
            farthest = stations[next_station]
            next_station += 1
        if farthest is None:
            return -1
        reach = farthest + battery_range
        stops += 1
    return stops
