// Loopwise's C++ values: ListNode and TreeNode, a small JSON reader (From<T>), and the writer
// (to_json). Included by loopwise.hpp; the generated run_case converts with these.
#include <bits/stdc++.h>
using namespace std;

struct ListNode {
    int val;
    ListNode* next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode* next) : val(x), next(next) {}
};

struct TreeNode {
    int val;
    TreeNode* left;
    TreeNode* right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode* left, TreeNode* right) : val(x), left(left), right(right) {}
};

namespace loopwise {

struct Json {
    enum Kind { Null, Bool, Number, String, Array } kind = Null;
    bool boolean = false;
    double number = 0;
    long long integer = 0;
    string text;
    vector<Json> items;
    const Json& at(size_t i) const {
        if (kind != Array || i >= items.size()) throw runtime_error("harness: a case has too few arguments");
        return items[i];
    }
};

struct Reader {
    const string& s;
    size_t i = 0;
    void space() { while (i < s.size() && isspace((unsigned char)s[i])) i++; }
    void utf8(unsigned code, string& out) {
        if (code < 0x80) out += char(code);
        else if (code < 0x800) { out += char(0xC0 | code >> 6); out += char(0x80 | (code & 63)); }
        else if (code < 0x10000) { out += char(0xE0 | code >> 12); out += char(0x80 | (code >> 6 & 63)); out += char(0x80 | (code & 63)); }
        else { out += char(0xF0 | code >> 18); out += char(0x80 | (code >> 12 & 63)); out += char(0x80 | (code >> 6 & 63)); out += char(0x80 | (code & 63)); }
    }
    string str() {
        string out;
        i++;
        while (s[i] != '"') {
            char c = s[i++];
            if (c != '\\') { out += c; continue; }
            char e = s[i++];
            if (e == 'u') {
                unsigned code = stoul(s.substr(i, 4), nullptr, 16);
                i += 4;
                if (code >= 0xD800 && code < 0xDC00 && s[i] == '\\') {
                    code = 0x10000 + ((code - 0xD800) << 10) + (stoul(s.substr(i + 2, 4), nullptr, 16) - 0xDC00);
                    i += 6;
                }
                utf8(code, out);
            } else out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e;
        }
        i++;
        return out;
    }
    Json value() {
        space();
        Json v;
        char c = s[i];
        if (c == '[') {
            v.kind = Json::Array;
            i++;
            space();
            if (s[i] == ']') { i++; return v; }
            while (true) {
                v.items.push_back(value());
                space();
                if (s[i++] == ']') return v;
            }
        }
        if (c == '"') { v.kind = Json::String; v.text = str(); return v; }
        if (c == 't' || c == 'f') { v.kind = Json::Bool; v.boolean = c == 't'; i += c == 't' ? 4 : 5; return v; }
        if (c == 'n') { i += 4; return v; }
        size_t end = i;
        while (end < s.size() && strchr("+-0123456789.eE", s[end])) end++;
        string number = s.substr(i, end - i);
        v.kind = Json::Number;
        v.number = stod(number);
        v.integer = number.find_first_of(".eE") == string::npos ? stoll(number) : (long long)v.number;
        i = end;
        return v;
    }
};

template <class T> struct From;
template <> struct From<int> { static int get(const Json& j) { return (int)j.integer; } };
template <> struct From<long long> { static long long get(const Json& j) { return j.integer; } };
template <> struct From<double> { static double get(const Json& j) { return j.number; } };
template <> struct From<bool> { static bool get(const Json& j) { return j.boolean; } };
template <> struct From<string> { static string get(const Json& j) { return j.text; } };
template <class T> struct From<vector<T>> {
    static vector<T> get(const Json& j) {
        vector<T> out;
        for (const Json& item : j.items) out.push_back(From<T>::get(item));
        return out;
    }
};
template <> struct From<ListNode*> {
    static ListNode* get(const Json& j) {
        ListNode* head = nullptr;
        for (size_t k = j.items.size(); k-- > 0;) head = new ListNode((int)j.items[k].integer, head);
        return head;
    }
};
template <> struct From<TreeNode*> {
    static TreeNode* get(const Json& j) {
        if (j.items.empty() || j.items[0].kind == Json::Null) return nullptr;
        vector<TreeNode*> nodes;
        for (const Json& item : j.items) nodes.push_back(item.kind == Json::Null ? nullptr : new TreeNode((int)item.integer));
        size_t child = 1;
        for (TreeNode* node : nodes) {
            if (node == nullptr) continue;
            if (child < nodes.size()) node->left = nodes[child++];
            if (child < nodes.size()) node->right = nodes[child++];
        }
        return nodes[0];
    }
};

// Any longer and a returned list or tree has a cycle (or is larger than any input we send).
const size_t MAX_NODES = 2000000;

inline string to_json(int v) { return to_string(v); }
inline string to_json(long long v) { return to_string(v); }
inline string to_json(long v) { return to_string(v); }
inline string to_json(bool v) { return v ? "true" : "false"; }
inline string to_json(double v) {
    if (!isfinite(v)) return "null";
    char buffer[32];
    snprintf(buffer, sizeof buffer, "%.17g", v);
    return buffer;
}
inline string to_json(const string& v) {
    string out = "\"";
    for (unsigned char c : v) {
        if (c == '"' || c == '\\') { out += '\\'; out += char(c); }
        else if (c < 0x20) { char buffer[8]; snprintf(buffer, sizeof buffer, "\\u%04x", c); out += buffer; }
        else out += char(c);
    }
    return out + "\"";
}
inline string to_json(ListNode* head) {
    string out = "[";
    for (size_t n = 0; head != nullptr; head = head->next, n++) {
        if (n >= MAX_NODES) throw runtime_error("the returned list has a cycle");
        out += (n ? "," : "") + to_string(head->val);
    }
    return out + "]";
}
inline string to_json(TreeNode* root) {
    vector<TreeNode*> queue{root};
    for (size_t k = 0; k < queue.size(); k++) {
        if (queue.size() > MAX_NODES) throw runtime_error("the returned tree has a cycle");
        if (queue[k] != nullptr) { queue.push_back(queue[k]->left); queue.push_back(queue[k]->right); }
    }
    while (!queue.empty() && queue.back() == nullptr) queue.pop_back();
    string out = "[";
    for (size_t k = 0; k < queue.size(); k++) out += (k ? "," : "") + (queue[k] ? to_string(queue[k]->val) : string("null"));
    return out + "]";
}
template <class T> string to_json(const vector<T>& items) {
    string out = "[";
    for (size_t k = 0; k < items.size(); k++) out += (k ? "," : "") + to_json((T)items[k]);
    return out + "]";
}

}  // namespace loopwise
