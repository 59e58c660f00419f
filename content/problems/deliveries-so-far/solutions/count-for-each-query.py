# Slow on purpose: walks the log for every query, O(n * q).
def deliveries_so_far(times: list[int], queries: list[int]) -> list[int]:
    answers = []
    for minute in queries:
        count = 0
        for time in times:
            if time > minute:
                break
            count += 1
        answers.append(count)
    return answers
