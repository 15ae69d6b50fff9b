package fi.seloste.core.render;

/**
 * Removes control characters from every value that reaches a document, in every format: NUL, ESC and the other C0
 * controls except line feed and tab, DEL and the C1 controls. They carry no meaning in a notice, and a value from a
 * dependency's index or the build configuration could otherwise put a terminal escape or a NUL byte into the HTML,
 * the CSV or the JSON (Markdown values are made one line by {@link MarkdownEscaper}, which drops them too). Removed,
 * not escaped, so that all formats say the same.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /**
     * @param c a character
     * @return whether it is removed: a C0 control other than {@code \n} and {@code \t}, DEL, or a C1 control
     */
    public static boolean isRemoved(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
    }

    /**
     * @param text a value, or {@code null}
     * @return the value without control characters; the same instance when it has none
     */
    public static String removeFrom(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !isRemoved(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isRemoved(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
