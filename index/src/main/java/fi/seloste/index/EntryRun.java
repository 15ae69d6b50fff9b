package fi.seloste.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The field entries of one class in an earlier index, carried over as one run of bytes: an incremental build keeps the
 * entries of every class it does not compile, and a class's entries lie together in the file (they are sorted by
 * class), so copying each class's run, instead of each entry, is what keeps a one-file recompile against a large index
 * cheap in a cold {@code javac}. The run knows only what a merge needs (the class, how many entries, and the keys its
 * entries use); {@link #entries()} reads the entries themselves when a step needs them.
 *
 * <p>The bytes are valid in a new index only when the same writer wrote them, at the depth {@link IndexWriter} writes
 * entries: the processor copies runs only from an index whose {@code generator} is its own and whose
 * {@link IndexFormat#FIELDS_DIGEST} matches.
 */
public final class EntryRun {

    private final String className;
    private final int count;
    private final boolean positioned;
    private final List<String> declaredIns;
    private final List<String> registers;
    private final List<String> purposes;
    private final List<String> sources;
    private final List<String> categories;
    private final List<String> subjects;
    private final List<String> recipients;
    /** From the opening brace of the first entry to the closing brace of the last, as written. */
    private final ByteBuffer bytes;
    private final String origin;
    private List<PersonalField> entries;
    /** The skimmed entries a run was made of, or {@code null} for a run from an {@link IndexLayout}. */
    private List<VerbatimField> skimmed;

    EntryRun(String className, int count, boolean positioned, List<String> declaredIns, List<String> registers,
            List<String> purposes, List<String> sources, List<String> categories, List<String> subjects,
            List<String> recipients, ByteBuffer bytes, String origin, List<PersonalField> entries) {
        this.className = className;
        this.count = count;
        this.positioned = positioned;
        this.declaredIns = declaredIns;
        this.registers = registers;
        this.purposes = purposes;
        this.sources = sources;
        this.categories = categories;
        this.subjects = subjects;
        this.recipients = recipients;
        this.bytes = bytes.asReadOnlyBuffer();
        this.origin = origin;
        this.entries = entries;
    }

    /**
     * The runs of skimmed entries, one per class, in file order.
     *
     * @throws IllegalArgumentException when a class's entries are not consecutive
     */
    public static List<EntryRun> runs(List<VerbatimField> fields) {
        List<EntryRun> runs = new ArrayList<>();
        int from = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i <= fields.size(); i++) {
            if (i == fields.size() || !fields.get(i).className().equals(fields.get(from).className())) {
                if (!seen.add(fields.get(from).className())) {
                    throw new IllegalArgumentException("the entries of " + fields.get(from).className() + " are not one run");
                }
                runs.add(of(fields.subList(from, i)));
                from = i;
            }
        }
        return runs;
    }

    /**
     * The run of one class's entries as {@link IndexReader#readKeepingFieldsVerbatim} skimmed them.
     *
     * @param fields entries of one class, consecutive in one index's bytes, in file order
     * @throws IllegalArgumentException when they are not of one class or not consecutive in one buffer
     */
    public static EntryRun of(List<VerbatimField> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a run has at least one entry");
        }
        VerbatimField first = fields.get(0);
        VerbatimField last = fields.get(fields.size() - 1);
        Set<String> declaredIns = new TreeSet<>();
        Set<String> registers = new TreeSet<>();
        Set<String> purposes = new TreeSet<>();
        Set<String> sources = new TreeSet<>();
        Set<String> categories = new TreeSet<>();
        Set<String> subjects = new TreeSet<>();
        Set<String> recipients = new TreeSet<>();
        boolean positioned = false;
        int end = first.offset();
        for (VerbatimField f : fields) {
            if (!f.className().equals(first.className()) || f.buffer() != first.buffer() || f.offset() < end) {
                throw new IllegalArgumentException("the entries of " + first.className() + " are not one run");
            }
            for (int i = end; i < f.offset(); i++) { // between two entries only the writer's separator
                byte b = f.buffer()[i];
                if (b != ',' && b != '\n' && b != ' ') {
                    throw new IllegalArgumentException("the entries of " + first.className() + " are not one run");
                }
            }
            end = f.offset() + f.length();
            if (f.declaredIn() != null) {
                declaredIns.add(f.declaredIn());
            }
            if (f.register() != null) {
                registers.add(f.register());
            }
            purposes.addAll(f.purposes());
            sources.addAll(f.sources());
            categories.addAll(f.categories());
            subjects.addAll(f.subjects());
            recipients.addAll(f.recipients());
            positioned |= f.positioned();
        }
        ByteBuffer bytes = ByteBuffer.wrap(first.buffer(), first.offset(), last.offset() + last.length() - first.offset())
                .slice();
        EntryRun run = new EntryRun(first.className(), fields.size(), positioned, List.copyOf(declaredIns),
                List.copyOf(registers), List.copyOf(purposes), List.copyOf(sources), List.copyOf(categories),
                List.copyOf(subjects), List.copyOf(recipients), bytes, null, null);
        run.skimmed = List.copyOf(fields);
        return run;
    }

    public String className() {
        return className;
    }

    /** How many entries the run holds. */
    public int count() {
        return count;
    }

    /** Whether any of its entries says where its field is written ({@code sourceFile}). */
    public boolean positioned() {
        return positioned;
    }

    /** The classes its inherited or embedded entries are declared in ({@link PersonalField#declaredIn()}), sorted. */
    public List<String> declaredIns() {
        return declaredIns;
    }

    /** The registers its entries name, sorted. */
    public List<String> registers() {
        return registers;
    }

    /** The purpose keys its entries name, sorted. */
    public List<String> purposes() {
        return purposes;
    }

    public List<String> sources() {
        return sources;
    }

    public List<String> categories() {
        return categories;
    }

    public List<String> subjects() {
        return subjects;
    }

    public List<String> recipients() {
        return recipients;
    }

    /** The run's bytes, from the first entry's opening brace to the last one's closing brace. */
    ByteBuffer bytes() {
        return bytes.duplicate();
    }

    /**
     * @return its entries as records, in file order, read on first use
     * @throws IllegalArgumentException when an entry is not a valid field entry
     */
    public List<PersonalField> entries() {
        if (entries == null) {
            if (skimmed != null) {
                List<PersonalField> read = new ArrayList<>(skimmed.size());
                skimmed.forEach(f -> read.add(f.entry()));
                entries = List.copyOf(read);
            } else {
                entries = readEntries();
            }
        }
        return entries;
    }

    private List<PersonalField> readEntries() {
        byte[] array = new byte[bytes.remaining() + 2];
        array[0] = '[';
        bytes.duplicate().get(array, 1, array.length - 2);
        array[array.length - 1] = ']';
        try {
            List<PersonalField> read = IndexReader.fieldEntries(array, origin);
            if (read.size() != count || read.stream().anyMatch(f -> !f.className().equals(className))) {
                throw new IllegalArgumentException("the run of " + className + " does not hold " + count + " of its entries");
            }
            return read;
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
