def first_break(text: str) -> int:
    opener_of = {")": "(", "]": "[", "}": "{", ">": "<"}
    open_brackets: list[str] = []
    for index, char in enumerate(text):
        if char in opener_of:
            if not open_brackets or open_brackets.pop() != opener_of[char]:
                return index
        else:
            open_brackets.append(char)
    return len(text) if open_brackets else -1
