package fi.seloste.core.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Makes any text safe to place inside a line of Markdown: it stays literal text and can never become a
 * heading, list, link, image, table cell, code span or raw HTML.
 *
 * <p>A bare web address, such as the controller's website, stays as written; a Markdown viewer may make it
 * clickable, but the link then shows exactly where it leads, since {@code [}, {@code ]} and {@code <} are
 * escaped and no other link text can be made.
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
        String text = oneLine(input);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                out.append("&amp;");
            } else if (INLINE.indexOf(c) >= 0 || (i == 0 && BLOCK_START.indexOf(c) >= 0) || endsListNumber(text, i)) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text as it will stand in the output: line breaks and tabs become spaces, other control characters go,
     * and leading spaces go, so that what the block checks see as the first character is the first character
     * printed (four leading spaces would also start a code block).
     */
    private static String oneLine(String input) {
        StringBuilder text = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == ' ' || c == '\r' || c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029') {
                if (text.length() > 0) {
                    text.append(' ');
                }
            } else if (!Character.isISOControl(c)) {
                text.append(c); // control characters carry no meaning in a notice
            }
        }
        return text.toString();
    }

    /** "1. " or "1) " at the start, or "1." ending the text, would begin an ordered list. */
    private static boolean endsListNumber(String text, int i) {
        char c = text.charAt(i);
        if ((c != '.' && c != ')') || i == 0 || (i + 1 < text.length() && text.charAt(i + 1) != ' ')) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (text.charAt(j) < '0' || text.charAt(j) > '9') {
                return false;
            }
        }
        return true;
    }
}
