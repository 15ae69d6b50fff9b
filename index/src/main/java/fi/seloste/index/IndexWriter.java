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
        write(index, List.of(), out);
    }

    /**
     * Writes an index with field entries carried over from an earlier index of this writer, their bytes unchanged,
     * in the order of the index's {@code fields} among the index's own entries.
     *
     * @param index the index; its lists in any order
     * @param verbatim entries read by {@link IndexReader#readKeepingFieldsVerbatim} from an index this writer wrote;
     *     none may have the class and field of an entry of {@code index}
     * @param out where the UTF-8 bytes go; not closed
     * @throws IOException when {@code out} fails
     */
    public void write(Index index, List<VerbatimField> verbatim, OutputStream out) throws IOException {
        FieldsDigest digest = new FieldsDigest(out);
        try (JsonGenerator g = FACTORY.createGenerator(digest, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
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
            List<PersonalField> own = sorted(index.fields(), PersonalField.ORDER);
            List<VerbatimField> copied = sorted(verbatim, VerbatimField.ORDER);
            int c = 0;
            for (PersonalField f : own) {
                while (c < copied.size() && compare(copied.get(c), f) < 0) {
                    g.writeRawValue(new EntryBytes(copied.get(c++)));
                }
                field(g, f);
            }
            while (c < copied.size()) {
                g.writeRawValue(new EntryBytes(copied.get(c++)));
            }
            g.flush();
            String fieldsDigest = digest.stop();
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
    }

    /**
     * Passes the bytes on, and sums those of the {@code fields} array while asked to: the digest lets the next
     * incremental build copy the entries unread when they are still what this writer wrote.
     */
    private static final class FieldsDigest extends java.io.FilterOutputStream {

        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private boolean summing;

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

        @Override
        public void write(int b) throws IOException {
            if (summing) {
                crc.update(b);
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (summing) {
                crc.update(b, off, len);
            }
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush(); // the caller's stream stays open
        }
    }

    private static int compare(VerbatimField copied, PersonalField own) {
        int byClass = copied.className().compareTo(own.className());
        return byClass != 0 ? byClass : copied.field().compareTo(own.field());
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

    /**
     * An entry's bytes as a raw value for the generator, which writes the separator and indentation before it. The
     * UTF-8 generator asks only for the unquoted bytes; the text forms are there for any other generator.
     */
    private static final class EntryBytes implements com.fasterxml.jackson.core.SerializableString {

        private final VerbatimField entry;

        EntryBytes(VerbatimField entry) {
            this.entry = entry;
        }

        @Override
        public String getValue() {
            return new String(entry.buffer(), entry.offset(), entry.length(), java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public char[] asQuotedChars() {
            return com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(getValue());
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return java.util.Arrays.copyOfRange(entry.buffer(), entry.offset(), entry.offset() + entry.length());
        }

        @Override
        public byte[] asQuotedUTF8() {
            return com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsUTF8(getValue());
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return append(asQuotedUTF8(), buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return append(asQuotedChars(), buffer, offset);
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + entry.length() > buffer.length) {
                return -1; // the generator then writes asUnquotedUTF8()
            }
            System.arraycopy(entry.buffer(), entry.offset(), buffer, offset, entry.length());
            return entry.length();
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            return append(getValue().toCharArray(), buffer, offset);
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            byte[] bytes = asQuotedUTF8();
            out.write(bytes);
            return bytes.length;
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(entry.buffer(), entry.offset(), entry.length());
            return entry.length();
        }

        @Override
        public int putQuotedUTF8(java.nio.ByteBuffer buffer) {
            return put(asQuotedUTF8(), buffer);
        }

        @Override
        public int putUnquotedUTF8(java.nio.ByteBuffer buffer) {
            return put(asUnquotedUTF8(), buffer);
        }

        private static int append(byte[] from, byte[] buffer, int offset) {
            if (offset + from.length > buffer.length) {
                return -1;
            }
            System.arraycopy(from, 0, buffer, offset, from.length);
            return from.length;
        }

        private static int append(char[] from, char[] buffer, int offset) {
            if (offset + from.length > buffer.length) {
                return -1;
            }
            System.arraycopy(from, 0, buffer, offset, from.length);
            return from.length;
        }

        private static int put(byte[] from, java.nio.ByteBuffer buffer) {
            if (from.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(from);
            return from.length;
        }
    }
}
