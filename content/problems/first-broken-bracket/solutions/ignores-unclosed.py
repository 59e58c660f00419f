# Wrong on purpose: checks every closer but forgets brackets still open at the end ("(()" gives -1).
def first_break(text: str) -> int:
    opener_of = {")": "(", "]": "[", "}": "{", ">": "<"}
    open_brackets: list[str] = []
    for index, char in enumerate(text):
        if char in opener_of:
            if not open_brackets or open_brackets.pop() != opener_of[char]:
                return index
        else:
            open_brackets.append(char)
    return -1
