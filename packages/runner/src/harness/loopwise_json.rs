// Loopwise's Rust values: ListNode and TreeNode, a small JSON reader, and conversions both ways
// (FromJson, ToJson) that the generated run_case uses. A module of loopwise.rs.
pub use std::cell::RefCell;
pub use std::collections::*;
pub use std::rc::Rc;

#[derive(Debug, PartialEq, Eq, Clone)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<Rc<RefCell<TreeNode>>>,
    pub right: Option<Rc<RefCell<TreeNode>>>,
}

impl TreeNode {
    pub fn new(val: i32) -> Self {
        TreeNode { val, left: None, right: None }
    }
}

pub enum Json {
    Null,
    Bool(bool),
    Number(f64, i64),
    Text(String),
    Array(Vec<Json>),
}

impl Json {
    pub fn at(&self, i: usize) -> &Json {
        match self {
            Json::Array(items) if i < items.len() => &items[i],
            _ => panic!("harness: a case has too few arguments"),
        }
    }
    pub fn items(&self) -> &[Json] {
        match self {
            Json::Array(items) => items,
            _ => &[],
        }
    }
}

pub fn parse(s: &[u8], i: &mut usize) -> Json {
    while s[*i].is_ascii_whitespace() {
        *i += 1;
    }
    match s[*i] {
        b'[' => {
            *i += 1;
            let mut items = Vec::new();
            loop {
                while s[*i].is_ascii_whitespace() {
                    *i += 1;
                }
                if s[*i] == b']' {
                    *i += 1;
                    return Json::Array(items);
                }
                if s[*i] == b',' {
                    *i += 1;
                    continue;
                }
                items.push(parse(s, i));
            }
        }
        b'"' => {
            let start = *i;
            *i += 1;
            while s[*i] != b'"' {
                *i += if s[*i] == b'\\' { 2 } else { 1 };
            }
            *i += 1;
            Json::Text(unescape(&s[start + 1..*i - 1]))
        }
        b't' => { *i += 4; Json::Bool(true) }
        b'f' => { *i += 5; Json::Bool(false) }
        b'n' => { *i += 4; Json::Null }
        _ => {
            let start = *i;
            while *i < s.len() && b"+-0123456789.eE".contains(&s[*i]) {
                *i += 1;
            }
            let text = std::str::from_utf8(&s[start..*i]).unwrap();
            let number: f64 = text.parse().unwrap();
            Json::Number(number, text.parse().unwrap_or(number as i64))
        }
    }
}

fn unescape(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('u') => {
                let code: String = chars.by_ref().take(4).collect();
                out.push(char::from_u32(u32::from_str_radix(&code, 16).unwrap_or(0xfffd)).unwrap_or('\u{fffd}'));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

pub trait FromJson: Sized {
    fn from_json(j: &Json) -> Self;
}
impl FromJson for i32 {
    fn from_json(j: &Json) -> Self { if let Json::Number(_, n) = j { *n as i32 } else { 0 } }
}
impl FromJson for i64 {
    fn from_json(j: &Json) -> Self { if let Json::Number(_, n) = j { *n } else { 0 } }
}
impl FromJson for f64 {
    fn from_json(j: &Json) -> Self { if let Json::Number(x, _) = j { *x } else { 0.0 } }
}
impl FromJson for bool {
    fn from_json(j: &Json) -> Self { matches!(j, Json::Bool(true)) }
}
impl FromJson for String {
    fn from_json(j: &Json) -> Self { if let Json::Text(t) = j { t.clone() } else { String::new() } }
}
impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(j: &Json) -> Self { j.items().iter().map(T::from_json).collect() }
}
impl FromJson for Option<Box<ListNode>> {
    fn from_json(j: &Json) -> Self {
        j.items().iter().rev().fold(None, |next, v| Some(Box::new(ListNode { val: i32::from_json(v), next })))
    }
}
impl FromJson for Option<Rc<RefCell<TreeNode>>> {
    fn from_json(j: &Json) -> Self {
        let nodes: Vec<Option<Rc<RefCell<TreeNode>>>> = j
            .items()
            .iter()
            .map(|v| if let Json::Null = v { None } else { Some(Rc::new(RefCell::new(TreeNode::new(i32::from_json(v))))) })
            .collect();
        let mut child = 1;
        for node in nodes.iter().flatten() {
            let mut node = node.borrow_mut();
            node.left = nodes.get(child).cloned().flatten();
            node.right = nodes.get(child + 1).cloned().flatten();
            child += 2;
        }
        nodes.into_iter().next().flatten()
    }
}

/** Any longer and a returned list or tree has a cycle (or is larger than any input we send). */
const MAX_NODES: usize = 2_000_000;

pub trait ToJson {
    fn to_json(&self) -> String;
}
impl ToJson for i32 { fn to_json(&self) -> String { self.to_string() } }
impl ToJson for i64 { fn to_json(&self) -> String { self.to_string() } }
impl ToJson for bool { fn to_json(&self) -> String { self.to_string() } }
impl ToJson for () { fn to_json(&self) -> String { "null".into() } }
impl ToJson for f64 {
    fn to_json(&self) -> String { if self.is_finite() { format!("{:?}", self) } else { "null".into() } }
}
impl ToJson for String {
    fn to_json(&self) -> String {
        let mut out = String::from("\"");
        for c in self.chars() {
            match c {
                '"' | '\\' => { out.push('\\'); out.push(c); }
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out + "\""
    }
}
impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> String { format!("[{}]", self.iter().map(|v| v.to_json()).collect::<Vec<_>>().join(",")) }
}
impl ToJson for Option<Box<ListNode>> {
    fn to_json(&self) -> String {
        let mut values = Vec::new();
        let mut node = self.as_ref();
        while let Some(n) = node {
            values.push(n.val);
            node = n.next.as_ref();
        }
        values.to_json()
    }
}
impl ToJson for Option<Rc<RefCell<TreeNode>>> {
    fn to_json(&self) -> String {
        let mut queue = vec![self.clone()];
        let mut k = 0;
        while k < queue.len() {
            if queue.len() > MAX_NODES { panic!("the returned tree has a cycle"); }
            if let Some(node) = queue[k].clone() {
                queue.push(node.borrow().left.clone());
                queue.push(node.borrow().right.clone());
            }
            k += 1;
        }
        while matches!(queue.last(), Some(None)) { queue.pop(); }
        let values: Vec<String> = queue.iter().map(|n| n.as_ref().map_or("null".into(), |n| n.borrow().val.to_string())).collect();
        format!("[{}]", values.join(","))
    }
}
