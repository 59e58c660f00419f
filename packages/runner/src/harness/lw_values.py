"""ListNode and TreeNode for Python solutions, and the conversion between them and their JSON form
(a list as an array; a tree as its level order with nulls, trailing nulls dropped)."""

# Any longer and a returned list or tree has a cycle (or is larger than any input we send).
MAX_NODES = 2_000_000


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val})"


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.val})"


def build_list(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def build_tree(values):
    if not values or values[0] is None:
        return None
    nodes = [None if v is None else TreeNode(v) for v in values]
    children = iter(nodes[1:])
    for node in nodes:
        if node is None:
            continue
        node.left = next(children, None)
        node.right = next(children, None)
    return nodes[0]


def list_values(head):
    values = []
    while head is not None:
        if len(values) >= MAX_NODES:
            raise ValueError("the returned list has a cycle")
        values.append(head.val)
        head = head.next
    return values


def tree_values(root):
    values, queue, index = [], [root], 0
    while index < len(queue):
        node = queue[index]
        index += 1
        if len(queue) > MAX_NODES:
            raise ValueError("the returned tree has a cycle")
        values.append(None if node is None else node.val)
        if node is not None:
            queue.extend((node.left, node.right))
    while values and values[-1] is None:
        values.pop()
    return values


def split_type(kind):
    return kind.rstrip("[]"), (len(kind) - len(kind.rstrip("[]"))) // 2


def to_native(value, kind):
    base, depth = split_type(kind)
    if value is None or base not in ("ListNode", "TreeNode"):
        return value
    if depth > 0:
        inner = kind[:-2]
        return [to_native(item, inner) for item in value]
    return build_list(value) if base == "ListNode" else build_tree(value)


def to_json(value, kind):
    base, depth = split_type(kind)
    if value is None:
        # An empty list or tree is written [], also as an element of a list of them.
        return [] if depth == 0 and base in ("ListNode", "TreeNode") else None
    if depth > 0 and isinstance(value, (list, tuple)):
        return [to_json(item, kind[:-2]) for item in value]
    if base == "ListNode" and isinstance(value, ListNode):
        return list_values(value)
    if base == "TreeNode" and isinstance(value, TreeNode):
        return tree_values(value)
    if isinstance(value, (tuple, set, frozenset)):
        return [to_json(item, kind) for item in value]
    return value
