package fi.seloste.core.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import fi.seloste.IdentityCodeGround;
import fi.seloste.LegalBasis;
import fi.seloste.Practice;
import fi.seloste.RecipientKind;
import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;
import fi.seloste.SourceKind;
import fi.seloste.SpecialCategoryCondition;
import fi.seloste.TransferSafeguard;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.model.DeclaredSource;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.record.PublishedRecord.Activity;
import fi.seloste.core.record.PublishedRecord.Named;
import fi.seloste.core.record.RecordMembers.Invalid;
import fi.seloste.core.render.RecordWriter;
import fi.seloste.index.Lawfulness;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Retention;
import fi.seloste.index.Term;
import fi.seloste.index.Undeclared;
import fi.seloste.index.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a published {@code register.json} as untrusted input, as the index reader reads an index: it comes from a
 * repository, written by another build or changed by hand. Bounded size, depth and text length, no duplicate keys, no
 * trailing data, a checked schema version, every member checked against the record's schema
 * ({@code fi/seloste/schema/register.schema.json}); every problem is a {@code SELOSTE-M71x} diagnostic naming the
 * record and the entry, never an exception.
 *
 * <p>Free-text purposes and sources carry their legal facts on the register's purpose and source lists, not on the
 * fields; the reader gives each field back the basis and source kind the record states for its texts, so the fields
 * read back say what the processor's index said.
 */
public final class RecordReader {

    /** The largest record read, in bytes, checked before parsing: some 200,000 fields. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    /** The deepest nesting of JSON values read (the record itself nests six deep). */
    static final int MAX_NESTING = 16;

    /** The longest single text read, in characters (an organisation's Markdown texts included). */
    static final int MAX_TEXT = 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_BYTES)
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_TEXT)
                    .maxNumberLength(12)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern REGISTER_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern BUSINESS_ID = Pattern.compile("\\d{7}-\\d");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private static final Set<String> TOP = Set.of("schemaVersion", "controller", "jointControllers", "representative",
            "contactPersons", "dataProtectionOfficer", "publicAuthority", "noticeDate", "processingActivities");
    private static final Set<String> PARTY = Set.of("name", "businessId", "address", "phone", "email", "web");
    private static final Set<String> CONTACT = Set.of("name", "titles", "address", "phone", "email", "web");
    private static final Set<String> ACTIVITY = Set.of("id", "names", "descriptions", "purposes", "dataSubjects",
            "categoriesOfPersonalData", "sources", "recipients", "transfers", "none", "undeclared", "retention",
            "security", "fields");
    private static final Set<String> SOURCE = Set.of("key", "texts", "kind");
    private static final Set<String> RECIPIENT = Set.of("key", "texts", "kind", "country");

    /** Equal values of different fields, shared: a large record repeats the same few lists and rules. */
    private final Map<Object, Object> shared = new HashMap<>();

    /**
     * @param source the file and the coordinates it is reported under
     * @param problems where every problem goes
     * @return the record, without the entries that have problems; empty when it cannot be read at all
     */
    public Optional<PublishedRecord> read(RecordSource source, Problems problems) {
        try {
            long size = Files.size(source.path());
            if (size > MAX_BYTES) {
                problems.report(Diagnostic.RECORD_UNREADABLE, source.coordinates(),
                        "it is " + size + " bytes, more than the " + MAX_BYTES + " a record may have");
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(source.path())) {
                return read(in, source.coordinates(), problems);
            }
        } catch (NoSuchFileException e) {
            problems.report(Diagnostic.RECORD_UNREADABLE, source.coordinates(), "there is no file " + source.path());
        } catch (IOException e) {
            problems.report(Diagnostic.RECORD_UNREADABLE, source.coordinates(), firstLine(e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * @param in the record's bytes; not closed
     * @param coordinates where they came from, for messages
     * @param problems where every problem goes
     * @return the record, without the entries that have problems; empty when it cannot be read at all
     */
    public Optional<PublishedRecord> read(InputStream in, String coordinates, Problems problems) {
        Map<String, Object> members = new LinkedHashMap<>();
        List<Activity> activities = new ArrayList<>();
        Problems entryProblems = new Problems();
        boolean activityArray = false;
        try (JsonParser p = FACTORY.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonToken token = p.nextToken();
            if (token != JsonToken.START_OBJECT) {
                if (token != null) {
                    p.skipChildren();
                    verifyEnd(p);
                }
                problems.report(Diagnostic.RECORD_UNREADABLE, coordinates, "it is not a JSON object");
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() == JsonToken.START_ARRAY && name.equals("processingActivities")) {
                    activityArray = true;
                    int position = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        Object entry = JsonTree.read(p);
                        position++;
                        activity(entry, position, coordinates, entryProblems).ifPresent(activities::add);
                    }
                } else {
                    members.put(name, JsonTree.read(p));
                }
            }
            verifyEnd(p);
        } catch (IOException e) {
            problems.report(Diagnostic.RECORD_UNREADABLE, coordinates, firstLine(e.getMessage()));
            return Optional.empty();
        }
        Object version = members.get("schemaVersion");
        if (!(version instanceof Integer v) || v != RecordWriter.SCHEMA_VERSION) {
            problems.report(Diagnostic.RECORD_VERSION_UNSUPPORTED, coordinates,
                    version == null ? "(none)" : String.valueOf(version), RecordWriter.SCHEMA_VERSION);
            return Optional.empty();
        }
        Controller controller = null;
        boolean publicAuthority = false;
        java.time.LocalDate noticeDate = null;
        try {
            RecordMembers top = RecordMembers.of(members, "").only(TOP);
            if (!activityArray) {
                top.array("processingActivities", true); // missing, or not an array
            }
            controller = party(top.object("controller", true));
            for (Object joint : top.array("jointControllers", true)) {
                party(RecordMembers.of(joint, "jointControllers[]"));
            }
            if (top.has("representative")) {
                party(top.object("representative", true));
            }
            for (Object contact : top.array("contactPersons", false)) {
                contact(RecordMembers.of(contact, "contactPersons[]"));
            }
            if (top.has("dataProtectionOfficer")) {
                contact(top.object("dataProtectionOfficer", true));
            }
            publicAuthority = top.bool("publicAuthority", true);
            noticeDate = date(top.text("noticeDate", false));
        } catch (Invalid e) {
            problems.report(Diagnostic.RECORD_ENTRY_INVALID, coordinates, "organisation", e.getMessage());
        }
        problems.reportAll(entryProblems);
        if (controller == null) {
            return Optional.empty();
        }
        return Optional.of(new PublishedRecord(coordinates, controller, publicAuthority, activities, noticeDate));
    }

    private static java.time.LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new Invalid("noticeDate is '" + text + "', not a date such as 2026-02-13");
        }
    }

    private static Controller party(RecordMembers node) {
        node.only(PARTY);
        return new Controller(node.text("name", true), node.text("businessId", false, BUSINESS_ID),
                node.text("address", false), node.text("phone", false), node.text("email", false), node.text("web", false));
    }

    private static void contact(RecordMembers node) {
        node.only(CONTACT);
        node.text("name", false);
        node.texts("titles", false);
        node.text("address", false);
        node.text("phone", false);
        node.text("email", false);
        node.text("web", false);
    }

    /** One register; a problem with one of its fields is reported and the field left out, the rest is read. */
    private Optional<Activity> activity(Object entry, int position, String coordinates, Problems problems) {
        String what = "register " + position;
        try {
            RecordMembers node = RecordMembers.of(entry, "processingActivities[" + position + "]").only(ACTIVITY);
            String id = node.text("id", true, REGISTER_ID);
            what = "register '" + id + "'";
            Map<String, String> names = node.texts("names", true);
            Map<String, String> descriptions = node.texts("descriptions", false);

            List<DeclaredPurpose> purposes = new ArrayList<>();
            for (Object item : node.array("purposes", true)) {
                purposes.add(purpose(RecordMembers.of(item, "purposes[]"), coordinates));
            }
            List<Named> subjects = named(node.array("dataSubjects", true), "dataSubjects[]");
            List<Named> categories = named(node.array("categoriesOfPersonalData", true), "categoriesOfPersonalData[]");
            List<RecordMembers> sourceNodes = new ArrayList<>();
            for (Object item : node.array("sources", true)) {
                sourceNodes.add(RecordMembers.of(item, "sources[]").only(SOURCE));
            }
            Map<String, TransferSafeguard> safeguards = new LinkedHashMap<>();
            Map<String, String> transferCountries = new LinkedHashMap<>();
            for (Object item : node.array("transfers", true)) {
                RecordMembers t = RecordMembers.of(item, "transfers[]");
                String recipient = t.text("recipient", true);
                transferCountries.put(recipient, t.text("country", true, COUNTRY));
                safeguards.put(recipient, t.constant(TransferSafeguard.class, "safeguard", true));
            }
            List<Term> recipients = new ArrayList<>();
            for (Object item : node.array("recipients", true)) {
                RecordMembers r = RecordMembers.of(item, "recipients[]").only(RECIPIENT);
                String key = r.text("key", true);
                String country = r.text("country", false, COUNTRY);
                if (safeguards.containsKey(key) && !transferCountries.get(key).equals(country)) {
                    throw new Invalid("the transfer to '" + key + "' names country " + transferCountries.get(key)
                            + ", the recipient " + country);
                }
                recipients.add(new Term(Vocabulary.RECIPIENTS, key, r.texts("texts", true), false, false,
                        r.constant(RecipientKind.class, "kind", true), country, safeguards.get(key), null, null, coordinates));
            }
            for (String recipient : safeguards.keySet()) {
                if (recipients.stream().noneMatch(r -> r.key().equals(recipient))) {
                    throw new Invalid("the transfer to '" + recipient + "' names no listed recipient");
                }
            }
            Set<Practice> none = EnumSet.noneOf(Practice.class);
            for (String key : node.strings("none", false, false)) {
                none.add(Organisation.practice(key).orElseThrow(() -> new Invalid("\"none\" names '" + key
                        + "', which is not a practice")));
            }
            for (Object item : node.array("retention", true)) {
                RecordMembers rule = RecordMembers.of(item, "retention[]");
                retention(rule);
                rule.strings("fields", false, false);
            }
            RecordMembers security = node.object("security", true);
            List<String> manual = security.strings("manual", true, false);
            List<String> electronic = security.strings("electronic", true, false);
            security.texts("texts", false);

            String register = id.equals(fi.seloste.core.model.ProcessingActivity.DEFAULT_ID) ? null : id;
            Map<String, List<DeclaredPurpose>> freeTextPurposes = new LinkedHashMap<>();
            purposes.stream().filter(DeclaredPurpose::freeText)
                    .forEach(p -> freeTextPurposes.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
            Set<String> keyedPurposes = new LinkedHashSet<>();
            purposes.stream().filter(p -> !p.freeText()).forEach(p -> keyedPurposes.add(p.key()));
            Map<String, SourceKind> freeTextSources = new LinkedHashMap<>();
            Set<String> keyedSources = new LinkedHashSet<>();
            for (RecordMembers s : sourceNodes) {
                String key = s.text("key", false);
                Map<String, String> texts = s.texts("texts", true);
                SourceKind kind = s.constant(SourceKind.class, "kind", true);
                if (key == null) {
                    freeTextSources.put(finnish(texts, "sources[]"), kind);
                } else {
                    keyedSources.add(key);
                }
            }
            Set<String> recipientKeys = new LinkedHashSet<>();
            recipients.forEach(r -> recipientKeys.add(r.key()));

            List<PersonalField> fields = new ArrayList<>();
            int fieldPosition = 0;
            for (Object item : node.array("fields", true)) {
                fieldPosition++;
                try {
                    fields.add(field(RecordMembers.of(item, "fields[" + fieldPosition + "]"), register, keyedPurposes,
                            freeTextPurposes, keyedSources, freeTextSources, recipientKeys, coordinates));
                } catch (Invalid e) {
                    Object className = item instanceof Map<?, ?> map ? map.get("className") : null;
                    Object field = item instanceof Map<?, ?> map ? map.get("field") : null;
                    problems.report(Diagnostic.RECORD_ENTRY_INVALID, coordinates, (className instanceof String c
                            && field instanceof String f ? "field " + c + "#" + f : "field " + fieldPosition) + " of " + what,
                            e.getMessage());
                } catch (Ambiguous e) {
                    problems.report(Diagnostic.RECORD_PURPOSE_AMBIGUOUS, coordinates, e.purpose, e.bases, e.field);
                }
            }
            List<Undeclared> undeclared = new ArrayList<>();
            for (Object item : node.array("undeclared", false)) {
                RecordMembers u = RecordMembers.of(item, "undeclared[]");
                undeclared.add(new Undeclared(u.text("className", true), u.text("field", true), null, register,
                        u.text("reason", true), null, 0, coordinates));
            }
            List<DeclaredSource> sources = new ArrayList<>();
            for (RecordMembers s : sourceNodes) {
                String key = s.text("key", false);
                Map<String, String> texts = s.texts("texts", true);
                String fieldKey = key != null ? key : texts.get("fi");
                sources.add(new DeclaredSource(fieldKey, key == null, texts, s.constant(SourceKind.class, "kind", true),
                        fields.stream().filter(f -> f.sources().contains(fieldKey)).toList()));
            }
            return Optional.of(new Activity(id, names, descriptions, purposes, subjects, categories, sources, recipients,
                    none, manual, electronic, fields, undeclared));
        } catch (Invalid e) {
            problems.report(Diagnostic.RECORD_ENTRY_INVALID, coordinates, what, e.getMessage());
            return Optional.empty();
        }
    }

    private static DeclaredPurpose purpose(RecordMembers p, String coordinates) {
        String key = p.text("key", false);
        Map<String, String> texts = p.texts("texts", true);
        LegalBasis basis = p.constant(LegalBasis.class, "legalBasis", true);
        if (key == null) {
            key = finnish(texts, "purposes[]");
        }
        return new DeclaredPurpose(key, !p.has("key"), texts, basis, p.texts("legitimateInterest", false),
                p.texts("law", false), p.bool("directMarketing", false),
                p.constant(SpecialCategoryCondition.class, "specialCategoryCondition", false), coordinates);
    }

    private static List<Named> named(List<Object> items, String path) {
        List<Named> named = new ArrayList<>();
        for (Object item : items) {
            RecordMembers t = RecordMembers.of(item, path);
            String key = t.text("key", false);
            Map<String, String> texts = t.texts("texts", true);
            if (key == null) {
                finnish(texts, path);
            }
            t.constant(RecipientKind.class, "kind", false);
            named.add(new Named(key, texts, t.bool("special", false)));
        }
        return named;
    }

    /** A free text is written in Finnish only, and fields name it by that text. */
    private static String finnish(Map<String, String> texts, String path) {
        String text = texts.get("fi");
        if (text == null || texts.size() != 1) {
            throw new Invalid("\"" + path + "\" has no key, so it must be a Finnish free text, but its texts are "
                    + texts.keySet());
        }
        return text;
    }

    private Retention retention(RecordMembers rule) {
        String period = rule.text("period", false);
        String criteria = rule.text("criteria", false);
        if ((period == null) == (criteria == null)) {
            throw new Invalid("\"retention\" needs either a period with \"from\" or criteria");
        }
        RetentionPeriod parsed = null;
        if (period != null) {
            try {
                parsed = RetentionPeriod.parse(period);
            } catch (RuntimeException e) {
                throw new Invalid("\"retention.period\" is '" + period + "', which is not a period such as P4M");
            }
        }
        RetentionPeriod otherwisePeriod = null;
        RetentionTrigger otherwiseFrom = null;
        RecordMembers otherwise = rule.object("otherwise", false);
        if (otherwise != null) {
            otherwisePeriod = period(otherwise.text("period", true));
            otherwiseFrom = otherwise.constant(RetentionTrigger.class, "from", true);
        }
        return share(new Retention(share(parsed), rule.constant(RetentionTrigger.class, "from", period != null),
                share(criteria), share(rule.text("law", false)), share(otherwisePeriod), otherwiseFrom,
                share(rule.texts("criteriaTexts", false)), share(rule.texts("lawTexts", false))));
    }

    private static RetentionPeriod period(String period) {
        try {
            return RetentionPeriod.parse(period);
        } catch (RuntimeException e) {
            throw new Invalid("\"retention.otherwise.period\" is '" + period + "', which is not a period such as P120Y");
        }
    }

    private PersonalField field(RecordMembers f, String register, Set<String> keyedPurposes,
            Map<String, List<DeclaredPurpose>> freeTextPurposes, Set<String> keyedSources,
            Map<String, SourceKind> freeTextSources, Set<String> recipients, String coordinates) {
        String className = f.text("className", true);
        String name = f.text("field", true);
        List<String> purposes = share(f.strings("purposes", true, true));
        List<String> sources = share(f.strings("sources", true, true));
        List<String> recipientKeys = share(f.strings("recipients", false, false));
        Lawfulness lawfulness = null;
        Set<List<Object>> bases = new LinkedHashSet<>();
        for (String purpose : purposes) {
            if (keyedPurposes.contains(purpose)) {
                continue;
            }
            List<DeclaredPurpose> written = freeTextPurposes.get(purpose);
            if (written == null) {
                throw new Invalid("it names purpose '" + purpose + "', which its register does not list");
            }
            if (written.size() > 1) {
                throw new Ambiguous(purpose, written.size(), className + "#" + name);
            }
            DeclaredPurpose p = written.get(0);
            lawfulness = new Lawfulness(p.basis(), p.legitimateInterest().get("fi"), p.law().get("fi"), p.directMarketing());
            bases.add(List.of(lawfulness));
        }
        if (bases.size() > 1) {
            throw new Invalid("its free-text purposes have different legal bases, which one field cannot have");
        }
        SourceKind sourceKind = null;
        for (String source : sources) {
            if (keyedSources.contains(source)) {
                continue;
            }
            SourceKind kind = freeTextSources.get(source);
            if (kind == null) {
                throw new Invalid("it names source '" + source + "', which its register does not list");
            }
            sourceKind = sourceKind == null || kind == SourceKind.THIRD_PARTY ? kind : sourceKind;
        }
        for (String recipient : recipientKeys) {
            if (!recipients.contains(recipient)) {
                throw new Invalid("it names recipient '" + recipient + "', which its register does not list");
            }
        }
        RecordMembers rule = f.object("retention", true);
        return new PersonalField(share(className), name, share(f.text("declaredIn", false)), share(f.text("javaType", true)),
                share(register), share(f.texts("labels", true)), purposes, sources,
                share(f.strings("categories", false, false)), share(f.strings("subjects", false, false)), recipientKeys,
                retention(rule), f.bool("special", true), share(name(f.constant(SpecialCategoryCondition.class,
                        "specialCategoryCondition", false))),
                share(name(f.constant(IdentityCodeGround.class, "identityCodeGround", false))), share(lawfulness),
                sourceKind, share(f.text("sourceFile", false)), f.integer("line"), share(f.text("origin", true)));
    }

    /** A free-text purpose the record lists with more than one basis: which one a field has cannot be told. */
    private static final class Ambiguous extends RuntimeException {

        private static final long serialVersionUID = 1L;
        final String purpose;
        final int bases;
        final String field;

        Ambiguous(String purpose, int bases, String field) {
            super(purpose, null, false, false);
            this.purpose = purpose;
            this.bases = bases;
            this.field = field;
        }
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    /** Nothing may follow the record's one JSON value. */
    private static void verifyEnd(JsonParser p) throws IOException {
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
            throw new IOException("something follows the record's JSON object (" + trailing + "), which is not allowed");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
