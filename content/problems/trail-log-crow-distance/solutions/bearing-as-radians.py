# Wrong: math.sin and math.cos take radians, and the bearings are degrees.
import math


def distance_from_trailhead(bearings: list[int], distances: list[float]) -> float:
    east = sum(d * math.sin(b) for b, d in zip(bearings, distances))
    north = sum(d * math.cos(b) for b, d in zip(bearings, distances))
    return math.hypot(east, north)
