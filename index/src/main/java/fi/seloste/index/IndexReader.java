package fi.seloste.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import fi.seloste.IdentityCodeGround;
import fi.seloste.LegalBasis;
import fi.seloste.RecipientKind;
import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;
import fi.seloste.SourceKind;
import fi.seloste.SpecialCategoryCondition;
import fi.seloste.TransferSafeguard;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an index as untrusted input, the one reader of the format: bounded size, depth and text length, no
 * duplicate keys, no trailing data, a checked schema version, and every entry checked; an invalid entry is
 * reported and left out while the others are read. Problems come in the same order whatever the order of the
 * members in the file: registers, purposes, vocabularies, fields, undeclared fields.
 *
 * <p>Streamed: the {@code fields} array, almost all of a large index, is read one entry at a time, and equal values
 * are shared between entries. One reader serves one run; it is not thread-safe.
 */
public final class IndexReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(IndexFormat.MAX_BYTES)
                    .maxNestingDepth(IndexFormat.MAX_NESTING)
                    .maxStringLength(IndexFormat.MAX_TEXT)
                    .maxNumberLength(12)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * What reading gave.
     *
     * @param index the index; without the entries that have problems, and empty when it cannot be read
     * @param problems what is wrong, in the order described above; empty when nothing is
     */
    public record Reading(Index index, List<IndexProblem> problems) {}

    /** Equal values of different entries, shared: a large index repeats the same few lists, texts and rules. */
    private final Map<Object, Object> shared = new HashMap<>();

    /**
     * @param in the index bytes; not closed
     * @param origin where they came from, set on the index and every entry ({@code group:artifact:version} or a path)
     * @return the index and its problems
     */
    public Reading read(InputStream in, String origin) {
        Map<String, Object> members = new HashMap<>();
        List<PersonalField> fields = new ArrayList<>();
        List<IndexProblem> fieldProblems = new ArrayList<>();
        boolean fieldsArray = false;
        try (JsonParser p = FACTORY.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonToken token = p.nextToken();
            if (token != JsonToken.START_OBJECT) {
                if (token != null) {
                    p.skipChildren(); // a syntax error further on is reported as such, as for any index
                    verifyEnd(p);
                }
                return unreadable(origin, "it is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() == JsonToken.START_ARRAY && name.equals("fields")) {
                    fieldsArray = true;
                    int position = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        Object entry = JsonValues.read(p);
                        position++;
                        try {
                            fields.add(field(object(entry), origin));
                        } catch (IllegalArgumentException e) {
                            fieldProblems.add(invalid(entry, "field", position, e));
                        }
                    }
                } else {
                    members.put(name, JsonValues.read(p));
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
        List<Register> registers = new ArrayList<>();
        each(members.get("registers"), "register", problems, node -> registers.add(register(node, origin)));
        List<Purpose> purposes = new ArrayList<>();
        each(members.get("purposes"), "purpose", problems, node -> purposes.add(purpose(node, origin)));
        List<Term> terms = new ArrayList<>();
        Object vocabulary = members.get("vocabulary");
        for (Vocabulary kind : Vocabulary.values()) {
            Object list = vocabulary instanceof Map<?, ?> map ? map.get(kind.indexName()) : null;
            each(list, kind.indexName(), problems, node -> terms.add(term(kind, node, origin)));
        }
        problems.addAll(fieldProblems);
        List<Undeclared> undeclared = new ArrayList<>();
        each(members.get("undeclared"), "undeclared field", problems, node -> undeclared.add(undeclared(node, origin)));
        Object generator = members.get("generator");
        Object mode = members.get("mode");
        Index index = new Index(IndexFormat.SCHEMA_VERSION, generator instanceof String s ? s : null,
                mode instanceof String s ? s : null, registers, purposes, terms, fields, undeclared, origin);
        return new Reading(index, List.copyOf(problems));
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

    private static void each(Object array, String what, List<IndexProblem> problems, EntryReader reader) {
        if (array == null) {
            return;
        }
        if (!(array instanceof List<?> list)) {
            problems.add(new IndexProblem(IndexProblem.Kind.UNREADABLE, null, "its " + what + " list is not an array"));
            return;
        }
        int position = 0;
        for (Object entry : list) {
            position++;
            try {
                reader.read(object(entry));
            } catch (IllegalArgumentException e) {
                problems.add(invalid(entry, what, position, e));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object entry) {
        if (!(entry instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("it is not an object");
        }
        return (Map<String, Object>) entry;
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

    private Register register(Map<String, Object> node, String origin) {
        return new Register(required(node, "id"), texts(node, "names", true), texts(node, "descriptions", false),
                strings(node, "subjects", false), strings(node, "purposes", false), flag(node, "publicAuthority"),
                enums(fi.seloste.Practice.class, node, "none"),
                text(node, "declaredIn"), origin);
    }

    private Purpose purpose(Map<String, Object> node, String origin) {
        return new Purpose(required(node, "key"), texts(node, "texts", true),
                enumValue(LegalBasis.class, text(node, "basis"), "basis", true), texts(node, "legitimateInterest", false),
                texts(node, "law", false), flag(node, "directMarketing"),
                enumValue(SpecialCategoryCondition.class, text(node, "specialCondition"), "specialCondition", false),
                text(node, "declaredIn"), origin);
    }

    private Term term(Vocabulary kind, Map<String, Object> node, String origin) {
        return new Term(kind, required(node, "key"), texts(node, "texts", true), flag(node, "special"),
                flag(node, "identityCode"),
                enumValue(RecipientKind.class, text(node, "kind"), "kind", kind == Vocabulary.RECIPIENTS),
                text(node, "country"),
                enumValue(TransferSafeguard.class, text(node, "safeguard"), "safeguard", false),
                sourceKind(text(node, "sourceKind")),
                text(node, "declaredIn"), origin);
    }

    private Undeclared undeclared(Map<String, Object> node, String origin) {
        return new Undeclared(required(node, "className"), required(node, "field"), text(node, "javaType"),
                text(node, "register"), required(node, "reason"), text(node, "sourceFile"), line(node), origin);
    }

    private PersonalField field(Map<String, Object> node, String origin) {
        String className = required(node, "className");
        String field = required(node, "field");
        if (!(node.get("retention") instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("\"retention\" is missing");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> retention = (Map<String, Object>) node.get("retention");
        String period = text(retention, "period");
        String criteria = text(retention, "criteria");
        if ((period == null) == (criteria == null || criteria.isBlank())) {
            throw new IllegalArgumentException("\"retention\" needs either a period or criteria");
        }
        RetentionPeriod otherwisePeriod = null;
        RetentionTrigger otherwiseFrom = null;
        if (retention.get("otherwise") instanceof Map<?, ?> otherwise) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fallback = (Map<String, Object>) otherwise;
            String otherwiseText = text(fallback, "period");
            if (otherwiseText == null) {
                throw new IllegalArgumentException("\"otherwise\" has no period");
            }
            otherwisePeriod = share(RetentionPeriod.parse(otherwiseText));
            otherwiseFrom = enumValue(RetentionTrigger.class, text(fallback, "from"), "from", true);
        } else if (retention.get("otherwise") != null) {
            throw new IllegalArgumentException("\"otherwise\" is not an object");
        }
        Retention rule = share(new Retention(period == null ? null : share(RetentionPeriod.parse(period)),
                enumValue(RetentionTrigger.class, text(retention, "from"), "from", period != null), share(criteria),
                share(text(retention, "law")), otherwisePeriod, otherwiseFrom, texts(retention, "criteriaTexts", false),
                texts(retention, "lawTexts", false)));
        return new PersonalField(
                share(className),
                field,
                share(text(node, "declaredIn")),
                share(required(node, "javaType")),
                share(text(node, "register")),
                share(texts(node, "labels", false)),
                share(strings(node, "purposes", true)),
                share(strings(node, "sources", true)),
                share(strings(node, "categories", false)),
                share(strings(node, "subjects", false)),
                share(strings(node, "recipients", false)),
                rule,
                flag(node, "special"),
                share(choice(SpecialCategoryCondition.class, text(node, "specialCondition"), "specialCondition")),
                share(choice(IdentityCodeGround.class, text(node, "identityCodeGround"), "identityCodeGround")),
                share(lawfulness(node)),
                sourceKind(text(node, "sourceKind")),
                share(text(node, "sourceFile")),
                line(node),
                origin);
    }

    /** The free-text legal facts, when the entry has them: a basis is then required. */
    private static Lawfulness lawfulness(Map<String, Object> node) {
        Object value = node.get("lawfulness");
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("\"lawfulness\" is not an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) value;
        return new Lawfulness(enumValue(LegalBasis.class, text(facts, "basis"), "basis", true),
                text(facts, "legitimateInterest"), text(facts, "law"), flag(facts, "directMarketing"));
    }

    /** A source kind; {@code NONE} is never written (the member is left out instead). */
    private static SourceKind sourceKind(String value) {
        SourceKind kind = enumValue(SourceKind.class, value, "sourceKind", false);
        if (kind == SourceKind.NONE) {
            throw new IllegalArgumentException("unknown sourceKind 'NONE'");
        }
        return kind;
    }

    /** A list of enum constants, empty when left out. */
    private static <E extends Enum<E>> List<E> enums(Class<E> type, Map<String, Object> node, String name) {
        List<E> values = new ArrayList<>();
        for (String value : strings(node, name, false)) {
            values.add(enumValue(type, value, name, true));
        }
        return List.copyOf(values);
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    private static String required(Map<String, Object> node, String name) {
        String value = text(node, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        return value;
    }

    /** A text member; anything but text counts as absent. */
    private static String text(Map<String, Object> node, String name) {
        return node.get(name) instanceof String s ? whole(s, name) : null;
    }

    private static boolean flag(Map<String, Object> node, String name) {
        Object value = node.get(name);
        if (value != null && !(value instanceof Boolean)) {
            throw new IllegalArgumentException("\"" + name + "\" is not true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    private static int line(Map<String, Object> node) {
        Object value = node.get("line");
        if (value != null && !(value instanceof Integer)) {
            throw new IllegalArgumentException("\"line\" is not a whole number");
        }
        return value == null ? 0 : (Integer) value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name, boolean required) {
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("\"" + name + "\" is missing");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + name + " '" + value + "'");
        }
    }

    /**
     * @return {@code value}, when it names a constant of {@code type} other than {@code NONE} (which the processor
     *     never writes: it leaves the member out), or {@code null}
     */
    private static <E extends Enum<E>> String choice(Class<E> type, String value, String name) {
        E constant = enumValue(type, value, name, false);
        if (constant != null && constant.name().equals("NONE")) {
            throw new IllegalArgumentException("unknown " + name + " 'NONE'");
        }
        return value;
    }

    /** Texts by language: each a two-letter code with a text that is not blank; {@code required}: Finnish among them. */
    private static Map<String, String> texts(Map<String, Object> node, String name, boolean required) {
        Map<String, String> texts = new java.util.TreeMap<>();
        if (node.get(name) instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String language = (String) e.getKey();
                if (!(e.getValue() instanceof String text) || text.isBlank() || !isLanguageCode(language)) {
                    throw new IllegalArgumentException("text '" + language + "' is blank or not a language code");
                }
                texts.put(language, whole(text, language));
            }
        }
        if (required && !texts.containsKey("fi")) {
            throw new IllegalArgumentException("the Finnish text is missing");
        }
        return Records.map(texts);
    }

    private static List<String> strings(Map<String, Object> node, String name, boolean required) {
        Object array = node.get(name);
        if (array == null) {
            if (required) {
                throw new IllegalArgumentException("\"" + name + "\" is missing or empty");
            }
            return List.of();
        }
        if (!(array instanceof List<?> list) || (required && list.isEmpty())) {
            throw new IllegalArgumentException("\"" + name + "\" is missing or empty");
        }
        List<String> result = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw new IllegalArgumentException("\"" + name + "\" holds a blank or non-text value");
            }
            result.add(whole(text, name));
        }
        return List.copyOf(result);
    }

    /** Whether the key is two letters {@code a} to {@code z}. */
    private static boolean isLanguageCode(String key) {
        return key.length() == 2 && key.charAt(0) >= 'a' && key.charAt(0) <= 'z' && key.charAt(1) >= 'a' && key.charAt(1) <= 'z';
    }

    /** @return the text, when it holds no lone surrogate (which no UTF-8 output could write) */
    private static String whole(String text, String name) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("\"" + name + "\" holds half of a surrogate pair alone (an escape such "
                        + "as \\ud800 without its partner), which is not text");
            }
        }
        return text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
