package fi.seloste.core.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows how a committed document differs from the generated one in a few lines of the build log: the first changes
 * as a unified diff with line numbers and one line of context, then how many lines differ in all. A committed file
 * comes from the repository, so whatever it holds is shown inert: line ends, control and bidirectional characters are
 * written as escapes, long lines are cut, and a missing final newline is said, so that a difference in them alone is
 * never an empty diff.
 */
final class DriftReport {

    /** The most lines of diff shown, headers included. */
    static final int MAX_DIFF_LINES = 12;

    /** The most characters of one line shown. */
    static final int MAX_LINE = 160;

    private static final int CONTEXT = 1;

    private DriftReport() {}

    /**
     * @param name the document's file name
     * @param committed the committed text
     * @param generated the generated text
     * @return the report, each line indented by two spaces
     */
    static String of(String name, String committed, String generated) {
        LineDiff diff = LineDiff.of(committed, generated);
        List<String> out = new ArrayList<>();
        out.add("--- committed/" + name);
        out.add("+++ generated/" + name);
        List<List<LineDiff.Change>> groups = groups(diff.changes(), diff.before().size(), diff.after().size());
        int shownGroups = 0;
        for (List<LineDiff.Change> group : groups) {
            if (out.size() >= MAX_DIFF_LINES) {
                break;
            }
            hunk(diff, group, out);
            shownGroups++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(out.size(), MAX_DIFF_LINES); i++) {
            text.append("  ").append(out.get(i)).append('\n');
        }
        long removed = diff.removed();
        long added = diff.added();
        text.append("  (").append(removed + added).append(removed + added == 1 ? " line differs: " : " lines differ: ")
                .append(removed).append(" removed, ").append(added).append(" added, in ").append(groups.size())
                .append(groups.size() == 1 ? " place" : " places");
        if (out.size() > MAX_DIFF_LINES || shownGroups < groups.size()) {
            text.append("; the first shown");
        }
        text.append(')');
        boolean crlf = committed.contains("\r\n");
        if (crlf && !generated.contains("\r\n")) {
            text.append("\n  (the committed file has Windows line ends, \\r\\n; seloste writes \\n: keep the committed "
                    + "documents byte for byte, for example with '* -text' in a .gitattributes next to them)");
        }
        return text.toString();
    }

    /** Changes close enough for their context lines to touch are shown as one hunk, as in a unified diff. */
    private static List<List<LineDiff.Change>> groups(List<LineDiff.Change> changes, int aSize, int bSize) {
        List<List<LineDiff.Change>> groups = new ArrayList<>();
        for (LineDiff.Change c : changes) {
            List<LineDiff.Change> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && c.aFrom() - last.get(last.size() - 1).aTo() <= 2 * CONTEXT) {
                last.add(c);
            } else {
                groups.add(new ArrayList<>(List.of(c)));
            }
        }
        return groups;
    }

    private static void hunk(LineDiff diff, List<LineDiff.Change> group, List<String> out) {
        LineDiff.Lines a = diff.before();
        LineDiff.Lines b = diff.after();
        LineDiff.Change first = group.get(0);
        LineDiff.Change last = group.get(group.size() - 1);
        int before = Math.min(CONTEXT, Math.min(first.aFrom(), first.bFrom()));
        int after = 0;
        while (after < CONTEXT && last.aTo() + after < a.size() && last.bTo() + after < b.size()
                && a.same(last.aTo() + after, b, last.bTo() + after)) {
            after++;
        }
        int aStart = first.aFrom() - before;
        int bStart = first.bFrom() - before;
        int aCount = last.aTo() + after - aStart;
        int bCount = last.bTo() + after - bStart;
        out.add("@@ -" + range(aStart, aCount) + " +" + range(bStart, bCount) + " @@");
        int i = aStart;
        for (LineDiff.Change c : group) {
            for (; i < c.aFrom(); i++) {
                line(out, ' ', a.get(i));
            }
            for (int k = c.aFrom(); k < c.aTo(); k++) {
                line(out, '-', a.get(k));
            }
            for (int k = c.bFrom(); k < c.bTo(); k++) {
                line(out, '+', b.get(k));
            }
            i = c.aTo();
        }
        for (int k = 0; k < after; k++) {
            line(out, ' ', a.get(i + k));
        }
    }

    /** A hunk's range, 1-based; an empty one names the line before it, as unified diffs do. */
    private static String range(int start, int count) {
        return (count == 0 ? start : start + 1) + "," + count;
    }

    private static void line(List<String> out, char mark, String line) {
        if (out.size() > MAX_DIFF_LINES) {
            return; // not shown: a hunk may span the whole document
        }
        boolean newline = line.endsWith("\n");
        out.add(mark + shown(newline ? line.substring(0, line.length() - 1) : line));
        if (!newline) {
            out.add("\\ No newline at end of file");
        }
    }

    /** The line as inert text: escapes for line ends, control and format (bidirectional) characters, and cut when long. */
    static String shown(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (; i < line.length() && out.length() < MAX_LINE; i++) {
            char c = line.charAt(i);
            if (c == '\r') {
                out.append("\\r");
            } else if (c != '\t' && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || c == '\u2028' || c == '\u2029')) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return i < line.length() ? out.append("…").toString() : out.toString();
    }
}
