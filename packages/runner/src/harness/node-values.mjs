/**
 * ListNode and TreeNode for JavaScript and TypeScript solutions, and the conversion between them and
 * their JSON form (a list as an array; a tree as its level order with nulls, trailing nulls dropped).
 */

// Any longer and a returned list or tree has a cycle (or is larger than any input we send).
const MAX_NODES = 2_000_000;

export class ListNode {
  constructor(val = 0, next = null) {
    this.val = val;
    this.next = next;
  }
}

export class TreeNode {
  constructor(val = 0, left = null, right = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

function buildList(values) {
  let head = null;
  for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
  return head;
}

function buildTree(values) {
  if (values.length === 0 || values[0] === null) return null;
  const nodes = values.map((value) => (value === null ? null : new TreeNode(value)));
  let child = 1;
  for (const node of nodes) {
    if (node === null) continue;
    node.left = nodes[child++] ?? null;
    node.right = nodes[child++] ?? null;
  }
  return nodes[0];
}

function listValues(head) {
  const values = [];
  for (let node = head; node !== null && node !== undefined; node = node.next) {
    if (values.length >= MAX_NODES) throw new Error("the returned list has a cycle");
    values.push(node.val);
  }
  return values;
}

function treeValues(root) {
  const values = [];
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    if (queue.length > MAX_NODES) throw new Error("the returned tree has a cycle");
    const node = queue[i];
    values.push(node === null || node === undefined ? null : node.val);
    if (node !== null && node !== undefined) queue.push(node.left ?? null, node.right ?? null);
  }
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}

function baseOf(type) {
  return type.replace(/(\[\])+$/, "");
}

/** JSON argument → what the solution receives. */
export function toNative(value, type) {
  if (value === null || value === undefined) return value;
  const base = baseOf(type);
  if (base !== "ListNode" && base !== "TreeNode") return value;
  if (type.endsWith("[]")) return value.map((item) => toNative(item, type.slice(0, -2)));
  return base === "ListNode" ? buildList(value) : buildTree(value);
}

/** What the solution returned → its JSON form. */
export function toJson(value, type) {
  const base = baseOf(type);
  if (type.endsWith("[]")) {
    if (value === null || value === undefined || typeof value === "string") return value ?? null;
    const items = Array.isArray(value) ? value : typeof value[Symbol.iterator] === "function" ? [...value] : null;
    return items === null ? value : items.map((item) => toJson(item, type.slice(0, -2)));
  }
  if (base === "ListNode") return listValues(value);
  if (base === "TreeNode") return treeValues(value);
  return value === undefined ? null : value;
}
