package fi.seloste.index;

import fi.seloste.IdentityCodeGround;
import fi.seloste.LegalBasis;
import fi.seloste.RecipientKind;
import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;
import fi.seloste.SourceKind;
import fi.seloste.SpecialCategoryCondition;
import fi.seloste.TransferSafeguard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one entry of an index, read as plain values, into its record, checking every member, or says what is wrong
 * with it (an {@link IllegalArgumentException} without a stack trace, cheap enough for millions of bad entries).
 * Equal values of different entries are shared: a large index repeats the same few lists, texts and rules.
 */
final class IndexEntries {

    /** Equal values of different entries, shared. */
    private final Map<Object, Object> shared = new HashMap<>();
    private final Map<String, RetentionPeriod> periods = new HashMap<>();

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object entry) {
        if (!(entry instanceof Map<?, ?>)) {
            throw new Invalid("it is not an object");
        }
        return (Map<String, Object>) entry;
    }

    Register register(Map<String, Object> node, String origin) {
        return new Register(required(node, "id"), texts(node, "names", true), texts(node, "descriptions", false),
                strings(node, "subjects", false), strings(node, "purposes", false), flag(node, "publicAuthority"),
                enums(fi.seloste.Practice.class, node, "none"),
                text(node, "declaredIn"), origin);
    }

    Purpose purpose(Map<String, Object> node, String origin) {
        return new Purpose(required(node, "key"), texts(node, "texts", true),
                enumValue(LegalBasis.class, text(node, "basis"), "basis", true), texts(node, "legitimateInterest", false),
                texts(node, "law", false), flag(node, "directMarketing"),
                enumValue(SpecialCategoryCondition.class, text(node, "specialCondition"), "specialCondition", false),
                text(node, "declaredIn"), origin);
    }

    Term term(Vocabulary kind, Map<String, Object> node, String origin) {
        return new Term(kind, required(node, "key"), texts(node, "texts", true), flag(node, "special"),
                flag(node, "identityCode"),
                enumValue(RecipientKind.class, text(node, "kind"), "kind", kind == Vocabulary.RECIPIENTS),
                text(node, "country"),
                enumValue(TransferSafeguard.class, text(node, "safeguard"), "safeguard", false),
                sourceKind(text(node, "sourceKind")),
                text(node, "declaredIn"), origin);
    }

    Undeclared undeclared(Map<String, Object> node, String origin) {
        return new Undeclared(required(node, "className"), required(node, "field"), text(node, "javaType"),
                text(node, "register"), required(node, "reason"), text(node, "sourceFile"), line(node), origin);
    }

    PersonalField field(Map<String, Object> node, String origin) {
        String className = required(node, "className");
        String field = required(node, "field");
        if (!(node.get("retention") instanceof Map<?, ?>)) {
            throw new Invalid("\"retention\" is missing");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> retention = (Map<String, Object>) node.get("retention");
        String period = text(retention, "period");
        String criteria = text(retention, "criteria");
        if ((period == null) == (criteria == null || criteria.isBlank())) {
            throw new Invalid("\"retention\" needs either a period or criteria");
        }
        RetentionPeriod otherwisePeriod = null;
        RetentionTrigger otherwiseFrom = null;
        if (retention.get("otherwise") instanceof Map<?, ?> otherwise) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fallback = (Map<String, Object>) otherwise;
            String otherwiseText = text(fallback, "period");
            if (otherwiseText == null) {
                throw new Invalid("\"otherwise\" has no period");
            }
            otherwisePeriod = period(otherwiseText);
            otherwiseFrom = enumValue(RetentionTrigger.class, text(fallback, "from"), "from", true);
        } else if (retention.get("otherwise") != null) {
            throw new Invalid("\"otherwise\" is not an object");
        }
        Retention rule = share(new Retention(period == null ? null : period(period),
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
            throw new Invalid("\"lawfulness\" is not an object");
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
            throw new Invalid("unknown sourceKind 'NONE'");
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

    /** A period, parsed once per distinct text: an index repeats a few periods over thousands of entries. */
    private RetentionPeriod period(String text) {
        RetentionPeriod parsed = periods.get(text);
        if (parsed == null) {
            parsed = share(RetentionPeriod.parse(text));
            periods.put(text, parsed);
        }
        return parsed;
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    private static String required(Map<String, Object> node, String name) {
        String value = text(node, name);
        if (value == null || value.isBlank()) {
            throw new Invalid("\"" + name + "\" is missing");
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
            throw new Invalid("\"" + name + "\" is not true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    private static int line(Map<String, Object> node) {
        Object value = node.get("line");
        if (value != null && !(value instanceof Integer)) {
            throw new Invalid("\"line\" is not a whole number");
        }
        return value == null ? 0 : (Integer) value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name, boolean required) {
        if (value == null) {
            if (required) {
                throw new Invalid("\"" + name + "\" is missing");
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) { // no exception for an unknown name: there may be millions
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new Invalid("unknown " + name + " '" + value + "'");
    }

    /**
     * @return {@code value}, when it names a constant of {@code type} other than {@code NONE} (which the processor
     *     never writes: it leaves the member out), or {@code null}
     */
    private static <E extends Enum<E>> String choice(Class<E> type, String value, String name) {
        E constant = enumValue(type, value, name, false);
        if (constant != null && constant.name().equals("NONE")) {
            throw new Invalid("unknown " + name + " 'NONE'");
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
                    throw new Invalid("text '" + language + "' is blank or not a language code");
                }
                texts.put(language, whole(text, language));
            }
        }
        if (required && !texts.containsKey("fi")) {
            throw new Invalid("the Finnish text is missing");
        }
        return Records.map(texts);
    }

    private static List<String> strings(Map<String, Object> node, String name, boolean required) {
        Object array = node.get(name);
        if (array == null) {
            if (required) {
                throw new Invalid("\"" + name + "\" is missing or empty");
            }
            return List.of();
        }
        if (!(array instanceof List<?> list) || (required && list.isEmpty())) {
            throw new Invalid("\"" + name + "\" is missing or empty");
        }
        List<String> result = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw new Invalid("\"" + name + "\" holds a blank or non-text value");
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
                throw new Invalid("\"" + name + "\" holds half of a surrogate pair alone (an escape such "
                        + "as \\ud800 without its partner), which is not text");
            }
        }
        return text;
    }

    /**
     * An entry's problem, thrown from deep inside its reading and caught once per entry. It has no stack trace: an
     * index with millions of invalid entries must be read in seconds.
     */
    private static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
