package fi.seloste.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an index as untrusted input, the one reader of the format: bounded size, depth and text length, no
 * duplicate keys, no trailing data, a checked schema version, and every entry checked; an invalid entry is
 * reported and left out while the others are read. Problems come in the same order whatever the order of the
 * members in the file: registers, purposes, vocabularies, fields, undeclared fields.
 *
 * <p>Streamed: every list is read one entry at a time, members the format does not know are skipped unread, and
 * equal values are shared between entries. A hostile index cannot flood a run: at most {@link #MAX_PROBLEMS} problems
 * (or the limit given) are listed, the others only counted. One reader serves one run; it is not thread-safe.
 */
public final class IndexReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(IndexFormat.MAX_BYTES)
                    .maxNestingDepth(IndexFormat.MAX_NESTING)
                    .maxStringLength(IndexFormat.MAX_TEXT)
                    .maxNumberLength(12)
                    .build())
            .build(); // no STRICT_DUPLICATE_DETECTION: members named twice are refused where objects are read

    /** The most problems one reading lists; the others are only counted, so a hostile index cannot flood a run. */
    public static final int MAX_PROBLEMS = 100;

    /**
     * What reading gave.
     *
     * @param index the index; without the entries that have problems, and empty when it cannot be read
     * @param problems what is wrong, in the order described above; empty when nothing is; at most the reader's limit
     * @param omitted how many more problems were found and not listed
     */
    public record Reading(Index index, List<IndexProblem> problems, long omitted) {

        /**
         * @param index the index
         * @param problems every problem found
         */
        public Reading(Index index, List<IndexProblem> problems) {
            this(index, problems, 0);
        }
    }

    /** Turns entries into records, sharing equal values between them. */
    private final IndexEntries entries = new IndexEntries();

    private final int maxProblems;

    /** A reader that lists up to {@link #MAX_PROBLEMS} problems per index. */
    public IndexReader() {
        this(MAX_PROBLEMS);
    }

    /** @param maxProblems the most problems one reading lists; the others are counted in {@link Reading#omitted()} */
    public IndexReader(int maxProblems) {
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1");
        }
        this.maxProblems = maxProblems;
    }

    /**
     * Reads the index one entry at a time, whatever its size: every list is streamed, members the format does not
     * know are skipped unread, and an entry's problem is kept only while fewer than the limit were found.
     *
     * @param in the index bytes; not closed
     * @param origin where they came from, set on the index and every entry ({@code group:artifact:version} or a path)
     * @return the index and its problems
     */
    public Reading read(InputStream in, String origin) {
        try (JsonParser p = FACTORY.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return read(p, origin, null);
        } catch (IOException e) {
            return unreadable(origin, firstLine(e.getMessage()));
        }
    }

    /**
     * What {@link #readKeepingFieldsVerbatim} gave.
     *
     * @param reading the index without its field entries, and the problems of all of it
     * @param fields the field entries, in file order, each with its bytes
     * @param intact whether the {@code fields} array's bytes have the digest the index states
     *     ({@link IndexFormat#FIELDS_DIGEST}): then they are what the writer wrote, byte for byte
     */
    public record VerbatimReading(Reading reading, List<VerbatimField> fields, boolean intact) {}

    /**
     * Reads an index as {@link #read} does, except that each field entry is only skimmed: the members a merge needs
     * are read and the entry's bytes kept, to be copied into the next index unchanged (see {@link VerbatimField}). An
     * entry that is not an object with text {@code className} and {@code field}, text lists and the other members
     * of the format's types is a problem, as in {@link #read}; the rest of the entry is checked only when
     * {@link VerbatimField#entry()} reads it.
     *
     * @param bytes the whole index, as the same writer wrote it
     * @param origin as in {@link #read}
     * @return the reading and the skimmed fields
     */
    public VerbatimReading readKeepingFieldsVerbatim(byte[] bytes, String origin) {
        Skim skim = new Skim(bytes);
        try (JsonParser p = FACTORY.createParser(bytes)) {
            Reading reading = read(p, origin, skim);
            boolean intact = false;
            if (skim.start >= 0 && skim.end >= skim.start && skim.digest != null) {
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes, (int) skim.start, (int) (skim.end - skim.start));
                intact = IndexFormat.digest(crc.getValue()).equals(skim.digest);
            }
            return new VerbatimReading(reading, skim.fields, intact);
        } catch (IOException e) {
            return new VerbatimReading(unreadable(origin, firstLine(e.getMessage())), List.of(), false);
        }
    }

    /**
     * What {@link #readWithLayout} gave.
     *
     * @param reading the index without its field entries, and the problems of the rest of it
     * @param runs each class's entries, in file order, as runs of bytes
     */
    public record RunReading(Reading reading, List<EntryRun> runs) {}

    /**
     * Reads an index whose layout the writer kept beside it ({@link IndexLayout}) without reading its field entries:
     * the rest of the index is read as {@link #read} reads it, the entries' bytes are summed against the index's
     * {@link IndexFormat#FIELDS_DIGEST}, and each class's entries become one {@link EntryRun}.
     *
     * @param index the whole index file
     * @param layout the layout written with it
     * @param origin as in {@link #read}
     * @return the reading and the runs, or {@code null} when the layout does not describe these bytes (then read the
     *     index with {@link #readKeepingFieldsVerbatim} or {@link #read})
     */
    public RunReading readWithLayout(java.nio.ByteBuffer index, IndexLayout layout, String origin) {
        int length = index.remaining();
        if (layout.length() != length || layout.fieldsEnd() > length) {
            return null;
        }
        int base = index.position();
        int fieldsStart = (int) layout.fieldsStart();
        int fieldsEnd = (int) layout.fieldsEnd();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(index.duplicate().position(base + fieldsStart).limit(base + fieldsEnd));
        if (!IndexFormat.digest(crc.getValue()).equals(layout.fieldsDigest())) {
            return null;
        }
        byte[] rest = new byte[fieldsStart + (length - fieldsEnd)]; // the index with an empty fields array
        index.duplicate().get(rest, 0, fieldsStart);
        index.duplicate().position(base + fieldsEnd).get(rest, fieldsStart, length - fieldsEnd);
        Skim skim = new Skim(rest);
        Reading reading;
        try (JsonParser p = FACTORY.createParser(rest)) {
            reading = read(p, origin, skim);
        } catch (IOException e) {
            return null;
        }
        if (skim.start != fieldsStart || skim.end != fieldsStart || !layout.fieldsDigest().equals(skim.digest)
                || !skim.fields.isEmpty()) {
            return null;
        }
        List<EntryRun> runs = new ArrayList<>(layout.runs().size());
        for (IndexLayout.ClassRun r : layout.runs()) {
            int from = (int) r.start();
            int to = (int) r.end();
            if (index.get(base + from) != '{' || index.get(base + to - 1) != '}') {
                return null;
            }
            runs.add(new EntryRun(r.className(), r.count(), r.positioned(), r.declaredIns(), r.registers(),
                    r.purposes(), r.sources(), r.categories(), r.subjects(), r.recipients(),
                    index.slice(base + from, to - from), origin, null));
        }
        return new RunReading(reading, runs);
    }

    /** The field entries of a JSON array of them, as {@link #read} reads each. */
    static List<PersonalField> fieldEntries(byte[] array, String origin) throws IOException {
        try (JsonParser p = FACTORY.createParser(array)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not an array of entries");
            }
            List<PersonalField> fields = new ArrayList<>();
            IndexEntries entries = new IndexEntries();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                fields.add(entries.field(IndexEntries.object(JsonValues.read(p)), origin));
            }
            verifyEnd(p);
            return fields;
        }
    }

    /** What skimming the field entries gives besides the reading: the entries, and what the digest covers. */
    private static final class Skim {
        final byte[] bytes;
        final List<VerbatimField> fields = new ArrayList<>();
        /** The digested span: from after the {@code fields} array's {@code [} to the end of its last entry. */
        long start = -1;
        long end = -1;
        String digest;

        Skim(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    /** One field entry, as {@link #read} reads it, from bytes an index held. */
    static PersonalField fieldEntry(byte[] buffer, int offset, int length, String origin) {
        try (JsonParser p = FACTORY.createParser(buffer, offset, length)) {
            p.nextToken();
            return new IndexEntries().field(IndexEntries.object(JsonValues.read(p)), origin);
        } catch (IOException e) {
            throw new IllegalArgumentException(firstLine(e.getMessage()), e);
        }
    }

    /** @param skim where skimmed field entries go, or {@code null} to read them into records */
    private Reading read(JsonParser p, String origin, Skim skim) throws IOException {
        Map<String, Object> members = new HashMap<>();
        List<Register> registers = new ArrayList<>();
        List<Purpose> purposes = new ArrayList<>();
        Map<Vocabulary, List<Term>> terms = new EnumMap<>(Vocabulary.class);
        List<PersonalField> fields = new ArrayList<>();
        List<Undeclared> undeclared = new ArrayList<>();
        Map<String, Found> found = new HashMap<>();
        boolean fieldsArray = false;
        try {
            JsonToken token = p.nextToken();
            if (token != JsonToken.START_OBJECT) {
                if (token != null) {
                    p.skipChildren(); // a syntax error further on is reported as such, as for any index
                    verifyEnd(p);
                }
                return unreadable(origin, "it is not a JSON object");
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (!seen.add(name)) {
                    throw JsonValues.duplicate(p, name);
                }
                JsonToken value = p.nextToken();
                switch (name) {
                    case "fields" -> {
                        if (value == JsonToken.START_ARRAY) {
                            fieldsArray = true;
                            if (skim != null) {
                                skim.start = p.currentTokenLocation().getByteOffset() + 1;
                                skim.end = skim(p, skim.bytes, section(found, "fields"), skim.fields, origin, skim.start);
                            } else {
                                each(p, "field", section(found, "fields"), node -> fields.add(entries.field(node, origin)));
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "registers" -> list(p, "register", section(found, name), node -> registers.add(entries.register(node, origin)));
                    case "purposes" -> list(p, "purpose", section(found, name), node -> purposes.add(entries.purpose(node, origin)));
                    case "undeclared" -> list(p, "undeclared field", section(found, name),
                            node -> undeclared.add(entries.undeclared(node, origin)));
                    case "vocabulary" -> vocabulary(p, found, terms, origin);
                    case "schemaVersion", "generator", "mode", IndexFormat.FIELDS_DIGEST -> members.put(name, scalar(p));
                    default -> p.skipChildren(); // not part of the format: never held in memory
                }
            }
            verifyEnd(p);
        } catch (IOException e) {
            return unreadable(origin, firstLine(e.getMessage()));
        }
        Object version = members.get("schemaVersion");
        if (!(version instanceof Integer v) || v != IndexFormat.SCHEMA_VERSION) {
            return new Reading(Index.empty(origin), List.of(new IndexProblem(IndexProblem.Kind.VERSION_UNSUPPORTED,
                    members.containsKey("schemaVersion") ? JsonValues.show(version) : "(none)", null)));
        }
        if (!fieldsArray) {
            return unreadable(origin, "it has no \"fields\" array");
        }
        List<IndexProblem> problems = new ArrayList<>();
        long count = 0;
        for (String section : SECTIONS) {
            Found f = found.get(section);
            if (f != null) {
                count += f.count;
                for (IndexProblem problem : f.kept) {
                    if (problems.size() < maxProblems) {
                        problems.add(problem);
                    }
                }
            }
        }
        List<Term> allTerms = new ArrayList<>();
        terms.values().forEach(allTerms::addAll);
        Object generator = members.get("generator");
        Object mode = members.get("mode");
        if (skim != null && members.get(IndexFormat.FIELDS_DIGEST) instanceof String digest) {
            skim.digest = digest;
        }
        Index index = new Index(IndexFormat.SCHEMA_VERSION, generator instanceof String s ? s : null,
                mode instanceof String s ? s : null, registers, purposes, allTerms, fields, undeclared, origin);
        return new Reading(index, List.copyOf(problems), count - problems.size());
    }

    /** The sections of an index in the order their problems are listed, whatever order the file has them in. */
    private static final List<String> SECTIONS = List.of("registers", "purposes", "sources", "categories", "subjects",
            "recipients", "fields", "undeclared");

    /** The problems of one section: the first ones up to the limit, and how many there were. */
    private static final class Found {
        final List<IndexProblem> kept = new ArrayList<>();
        long count;
    }

    private Found section(Map<String, Found> found, String name) {
        return found.computeIfAbsent(name, n -> new Found());
    }

    /** A top-level value the format expects to be short: a structure stands for itself, unread. */
    private static Object scalar(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            p.skipChildren();
            return token == JsonToken.START_OBJECT ? Map.of() : List.of();
        }
        return JsonValues.read(p);
    }

    /** The vocabularies, each streamed into its own section; members that name none are skipped. */
    private void vocabulary(JsonParser p, Map<String, Found> found, Map<Vocabulary, List<Term>> terms, String origin)
            throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            if (!seen.add(p.currentName())) {
                throw JsonValues.duplicate(p, p.currentName());
            }
            Vocabulary kind = Vocabulary.ofIndexName(p.currentName());
            p.nextToken();
            if (kind == null) {
                p.skipChildren();
                continue;
            }
            List<Term> list = terms.computeIfAbsent(kind, k -> new ArrayList<>());
            list(p, kind.indexName(), section(found, kind.indexName()), node -> list.add(entries.term(kind, node, origin)));
        }
    }

    private static Reading unreadable(String origin, String why) {
        return new Reading(Index.empty(origin), List.of(new IndexProblem(IndexProblem.Kind.UNREADABLE, null, why)));
    }

    /** Nothing may follow the index's one JSON value. */
    private static void verifyEnd(JsonParser p) throws IOException {
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
            throw new IOException("Trailing token (of type " + trailing + ") found after the index: not allowed");
        }
    }

    private interface EntryReader {
        void read(Map<String, Object> node);
    }

    /** A list member: streamed when it is an array; {@code null} means none; anything else is a problem. */
    private void list(JsonParser p, String what, Found found, EntryReader reader) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_ARRAY) {
            each(p, what, found, reader);
        } else if (token != JsonToken.VALUE_NULL) {
            p.skipChildren();
            add(found, () -> new IndexProblem(IndexProblem.Kind.UNREADABLE, null, "its " + what + " list is not an array"));
        }
    }

    /** Reads an array's entries one by one, each read or reported, from its first token to its last. */
    private void each(JsonParser p, String what, Found found, EntryReader reader) throws IOException {
        int position = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Object entry = JsonValues.read(p);
            position++;
            try {
                reader.read(IndexEntries.object(entry));
            } catch (IllegalArgumentException e) {
                int at = position;
                add(found, () -> invalid(entry, what, at, e));
            }
        }
    }

    /** Skims the field entries: the members a merge needs, and each entry's place in the bytes. */
    /** @return the byte offset just after the last entry, or {@code afterBracket} when there is none */
    private long skim(JsonParser p, byte[] bytes, Found found, List<VerbatimField> fields, String origin, long afterBracket)
            throws IOException {
        long last = afterBracket;
        int position = 0;
        Map<List<String>, List<String>> shared = new HashMap<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            position++;
            if (p.currentToken() != JsonToken.START_OBJECT) {
                Object entry = JsonValues.read(p);
                int at = position;
                add(found, () -> invalid(entry, "field", at, new IllegalArgumentException("it is not an object")));
                last = -1; // no digest covers what this reader cannot place
                continue;
            }
            long start = p.currentTokenLocation().getByteOffset();
            String className = null;
            String field = null;
            String declaredIn = null;
            String register = null;
            List<String> purposes = List.of();
            List<String> sources = List.of();
            List<String> categories = List.of();
            List<String> subjects = List.of();
            List<String> recipients = List.of();
            boolean positioned = false;
            String wrong = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "className", "field", "declaredIn", "register" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            p.skipChildren();
                            wrong = wrong == null ? name + " is not a text" : wrong;
                        } else if (name.equals("className")) {
                            className = p.getText();
                        } else if (name.equals("field")) {
                            field = p.getText();
                        } else if (name.equals("declaredIn")) {
                            declaredIn = p.getText();
                        } else {
                            register = p.getText();
                        }
                    }
                    case "purposes", "sources", "categories", "subjects", "recipients" -> {
                        List<String> list = strings(p);
                        if (list == null) {
                            wrong = wrong == null ? name + " is not a list of texts" : wrong;
                            continue;
                        }
                        list = shared.computeIfAbsent(list, l -> l);
                        switch (name) {
                            case "purposes" -> purposes = list;
                            case "sources" -> sources = list;
                            case "categories" -> categories = list;
                            case "subjects" -> subjects = list;
                            default -> recipients = list;
                        }
                    }
                    case "sourceFile" -> {
                        positioned = value == JsonToken.VALUE_STRING;
                        p.skipChildren();
                    }
                    default -> p.skipChildren();
                }
            }
            long end = p.currentTokenLocation().getByteOffset();
            last = last < 0 || end < 0 ? -1 : end + 1;
            if (wrong == null && (className == null || field == null)) {
                wrong = (className == null ? "className" : "field") + " is missing";
            }
            if (wrong != null || start < 0 || end < start) {
                String why = wrong == null ? "its place in the file is unknown" : wrong;
                String name = className != null ? className + "." + field : "field " + position;
                add(found, () -> new IndexProblem(IndexProblem.Kind.ENTRY_INVALID, name, why));
                continue;
            }
            fields.add(new VerbatimField(className, field, declaredIn, register, purposes, sources, categories, subjects,
                    recipients, positioned, bytes, (int) start, (int) (end - start + 1), origin));
        }
        return last;
    }

    /** A list of texts at the current token, or {@code null} (and skipped) when it is not one. */
    private static List<String> strings(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        List<String> list = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_STRING) {
                p.skipChildren();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    p.skipChildren();
                }
                return null;
            }
            list.add(p.getText());
        }
        return List.copyOf(list);
    }

    /** Counts a problem, and keeps it while the section has fewer than the limit: no more can be listed. */
    private void add(Found found, java.util.function.Supplier<IndexProblem> problem) {
        found.count++;
        if (found.kept.size() < maxProblems) {
            found.kept.add(problem.get());
        }
    }

    /** An invalid entry, named by its class and field, key, id or position, whichever it has. */
    private static IndexProblem invalid(Object entry, String what, int position, IllegalArgumentException e) {
        Map<?, ?> node = entry instanceof Map<?, ?> map ? map : Map.of();
        String name = node.get("className") instanceof String c ? c + "." + textOrNull(node.get("field"))
                : node.get("key") instanceof String k ? what + " '" + k + "'"
                : node.get("id") instanceof String i ? what + " '" + i + "'"
                : what + " " + position;
        return new IndexProblem(IndexProblem.Kind.ENTRY_INVALID, name, e.getMessage());
    }

    private static String textOrNull(Object value) {
        return value instanceof String s ? s : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
