import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A JSON value as Loopwise's Java harness reads it, the conversions the generated Main.java uses
 * (toInt, ints, array, list, tree, ...), and the writer of answers (write, writeNode).
 */
final class LoopwiseJson {
    boolean isNull = true, bool;
    double number;
    long integer;
    String text;
    List<LoopwiseJson> items;

    LoopwiseJson at(int i) {
        if (items == null || i >= items.size()) throw new IllegalStateException("harness: a case has too few arguments");
        return items.get(i);
    }

    static LoopwiseJson parse(String text) {
        return new Reader(text).value();
    }

    private static final class Reader {
        final String s;
        int i;

        Reader(String s) { this.s = s; }

        void space() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }

        LoopwiseJson value() {
            space();
            LoopwiseJson v = new LoopwiseJson();
            char c = s.charAt(i);
            v.isNull = c == 'n';
            if (c == '[') {
                v.items = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') { i++; return v; }
                while (true) {
                    v.items.add(value());
                    space();
                    if (s.charAt(i++) == ']') return v;
                }
            }
            if (c == '"') { v.text = string(); return v; }
            if (c == 't' || c == 'f' || c == 'n') { v.bool = c == 't'; i += c == 'f' ? 5 : 4; return v; }
            int end = i;
            while (end < s.length() && "+-0123456789.eE".indexOf(s.charAt(end)) >= 0) end++;
            String number = s.substring(i, end);
            v.number = Double.parseDouble(number);
            v.integer = number.matches("-?\\d+") ? Long.parseLong(number) : (long) v.number;
            i = end;
            return v;
        }

        String string() {
            StringBuilder out = new StringBuilder();
            i++;
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c != '\\') { out.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> { out.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    default -> out.append(e);
                }
            }
            i++;
            return out.toString();
        }
    }

    static int toInt(LoopwiseJson j) { return (int) j.integer; }
    static long toLong(LoopwiseJson j) { return j.integer; }
    static double toDouble(LoopwiseJson j) { return j.number; }
    static boolean toBool(LoopwiseJson j) { return j.bool; }
    static String str(LoopwiseJson j) { return j.text; }
    static int[] ints(LoopwiseJson j) { return j.items.stream().mapToInt(LoopwiseJson::toInt).toArray(); }
    static long[] longs(LoopwiseJson j) { return j.items.stream().mapToLong(LoopwiseJson::toLong).toArray(); }
    static double[] doubles(LoopwiseJson j) { return j.items.stream().mapToDouble(LoopwiseJson::toDouble).toArray(); }

    static boolean[] bools(LoopwiseJson j) {
        boolean[] out = new boolean[j.items.size()];
        for (int k = 0; k < out.length; k++) out[k] = j.items.get(k).bool;
        return out;
    }

    static <T> T[] array(LoopwiseJson j, IntFunction<T[]> make, Function<LoopwiseJson, T> each) {
        T[] out = make.apply(j.items.size());
        for (int k = 0; k < out.length; k++) out[k] = each.apply(j.items.get(k));
        return out;
    }

    static ListNode list(LoopwiseJson j) {
        ListNode head = null;
        for (int k = j.items.size() - 1; k >= 0; k--) head = new ListNode(toInt(j.items.get(k)), head);
        return head;
    }

    static TreeNode tree(LoopwiseJson j) {
        if (j.items.isEmpty() || j.items.get(0).isNull) return null;
        List<TreeNode> nodes = new ArrayList<>();
        for (LoopwiseJson item : j.items) nodes.add(item.isNull ? null : new TreeNode(toInt(item)));
        int child = 1;
        for (TreeNode node : nodes) {
            if (node == null) continue;
            if (child < nodes.size()) node.left = nodes.get(child++);
            if (child < nodes.size()) node.right = nodes.get(child++);
        }
        return nodes.get(0);
    }

    /** Any longer and a returned list or tree has a cycle (or is larger than any input we send). */
    private static final int MAX_NODES = 2_000_000;

    /** A returned ListNode or TreeNode: null is the empty list or tree, written []. */
    static String writeNode(Object v) {
        return v == null ? "[]" : write(v);
    }

    static String write(Object v) {
        StringBuilder out = new StringBuilder();
        write(v, out);
        return out.toString();
    }

    private static void write(Object v, StringBuilder out) {
        if (v == null) out.append("null");
        else if (v instanceof String text) writeString(text, out);
        else if (v instanceof Double d) out.append(d.isNaN() || d.isInfinite() ? "null" : d.toString());
        else if (v instanceof Number || v instanceof Boolean) out.append(v);
        else if (v instanceof ListNode head) {
            List<Object> values = new ArrayList<>();
            for (; head != null; head = head.next) {
                if (values.size() >= MAX_NODES) throw new IllegalStateException("the returned list has a cycle");
                values.add(head.val);
            }
            write(values, out);
        } else if (v instanceof TreeNode root) {
            List<TreeNode> queue = new ArrayList<>(List.of(root));
            for (int k = 0; k < queue.size(); k++) {
                if (queue.size() > MAX_NODES) throw new IllegalStateException("the returned tree has a cycle");
                TreeNode node = queue.get(k);
                if (node != null) { queue.add(node.left); queue.add(node.right); }
            }
            while (!queue.isEmpty() && queue.get(queue.size() - 1) == null) queue.remove(queue.size() - 1);
            write(queue.stream().map(node -> node == null ? null : (Object) node.val).toList(), out);
        } else if (v instanceof Iterable<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) out.append(',');
                first = false;
                write(item, out);
            }
            out.append(']');
        } else if (v.getClass().isArray()) {
            // An empty list or tree is written [], also as an element of an array of them.
            Class<?> item = v.getClass().getComponentType();
            boolean nodes = item == ListNode.class || item == TreeNode.class;
            out.append('[');
            for (int k = 0; k < java.lang.reflect.Array.getLength(v); k++) {
                if (k > 0) out.append(',');
                Object element = java.lang.reflect.Array.get(v, k);
                if (nodes && element == null) out.append("[]");
                else write(element, out);
            }
            out.append(']');
        } else writeString(v.toString(), out);
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        out.append('"');
    }
}
