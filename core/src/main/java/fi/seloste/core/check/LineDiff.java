package fi.seloste.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where two texts differ, line by line, in time linear in their length, so that a drift check over a record of
 * a hundred thousand fields whose every retention changed answers in a second rather than in hours (a minimal diff
 * costs the product of length and changes). After the common end, it walks both texts and, at each difference, looks
 * for the nearest place where they agree again for {@link #AGREE} lines, in windows of growing but bounded size; a
 * stretch with no such place within the largest window counts as changed. The result is exact for one change and
 * close to minimal for a few; for a flood of changes it still counts every line that differs.
 *
 * <p>Lines keep their terminators, so a line that differs only in {@code \r\n} against {@code \n}, or in a missing
 * final newline, is a difference too. Lines are never copied: each is a range of its text, with its hash.
 */
final class LineDiff {

    /** How many lines must agree again to end a change. */
    static final int AGREE = 2;

    /** The windows a new agreement is looked for in, nearest first. */
    private static final int[] WINDOWS = {16, 256, 4096};

    /** Below this window size, candidates are compared pairwise rather than looked up in a map. */
    private static final int SCAN = 32;

    /** One changed stretch: lines {@code [aFrom, aTo)} of the first text became {@code [bFrom, bTo)} of the second. */
    record Change(int aFrom, int aTo, int bFrom, int bTo) {}

    /** A text's lines as ranges of it, each with its hash, so comparing and looking up a line copies nothing. */
    static final class Lines {
        private final String text;
        private final int[] starts;
        private final int[] hashes;
        private final int size;

        private Lines(String text) {
            this.text = text;
            int count = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                count++;
            }
            boolean open = !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
            size = count + (open ? 1 : 0);
            starts = new int[size + 1];
            hashes = new int[size];
            int line = 0;
            int hash = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                hash = 31 * hash + c;
                if (c == '\n') {
                    hashes[line] = hash;
                    starts[++line] = i + 1;
                    hash = 0;
                }
            }
            if (open) {
                hashes[line] = hash;
            }
            starts[size] = text.length();
        }

        /**
         * @param text a text
         * @return its lines, each with its {@code \n} (a {@code \r} before it stays part of the line); the last
         *     without one when the text does not end in a newline
         */
        static Lines of(String text) {
            return new Lines(text);
        }

        /** @return how many lines there are */
        int size() {
            return size;
        }

        /** @return line {@code k}, with its terminator */
        String get(int k) {
            return text.substring(starts[k], starts[k + 1]);
        }

        boolean same(int k, Lines other, int m) {
            int length = starts[k + 1] - starts[k];
            return hashes[k] == other.hashes[m] && length == other.starts[m + 1] - other.starts[m]
                    && text.regionMatches(starts[k], other.text, other.starts[m], length);
        }
    }

    private final Lines a;
    private final Lines b;
    private final List<Change> changes = new ArrayList<>();
    private long work;

    private LineDiff(Lines a, Lines b) {
        this.a = a;
        this.b = b;
    }

    /**
     * @param before the first text
     * @param after the second text
     * @return where they differ
     */
    static LineDiff of(String before, String after) {
        LineDiff diff = new LineDiff(Lines.of(before), Lines.of(after));
        diff.run();
        return diff;
    }

    /** @return the changed stretches, in order */
    List<Change> changes() {
        return changes;
    }

    /** @return how many lines of the first text are removed */
    long removed() {
        return changes.stream().mapToLong(c -> c.aTo() - c.aFrom()).sum();
    }

    /** @return how many lines of the second text are added */
    long added() {
        return changes.stream().mapToLong(c -> c.bTo() - c.bFrom()).sum();
    }

    /** @return the line comparisons and look-ups made: at most a constant times the lines of both texts */
    long work() {
        return work;
    }

    /** @return the first text's lines */
    Lines before() {
        return a;
    }

    /** @return the second text's lines */
    Lines after() {
        return b;
    }

    private void run() {
        int i = 0;
        int j = 0;
        int aEnd = a.size();
        int bEnd = b.size();
        while (aEnd > i && bEnd > j && same(aEnd - 1, bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        while (i < aEnd || j < bEnd) {
            if (i < aEnd && j < bEnd && same(i, j)) {
                i++;
                j++;
                continue;
            }
            int[] next = agreeAgain(i, j, aEnd, bEnd);
            changes.add(new Change(i, next[0], j, next[1]));
            i = next[0];
            j = next[1];
        }
    }

    private boolean same(int i, int j) {
        work++;
        return a.same(i, b, j);
    }

    /**
     * The nearest {@code (i', j')} after {@code (i, j)} where both texts agree for {@link #AGREE} lines or both end;
     * when the largest window holds none, its end.
     */
    private int[] agreeAgain(int i, int j, int aEnd, int bEnd) {
        for (int window : WINDOWS) {
            int aLimit = Math.min(aEnd, i + window);
            int bLimit = Math.min(bEnd, j + window);
            int[] found = nearest(i, j, aLimit, bLimit, aEnd, bEnd);
            if (found != null) {
                return found;
            }
            if (aLimit == aEnd && bLimit == bEnd) {
                break;
            }
        }
        int last = WINDOWS[WINDOWS.length - 1];
        return new int[] {Math.min(aEnd, i + last), Math.min(bEnd, j + last)};
    }

    /** The nearest agreement within the window, by the sum of the lines skipped on both sides; {@code null} if none. */
    private int[] nearest(int i, int j, int aLimit, int bLimit, int aEnd, int bEnd) {
        int best = Integer.MAX_VALUE;
        int[] found = null;
        if (aLimit == aEnd && bLimit == bEnd) {
            best = (aEnd - i) + (bEnd - j); // both texts end within the window: their ends are a candidate too
            found = new int[] {aEnd, bEnd};
        }
        long budget = 8L * (aLimit - i + bLimit - j) + 64;
        Map<Integer, List<Integer>> positions = null;
        if (bLimit - j > SCAN) {
            positions = new HashMap<>();
            for (int q = j; q < bLimit; q++) {
                work++;
                positions.computeIfAbsent(b.hashes[q], k -> new ArrayList<>(1)).add(q);
            }
        }
        for (int p = i; p < aLimit && p - i < best; p++) {
            work++;
            List<Integer> candidates = positions == null ? null : positions.get(a.hashes[p]);
            if (positions != null && candidates == null) {
                continue;
            }
            int count = candidates == null ? bLimit - j : candidates.size();
            for (int n = 0; n < count; n++) {
                int q = candidates == null ? j + n : candidates.get(n);
                int distance = (p - i) + (q - j);
                if (distance >= best) {
                    break; // candidates come in order: the rest are farther
                }
                work++;
                if (distance == 0 || a.hashes[p] != b.hashes[q]) {
                    continue; // (i, j) itself differs
                }
                if (--budget < 0) {
                    return found;
                }
                if (agree(p, q, aEnd, bEnd)) {
                    best = distance;
                    found = new int[] {p, q};
                    break;
                }
            }
        }
        return found;
    }

    /** Whether both texts agree from {@code (p, q)} for {@link #AGREE} lines, or up to both their ends. */
    private boolean agree(int p, int q, int aEnd, int bEnd) {
        for (int k = 0; k < AGREE; k++) {
            if (p + k == aEnd || q + k == bEnd) {
                return p + k == aEnd && q + k == bEnd;
            }
            if (!same(p + k, q + k)) {
                return false;
            }
        }
        return true;
    }
}
