package fi.seloste.core.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Makes any text safe to place inside a line of Markdown: it stays literal text and can never become a
 * heading, list, link, image, table cell, code span or raw HTML.
 *
 * <p>Registered as the default escaping strategy of the Markdown templates, so every value printed with
 * {@code {{ ... }}} passes through it.
 */
public final class MarkdownEscaper implements EscapingStrategy {

    /** Escaped with a backslash wherever they appear: CommonMark inline syntax, raw HTML and table pipes. */
    private static final String INLINE = "\\`*_[]<>|~#";

    /** Escaped only as the first character, where they would start a list, quote or heading underline. */
    private static final String BLOCK_START = "-+=>";

    @Override
    public String escape(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(input.length() + 16);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                continue; // control characters carry no meaning in a notice
            } else if (c == '&') {
                out.append("&amp;");
            } else if (INLINE.indexOf(c) >= 0 || (i == 0 && BLOCK_START.indexOf(c) >= 0) || endsListNumber(input, i)) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "1. " or "1) " at the very start would begin an ordered list. */
    private static boolean endsListNumber(String input, int i) {
        char c = input.charAt(i);
        if ((c != '.' && c != ')') || i == 0 || (i + 1 < input.length() && input.charAt(i + 1) != ' ')) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (!Character.isDigit(input.charAt(j))) {
                return false;
            }
        }
        return true;
    }
}
