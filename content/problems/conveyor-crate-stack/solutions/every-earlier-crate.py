# Slow: for each crate, looks at every earlier crate it could sit on (O(n^2)).
def tallest_stack(weights: list[int]) -> int:
    height = [1] * len(weights)
    for i, weight in enumerate(weights):
        for j in range(i):
            if weights[j] > weight and height[j] + 1 > height[i]:
                height[i] = height[j] + 1
    return max(height, default=0)
