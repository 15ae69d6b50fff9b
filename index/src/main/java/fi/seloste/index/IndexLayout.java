package fi.seloste.index;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Where each class's entries lie in an index file, written beside it by the processor: with it, a one-file recompile
 * against a large index copies the runs of the classes it keeps without parsing them (the whole file is still summed
 * against its {@link IndexFormat#FIELDS_DIGEST}). It is build bookkeeping, not part of the index format: the plugin
 * never reads it, and any layout that does not match its index byte for byte is ignored, the index then being read
 * as before.
 *
 * <p>The file is UTF-8 text, one record per line, values separated by tabs. Each distinct list of keys is written
 * once, as a {@code list} line (items each followed by a comma, {@code %}, tab, line breaks and comma escaped as
 * {@code %XX}), and named by its number (from 0, in order of appearance) in the {@code class} lines. A class's run
 * goes from its first entry's opening brace to its last entry's closing brace; {@code gap} is the length of the
 * separator between the run before it (or {@code fieldsStart}) and its start, and the last run ends at
 * {@code fieldsEnd}:
 * <pre>
 * seloste-index-layout 1
 * index  generator  length  fieldsDigest  fieldsStart  fieldsEnd
 * list   items
 * class  name  gap  end  count  positioned  declaredIns  registers  purposes  sources  categories  subjects  recipients
 * end    crc32:… (of every byte before this line)
 * </pre>
 */
public final class IndexLayout {

    /** Where the layout lives, relative to the generated-sources output (never packaged: sources are not). */
    public static final String LOCATION = "META-INF/seloste/personal-data.layout";

    private static final String MAGIC = "seloste-index-layout 1";

    /**
     * One class's run of entries.
     *
     * @param start the byte offset of the run's first byte: its first entry's opening brace
     * @param end the byte offset just after the last entry's closing brace
     */
    public record ClassRun(String className, long start, long end, int count, boolean positioned,
            List<String> declaredIns, List<String> registers, List<String> purposes, List<String> sources,
            List<String> categories, List<String> subjects, List<String> recipients) {}

    private final String generator;
    private final long length;
    private final String fieldsDigest;
    private final long fieldsStart;
    private final long fieldsEnd;
    private final List<ClassRun> runs;

    /**
     * @param length the index file's length in bytes
     * @param fieldsStart the offset just after the {@code fields} array's {@code [}
     * @param fieldsEnd the offset just after its last entry: the span {@link IndexFormat#FIELDS_DIGEST} sums
     */
    public IndexLayout(String generator, long length, String fieldsDigest, long fieldsStart, long fieldsEnd,
            List<ClassRun> runs) {
        this.generator = generator;
        this.length = length;
        this.fieldsDigest = fieldsDigest;
        this.fieldsStart = fieldsStart;
        this.fieldsEnd = fieldsEnd;
        this.runs = List.copyOf(runs);
    }

    public String generator() {
        return generator;
    }

    public long length() {
        return length;
    }

    public String fieldsDigest() {
        return fieldsDigest;
    }

    public long fieldsStart() {
        return fieldsStart;
    }

    public long fieldsEnd() {
        return fieldsEnd;
    }

    /** The runs, in file order (by class). */
    public List<ClassRun> runs() {
        return runs;
    }

    /** Writes the layout as described above. */
    public void write(OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(256 + runs.size() * 96);
        text.append(MAGIC).append('\n');
        text.append("index\t").append(escape(generator)).append('\t').append(length).append('\t')
                .append(escape(fieldsDigest)).append('\t').append(fieldsStart).append('\t').append(fieldsEnd).append('\n');
        Map<List<String>, Integer> lists = new HashMap<>();
        // the runs of a layout read back share their list instances: most look-ups are answered by identity
        Map<List<String>, Integer> sameLists = new java.util.IdentityHashMap<>();
        StringBuilder classes = new StringBuilder(runs.size() * 64);
        long previousEnd = fieldsStart;
        for (ClassRun r : runs) {
            classes.append("class\t").append(escape(r.className())).append('\t').append(r.start() - previousEnd)
                    .append('\t').append(r.end()).append('\t')
                    .append(r.count()).append('\t').append(r.positioned() ? '1' : '0');
            for (List<String> list : List.of(r.declaredIns(), r.registers(), r.purposes(), r.sources(), r.categories(),
                    r.subjects(), r.recipients())) {
                Integer number = sameLists.get(list);
                if (number == null) {
                    number = lists.get(list);
                    if (number != null) {
                        sameLists.put(list, number);
                    }
                }
                if (number == null) {
                    sameLists.put(list, lists.size());
                    number = lists.size();
                    lists.put(list, number);
                    text.append("list\t");
                    for (String item : list) {
                        text.append(escape(item)).append(',');
                    }
                    text.append('\n');
                }
                classes.append('\t').append(number);
            }
            classes.append('\n');
            previousEnd = r.end();
        }
        text.append(classes);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        out.write(bytes);
        out.write(("end\t" + IndexFormat.digest(crc.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a layout, or gives {@code null} when the bytes are not a whole, undamaged layout whose runs lie in order
     * inside the {@code fields} span: the caller then reads the index as before.
     */
    public static IndexLayout read(byte[] bytes) {
        try {
            int endLine = lastLineStart(bytes);
            String last = new String(bytes, endLine, bytes.length - endLine, StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, endLine);
            if (!last.equals("end\t" + IndexFormat.digest(crc.getValue()) + "\n")) {
                return null;
            }
            String text = new String(bytes, 0, endLine, StandardCharsets.UTF_8);
            Lines lines = new Lines(text);
            if (!lines.next().equals(MAGIC)) {
                return null;
            }
            String[] head = lines.next().split("\t", -1);
            if (head.length != 6 || !head[0].equals("index")) {
                return null;
            }
            long length = Long.parseLong(head[2]);
            long fieldsStart = Long.parseLong(head[4]);
            long fieldsEnd = Long.parseLong(head[5]);
            if (fieldsStart < 0 || fieldsEnd < fieldsStart || length < fieldsEnd) {
                return null;
            }
            List<List<String>> lists = new ArrayList<>();
            List<ClassRun> runs = new ArrayList<>();
            long previousEnd = fieldsStart;
            String previousClass = null;
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("list\t")) {
                    lists.add(list(line.substring(5)));
                    continue;
                }
                Values v = new Values(line);
                if (!v.next().equals("class")) {
                    return null;
                }
                String className = unescape(v.next());
                long start = previousEnd + v.nextNumber();
                long end = v.nextNumber();
                long count = v.nextNumber();
                long positioned = v.nextNumber();
                List<List<String>> keys = new ArrayList<>(7);
                for (int i = 0; i < 7; i++) {
                    keys.add(lists.get((int) v.nextNumber()));
                }
                if (v.hasNext() || positioned > 1 || start < previousEnd || end <= start || count > Integer.MAX_VALUE
                        || end > fieldsEnd || count < 1
                        || (previousClass != null && previousClass.compareTo(className) >= 0)) {
                    return null;
                }
                runs.add(new ClassRun(className, start, end, (int) count, positioned == 1, keys.get(0),
                        keys.get(1), keys.get(2), keys.get(3), keys.get(4), keys.get(5), keys.get(6)));
                previousEnd = end;
                previousClass = className;
            }
            if (previousEnd != fieldsEnd) {
                return null; // the runs must reach the end of the entries: no entry is outside a run
            }
            return new IndexLayout(unescape(head[1]), length, unescape(head[3]), fieldsStart, fieldsEnd, runs);
        } catch (RuntimeException e) {
            return null; // a number out of range, a broken escape, a missing value: not a layout this writer wrote
        }
    }

    /** The lines of a text that ends with a line break. */
    private static final class Lines {
        private final String text;
        private int at;

        Lines(String text) {
            this.text = text;
        }

        boolean hasNext() {
            return at < text.length();
        }

        String next() {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                throw new IllegalArgumentException("an unterminated line");
            }
            String line = text.substring(at, end);
            at = end + 1;
            return line;
        }
    }

    /** The tab-separated values of a line. */
    private static final class Values {
        private final String line;
        private int at;

        Values(String line) {
            this.line = line;
        }

        boolean hasNext() {
            return at <= line.length();
        }

        String next() {
            if (at > line.length()) {
                throw new IllegalArgumentException("a missing value");
            }
            int end = line.indexOf('\t', at);
            end = end < 0 ? line.length() : end;
            String value = line.substring(at, end);
            at = end + 1;
            return value;
        }

        /** The next value as a number of at most 15 decimal digits, read in place. */
        long nextNumber() {
            long value = 0;
            int digits = 0;
            while (at < line.length() && line.charAt(at) != '\t') {
                char c = line.charAt(at++);
                if (c < '0' || c > '9' || ++digits > 15) {
                    throw new IllegalArgumentException("not a number");
                }
                value = value * 10 + (c - '0');
            }
            if (digits == 0) {
                throw new IllegalArgumentException("a missing number");
            }
            at++;
            return value;
        }
    }

    private static int lastLineStart(byte[] bytes) {
        if (bytes.length == 0 || bytes[bytes.length - 1] != '\n') {
            throw new IllegalArgumentException("no final line");
        }
        int i = bytes.length - 2;
        while (i >= 0 && bytes[i] != '\n') {
            i--;
        }
        return i + 1;
    }

    private static List<String> list(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (!text.endsWith(",")) {
            throw new IllegalArgumentException("a list ends with a comma");
        }
        String[] items = text.substring(0, text.length() - 1).split(",", -1);
        List<String> list = new ArrayList<>(items.length);
        for (String item : items) {
            list.add(unescape(item));
        }
        return List.copyOf(list);
    }

    private static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
                if (b == null) {
                    b = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                b.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    private static String unescape(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                b.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
