package fi.seloste.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes nested maps, lists, texts and booleans as block YAML, every text double-quoted and escaped, so no value can
 * turn into another type, a comment or a second document whatever it holds; {@code \n} line ends, keys in map order.
 * Small on purpose: the exports need no YAML library in the plugin's class path.
 */
final class YamlWriter {

    private final Writer out;

    YamlWriter(Writer out) {
        this.out = out;
    }

    /** Writes a document whose top is a map. */
    void document(Map<String, ?> top) throws IOException {
        map(top, 0, false);
        out.flush();
    }

    private void map(Map<String, ?> map, int indent, boolean inListItem) throws IOException {
        boolean first = true;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (!(first && inListItem)) {
                out.write(" ".repeat(indent));
            }
            first = false;
            out.write(e.getKey());
            out.write(':');
            value(e.getValue(), indent);
        }
    }

    @SuppressWarnings("unchecked")
    private void value(Object value, int indent) throws IOException {
        if (value instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                out.write(" {}\n");
            } else {
                out.write('\n');
                map((Map<String, ?>) m, indent + 2, false);
            }
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.write(" []\n");
                return;
            }
            out.write('\n');
            for (Object item : list) {
                out.write(" ".repeat(indent));
                out.write("- ");
                if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                    map((Map<String, ?>) m, indent + 2, true);
                } else {
                    scalar(item);
                    out.write('\n');
                }
            }
        } else {
            out.write(' ');
            scalar(value);
            out.write('\n');
        }
    }

    private void scalar(Object value) throws IOException {
        if (value instanceof Boolean b) {
            out.write(b.toString());
            return;
        }
        String text = String.valueOf(value);
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                            || c == '\ufeff') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        out.write(quoted.append('"').toString());
    }
}
