import math


def distance_from_trailhead(bearings: list[int], distances: list[float]) -> float:
    # A bearing is clockwise from north, so east is the sine and north the cosine.
    east = north = 0.0
    for bearing, distance in zip(bearings, distances):
        angle = math.radians(bearing)
        east += distance * math.sin(angle)
        north += distance * math.cos(angle)
    return math.hypot(east, north)
