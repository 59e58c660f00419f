def fewest_charges(destination: int, battery_range: int, stations: list[int]) -> int:
    stops = 0
    reach = battery_range
    next_station = 0
    while reach < destination:
        # Of the stations in reach, charging at the farthest one takes the scooter farthest.
        farthest = None
        while next_station < len(stations) and stations[next_station] <= reach:
            farthest = stations[next_station]
            next_station += 1
        if farthest is None:
            return -1
        reach = farthest + battery_range
        stops += 1
    return stops
