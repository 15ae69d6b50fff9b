package fi.seloste.index;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an index as the one form every build gives the same bytes for: entries sorted, members in a fixed
 * order, empty members left out, UTF-8, two-space indentation, {@code \n} line endings, no timestamps. The format
 * is {@code docs/index-format.md}; streamed, so a large index is never held as text.
 */
public final class IndexWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static final Comparator<Undeclared> UNDECLARED_ORDER =
            Comparator.comparing(Undeclared::className).thenComparing(Undeclared::field);

    /**
     * @param index the index; its lists in any order
     * @param out where the UTF-8 bytes go; not closed
     * @throws IOException when {@code out} fails
     */
    public void write(Index index, OutputStream out) throws IOException {
        writeRuns(index, List.of(), out);
    }

    /**
     * Writes an index with runs of entries carried over from an earlier index of this writer, their bytes unchanged,
     * among the index's own entries, and tells where each class's entries went.
     *
     * @param index the index; its lists in any order
     * @param runs runs of an index this writer wrote, each all the entries of its class: no entry of {@code index}
     *     and no other run has that class
     * @param out where the UTF-8 bytes go; not closed
     * @return where each class's entries lie in the bytes written, to be kept beside them ({@link IndexLayout})
     * @throws IOException when {@code out} fails
     */
    public IndexLayout writeRuns(Index index, List<EntryRun> runs, OutputStream out) throws IOException {
        FieldsDigest digest = new FieldsDigest(out);
        Layout layout = new Layout(digest);
        String fieldsDigest;
        long fieldsStart;
        long fieldsEnd;
        try (JsonGenerator g = FACTORY.createGenerator(digest, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM); // flushed at each class to learn where it ends
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("schemaVersion", index.schemaVersion());
            g.writeStringField("generator", index.generator());
            g.writeStringField("mode", index.mode());
            g.writeArrayFieldStart("registers");
            for (Register r : sorted(index.registers(), Comparator.comparing(Register::id))) {
                register(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("purposes");
            for (Purpose p : sorted(index.purposes(), Comparator.comparing(Purpose::key))) {
                purpose(g, p);
            }
            g.writeEndArray();
            vocabulary(g, index.terms());
            g.writeArrayFieldStart("fields");
            g.flush();
            digest.start(); // from after the array's '[' to the end of its last entry
            fieldsStart = digest.position();
            List<PersonalField> own = sorted(index.fields(), PersonalField.ORDER);
            List<EntryRun> copied = sorted(runs, RUN_ORDER);
            int c = 0;
            for (PersonalField f : own) {
                while (c < copied.size() && compare(copied.get(c), f) < 0) {
                    layout.run(g, copied.get(c++));
                }
                layout.entry(g, f);
                field(g, f);
            }
            while (c < copied.size()) {
                layout.run(g, copied.get(c++));
            }
            g.flush();
            layout.close();
            fieldsEnd = digest.position();
            fieldsDigest = digest.stop();
            g.writeEndArray();
            g.writeArrayFieldStart("undeclared");
            for (Undeclared u : sorted(index.undeclared(), UNDECLARED_ORDER)) {
                undeclared(g, u);
            }
            g.writeEndArray();
            g.writeStringField(IndexFormat.FIELDS_DIGEST, fieldsDigest);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
        return new IndexLayout(index.generator(), digest.position() + 1, fieldsDigest, fieldsStart, fieldsEnd,
                layout.rows);
    }

    private static final Comparator<EntryRun> RUN_ORDER = Comparator.comparing(EntryRun::className);

    /** Gathers each class's span and keys while the entries are written, flushing the generator at each new class. */
    private static final class Layout {
        private final FieldsDigest digest;
        final List<IndexLayout.ClassRun> rows = new ArrayList<>();
        private String className;
        private int count;
        private boolean positioned;
        /** The run the current class's entries are, when they are carried over. */
        private EntryRun soleRun;
        private final List<java.util.Set<String>> keys = new ArrayList<>();

        Layout(FieldsDigest digest) {
            this.digest = digest;
            for (int i = 0; i < 7; i++) {
                keys.add(new java.util.TreeSet<>());
            }
        }

        void run(JsonGenerator g, EntryRun r) throws IOException {
            next(g, r.className());
            if (count > 0) {
                throw new IllegalArgumentException("the entries of " + r.className() + " are in more than one run");
            }
            soleRun = r; // a class carried over whole keeps its run's lists, shared with the layout read back
            count = r.count();
            positioned = r.positioned();
            g.writeRawValue(""); // the separator and indentation before an entry, then the run's bytes as they are
            g.flush();
            digest.copy(r.bytes());
        }

        void entry(JsonGenerator g, PersonalField f) throws IOException {
            next(g, f.className());
            if (soleRun != null) {
                throw new IllegalArgumentException("the entries of " + f.className() + " are both carried over and new");
            }
            count++;
            positioned |= f.sourceFile() != null;
            add(f.declaredIn() == null ? List.of() : List.of(f.declaredIn()),
                    f.register() == null ? List.of() : List.of(f.register()),
                    f.purposes(), f.sources(), f.categories(), f.subjects(), f.recipients());
        }

        @SafeVarargs
        private void add(List<String>... lists) {
            for (int i = 0; i < lists.length; i++) {
                keys.get(i).addAll(lists[i]);
            }
        }

        private void next(JsonGenerator g, String nextClass) throws IOException {
            if (nextClass.equals(className)) {
                return;
            }
            g.flush();
            close();
            className = nextClass;
            digest.findEntryStart(); // the class's run starts at its first entry's '{', after the separator
        }

        /** Ends the current class's row at what has been flushed. */
        void close() {
            if (className != null && soleRun != null) {
                EntryRun r = soleRun;
                rows.add(new IndexLayout.ClassRun(className, digest.entryStart(), digest.position(), count, positioned,
                        r.declaredIns(), r.registers(), r.purposes(), r.sources(), r.categories(), r.subjects(),
                        r.recipients()));
            } else if (className != null) {
                rows.add(new IndexLayout.ClassRun(className, digest.entryStart(), digest.position(), count, positioned,
                        List.copyOf(keys.get(0)), List.copyOf(keys.get(1)), List.copyOf(keys.get(2)),
                        List.copyOf(keys.get(3)), List.copyOf(keys.get(4)), List.copyOf(keys.get(5)),
                        List.copyOf(keys.get(6))));
            }
            soleRun = null;
            className = null;
            count = 0;
            positioned = false;
            keys.forEach(java.util.Set::clear);
        }
    }

    /**
     * Passes the bytes on, counts them, and sums those of the {@code fields} array while asked to: the digest lets the
     * next incremental build copy the entries unread when they are still what this writer wrote.
     */
    private static final class FieldsDigest extends java.io.FilterOutputStream {

        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private boolean summing;
        private long position;
        private byte[] chunk;
        /** Where the '{' asked for was written; below 0 while it is still to come. */
        private long entryStart;

        FieldsDigest(OutputStream out) {
            super(out);
        }

        void start() {
            crc.reset();
            summing = true;
        }

        String stop() {
            summing = false;
            return IndexFormat.digest(crc.getValue());
        }

        /** Notes where the next '{' is written: the first entry of a class, after the separator before it. */
        void findEntryStart() {
            entryStart = -1;
        }

        /** Where the '{' asked for by {@link #findEntryStart} was written. */
        long entryStart() {
            if (entryStart < 0) {
                throw new IllegalStateException("no entry was written");
            }
            return entryStart;
        }

        private void seek(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '{') {
                    entryStart = position + (i - off);
                    return;
                }
            }
        }

        /** Passes a buffer's remaining bytes on, through one reused array. */
        void copy(java.nio.ByteBuffer bytes) throws IOException {
            if (chunk == null) {
                chunk = new byte[1 << 16];
            }
            while (bytes.hasRemaining()) {
                int n = Math.min(chunk.length, bytes.remaining());
                bytes.get(chunk, 0, n);
                write(chunk, 0, n);
            }
        }

        /** How many bytes have been passed on. */
        long position() {
            return position;
        }

        @Override
        public void write(int b) throws IOException {
            if (summing) {
                crc.update(b);
            }
            if (entryStart < 0 && b == '{') {
                entryStart = position;
            }
            position++;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (summing) {
                crc.update(b, off, len);
            }
            if (entryStart < 0) {
                seek(b, off, len);
            }
            position += len;
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            // the generator flushes at each class; the caller's stream is flushed once, at the end
        }

        @Override
        public void close() {
            // the caller's stream stays open
        }
    }

    private static int compare(EntryRun copied, PersonalField own) {
        return copied.className().compareTo(own.className());
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        List<T> sorted = new ArrayList<>(list);
        sorted.sort(order);
        return sorted;
    }

    private static void register(JsonGenerator g, Register r) throws IOException {
        g.writeStartObject();
        text(g, "id", r.id());
        texts(g, "names", r.names());
        texts(g, "descriptions", r.descriptions());
        strings(g, "subjects", r.subjects());
        strings(g, "purposes", r.purposes());
        if (r.publicAuthority()) {
            g.writeBooleanField("publicAuthority", true);
        }
        strings(g, "none", r.none().stream().map(Enum::name).toList());
        text(g, "declaredIn", r.declaredIn());
        g.writeEndObject();
    }

    private static void purpose(JsonGenerator g, Purpose p) throws IOException {
        g.writeStartObject();
        text(g, "key", p.key());
        texts(g, "texts", p.texts());
        text(g, "basis", p.basis() == null ? null : p.basis().name());
        texts(g, "legitimateInterest", p.legitimateInterest());
        texts(g, "law", p.law());
        if (p.directMarketing()) {
            g.writeBooleanField("directMarketing", true);
        }
        text(g, "specialCondition", p.specialCondition() == null ? null : p.specialCondition().name());
        text(g, "declaredIn", p.declaredIn());
        g.writeEndObject();
    }

    /** Every vocabulary, by name, each sorted by key; an empty one is written as such. */
    private static void vocabulary(JsonGenerator g, List<Term> terms) throws IOException {
        Map<Vocabulary, List<Term>> byVocabulary = new EnumMap<>(Vocabulary.class);
        for (Vocabulary v : Vocabulary.values()) {
            byVocabulary.put(v, new ArrayList<>());
        }
        terms.forEach(t -> byVocabulary.get(t.vocabulary()).add(t));
        List<Vocabulary> byName = new ArrayList<>(byVocabulary.keySet());
        byName.sort(Comparator.comparing(Vocabulary::indexName));
        g.writeObjectFieldStart("vocabulary");
        for (Vocabulary v : byName) {
            g.writeArrayFieldStart(v.indexName());
            for (Term t : sorted(byVocabulary.get(v), Comparator.comparing(Term::key))) {
                term(g, t);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void term(JsonGenerator g, Term t) throws IOException {
        g.writeStartObject();
        text(g, "key", t.key());
        texts(g, "texts", t.texts());
        if (t.special()) {
            g.writeBooleanField("special", true);
        }
        if (t.identityCode()) {
            g.writeBooleanField("identityCode", true);
        }
        text(g, "kind", t.recipientKind() == null ? null : t.recipientKind().name());
        text(g, "country", t.country());
        text(g, "safeguard", t.safeguard() == null ? null : t.safeguard().name());
        text(g, "sourceKind", t.sourceKind() == null ? null : t.sourceKind().name());
        text(g, "declaredIn", t.declaredIn());
        g.writeEndObject();
    }

    private static void field(JsonGenerator g, PersonalField f) throws IOException {
        g.writeStartObject();
        text(g, "className", f.className());
        text(g, "field", f.field());
        text(g, "declaredIn", f.declaredIn());
        text(g, "javaType", f.javaType());
        text(g, "register", f.register());
        texts(g, "labels", f.labels());
        strings(g, "purposes", f.purposes());
        strings(g, "sources", f.sources());
        strings(g, "categories", f.categories());
        strings(g, "subjects", f.subjects());
        strings(g, "recipients", f.recipients());
        Retention r = f.retention();
        if (r != null) {
            g.writeObjectFieldStart("retention");
            if (r.period() != null) {
                g.writeStringField("period", r.period().toString());
            }
            if (r.from() != null) {
                g.writeStringField("from", r.from().name());
            }
            if (r.criteria() != null) {
                g.writeStringField("criteria", r.criteria());
            }
            if (r.law() != null) {
                g.writeStringField("law", r.law());
            }
            if (r.otherwisePeriod() != null) {
                g.writeObjectFieldStart("otherwise");
                g.writeStringField("period", r.otherwisePeriod().toString());
                g.writeStringField("from", r.otherwiseFrom().name());
                g.writeEndObject();
            }
            texts(g, "criteriaTexts", r.criteriaTexts());
            texts(g, "lawTexts", r.lawTexts());
            g.writeEndObject();
        }
        g.writeBooleanField("special", f.special());
        text(g, "specialCondition", f.specialCondition());
        text(g, "identityCodeGround", f.identityCodeGround());
        Lawfulness l = f.lawfulness();
        if (l != null) {
            g.writeObjectFieldStart("lawfulness");
            text(g, "basis", l.basis() == null ? null : l.basis().name());
            text(g, "legitimateInterest", l.legitimateInterest());
            text(g, "law", l.law());
            if (l.directMarketing()) {
                g.writeBooleanField("directMarketing", true);
            }
            g.writeEndObject();
        }
        text(g, "sourceKind", f.sourceKind() == null ? null : f.sourceKind().name());
        text(g, "sourceFile", f.sourceFile());
        g.writeNumberField("line", f.line());
        g.writeEndObject();
    }

    private static void undeclared(JsonGenerator g, Undeclared u) throws IOException {
        g.writeStartObject();
        text(g, "className", u.className());
        text(g, "field", u.field());
        text(g, "javaType", u.javaType());
        text(g, "register", u.register());
        text(g, "reason", u.reason());
        text(g, "sourceFile", u.sourceFile());
        if (u.line() != 0) {
            g.writeNumberField("line", u.line());
        }
        g.writeEndObject();
    }

    /** A text member, left out when it is absent or empty. */
    private static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    /** Texts by language, sorted by language, left out when there are none. */
    private static void texts(JsonGenerator g, String name, Map<String, String> texts) throws IOException {
        if (texts.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(name);
        List<String> languages = new ArrayList<>(texts.keySet());
        languages.sort(null);
        for (String language : languages) {
            g.writeStringField(language, texts.get(language));
        }
        g.writeEndObject();
    }

    /** A list of texts, left out when it is empty. */
    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
