package fi.seloste.core.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import fi.seloste.core.model.Catalogue;
import fi.seloste.core.model.Contact;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.model.DeclaredSource;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.ProcessingActivity;
import fi.seloste.core.model.Recipients;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Undeclared;
import fi.seloste.index.Retention;
import fi.seloste.index.Term;
import fi.seloste.index.Vocabulary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the Art. 30(1) record of processing activities as language-neutral JSON ({@code register.json}):
 * items (a) to (g) per activity, with every text in every language it has and every field's origin.
 * Its shape is described by {@code fi/seloste/schema/register.schema.json}.
 *
 * <p>The record lists every field, so it grows with the code (about 1 kB per field): it is streamed to its
 * writer, never held as a tree or a string. Map entries are written in key order, as Jackson's
 * {@code ORDER_MAP_ENTRIES_BY_KEYS} would. How the JSON text is laid out and encoded is {@link RecordJson}'s job.
 */
public final class RecordWriter {

    /** The record format version; raised when the format changes incompatibly. */
    public static final int SCHEMA_VERSION = 1;

    private final RecordJson json = new RecordJson();

    private static final SerializableString CLASS_NAME = new SerializedString("className");
    private static final SerializableString FIELD = new SerializedString("field");
    private static final SerializableString DECLARED_IN = new SerializedString("declaredIn");
    private static final SerializableString JAVA_TYPE = new SerializedString("javaType");
    private static final SerializableString LABELS = new SerializedString("labels");
    private static final SerializableString PURPOSES = new SerializedString("purposes");
    private static final SerializableString SOURCES = new SerializedString("sources");
    private static final SerializableString CATEGORIES = new SerializedString("categories");
    private static final SerializableString SUBJECTS = new SerializedString("subjects");
    private static final SerializableString RECIPIENTS = new SerializedString("recipients");
    private static final SerializableString RETENTION = new SerializedString("retention");
    private static final SerializableString PERIOD = new SerializedString("period");
    private static final SerializableString FROM = new SerializedString("from");
    private static final SerializableString CRITERIA = new SerializedString("criteria");
    private static final SerializableString LAW = new SerializedString("law");
    private static final SerializableString SPECIAL = new SerializedString("special");
    private static final SerializableString SPECIAL_CONDITION = new SerializedString("specialCategoryCondition");
    private static final SerializableString IDENTITY_CODE_GROUND = new SerializedString("identityCodeGround");
    private static final SerializableString SOURCE_FILE = new SerializedString("sourceFile");
    private static final SerializableString LINE = new SerializedString("line");
    private static final SerializableString ORIGIN = new SerializedString("origin");
    private static final Map<String, SerializableString> LANGUAGES = new ConcurrentHashMap<>();

    private final java.time.LocalDate noticeDate;

    /** A writer of records that carry no notice date. */
    public RecordWriter() {
        this(null);
    }

    /**
     * @param noticeDate the notices' date, written as {@code noticeDate} so a later release can tell which change
     *     entries are newer than this record, or {@code null} for none
     */
    public RecordWriter(java.time.LocalDate noticeDate) {
        this.noticeDate = noticeDate;
    }

    /**
     * @param organisation the organisation facts
     * @param catalogue the merged declarations
     * @param activities the registers
     * @return the record as JSON text ending in a newline
     */
    public String json(Organisation organisation, Catalogue catalogue, List<ProcessingActivity> activities) {
        StringWriter out = new StringWriter();
        try {
            write(out, organisation, catalogue, activities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the record; the writer is flushed, not closed.
     *
     * @param out where the JSON text goes, ending in a newline
     * @param organisation the organisation facts
     * @param catalogue the merged declarations
     * @param activities the registers
     * @throws IOException when the writer fails
     */
    public void write(Writer out, Organisation organisation, Catalogue catalogue, List<ProcessingActivity> activities)
            throws IOException {
        try (JsonGenerator g = json.generator(out)) {
            record(g, organisation, catalogue, activities);
        }
        out.write('\n');
        out.flush();
    }

    /**
     * Writes the record as UTF-8 bytes, with the same text as {@link #write(Writer, Organisation, Catalogue, List)}
     * but without a character encoder in between, which would take more time than the JSON itself; the stream is
     * flushed, not closed.
     *
     * @param out where the JSON text goes, UTF-8, ending in a newline
     * @param organisation the organisation facts
     * @param catalogue the merged declarations
     * @param activities the registers
     * @throws IOException when the stream fails, or a text is not valid UTF-16 (a lone surrogate)
     */
    public void write(OutputStream out, Organisation organisation, Catalogue catalogue, List<ProcessingActivity> activities)
            throws IOException {
        try (JsonGenerator g = json.generator(out)) {
            record(g, organisation, catalogue, activities);
        }
        out.write('\n');
        out.flush();
    }

    private void record(JsonGenerator g, Organisation organisation, Catalogue catalogue, List<ProcessingActivity> activities)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeFieldName("controller");
        party(g, organisation.controller());
        g.writeArrayFieldStart("jointControllers");
        for (Controller c : organisation.jointControllers()) {
            party(g, c);
        }
        g.writeEndArray();
        if (organisation.representative() != null) {
            g.writeFieldName("representative");
            party(g, organisation.representative());
        }
        if (!organisation.contactPersons().isEmpty()) {
            g.writeArrayFieldStart("contactPersons");
            for (Contact c : organisation.contactPersons()) {
                contact(g, c);
            }
            g.writeEndArray();
        }
        if (organisation.dpo() != null) {
            g.writeFieldName("dataProtectionOfficer");
            contact(g, organisation.dpo());
        }
        g.writeBooleanField("publicAuthority", organisation.publicAuthority());
        if (noticeDate != null) {
            g.writeStringField("noticeDate", noticeDate.toString());
        }
        g.writeArrayFieldStart("processingActivities");
        for (ProcessingActivity activity : activities) {
            activity(g, activity, catalogue, organisation);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void activity(JsonGenerator g, ProcessingActivity activity, Catalogue catalogue, Organisation organisation)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", activity.id());
        texts(g, "names", activity.names());
        texts(g, "descriptions", activity.descriptions());

        Set<String> purposeKeys = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<String> recipients = new LinkedHashSet<>();
        Map<Retention, List<PersonalField>> byRule = new LinkedHashMap<>();
        for (PersonalField f : activity.fields()) {
            purposeKeys.addAll(f.purposes());
            categories.addAll(f.categories());
            sources.addAll(f.sources());
            recipients.addAll(f.recipients());
            byRule.computeIfAbsent(f.retention(), k -> new ArrayList<>()).add(f);
        }
        Problems ignored = new Problems(); // the same facts were checked before anything is written
        g.writeArrayFieldStart("purposes"); // Art. 30(1)(b)
        for (DeclaredPurpose p : DeclaredPurpose.of(activity, catalogue, ignored)) {
            g.writeStartObject();
            if (!p.freeText()) {
                g.writeStringField("key", p.key());
            }
            texts(g, "texts", p.texts());
            g.writeStringField("legalBasis", p.basis().name());
            if (!p.legitimateInterest().isEmpty()) {
                texts(g, "legitimateInterest", p.legitimateInterest());
            }
            if (!p.law().isEmpty()) {
                texts(g, "law", p.law());
            }
            if (p.directMarketing()) {
                g.writeBooleanField("directMarketing", true);
            }
            if (p.specialCondition() != null) {
                g.writeStringField("specialCategoryCondition", p.specialCondition().name());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        terms(g, "dataSubjects", catalogue, Vocabulary.SUBJECTS, activity.subjects()); // (c)
        terms(g, "categoriesOfPersonalData", catalogue, Vocabulary.CATEGORIES, categories); // (c)
        g.writeArrayFieldStart("sources");
        for (DeclaredSource source : DeclaredSource.of(activity, catalogue, ignored)) {
            g.writeStartObject();
            if (!source.freeText()) {
                g.writeStringField("key", source.key());
            }
            texts(g, "texts", source.texts());
            g.writeStringField("kind", source.kind().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        Recipients declared = Recipients.of(activity, catalogue, ignored);
        g.writeArrayFieldStart("recipients"); // (d): disclosures, then processors
        List<Recipients.Recipient> all = new ArrayList<>(declared.disclosures());
        all.addAll(declared.processors());
        for (Recipients.Recipient r : all) {
            Term t = r.term();
            g.writeStartObject();
            g.writeStringField("key", t.key());
            texts(g, "texts", t.texts());
            g.writeStringField("kind", t.recipientKind().name());
            if (r.country() != null) {
                g.writeStringField("country", r.country().code());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("transfers"); // (e): recipients in third countries only
        for (Recipients.Recipient r : declared.transfers()) {
            g.writeStartObject();
            g.writeStringField("recipient", r.term().key());
            g.writeStringField("country", r.country().code());
            g.writeStringField("safeguard", r.term().safeguard().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "none", Arrays.stream(fi.seloste.Practice.values()).filter(activity::declaresNone)
                .map(Organisation::keyOf).toList());
        g.writeArrayFieldStart("retention"); // (f)
        for (Map.Entry<Retention, List<PersonalField>> e : byRule.entrySet()) {
            g.writeStartObject();
            retention(g, e.getKey());
            g.writeArrayFieldStart("fields");
            for (PersonalField f : e.getValue()) {
                g.writeString(f.className() + "#" + f.field());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("security"); // (g)
        strings(g, "manual", organisation.securityManual());
        strings(g, "electronic", organisation.securityElectronic());
        Map<String, String> securityText = organisation.texts().get("security");
        if (securityText != null) {
            texts(g, "texts", securityText);
        }
        g.writeEndObject();
        g.writeArrayFieldStart("fields");
        for (PersonalField f : activity.fields()) {
            // the names of members written once per field are encoded once, not once per field
            g.writeStartObject();
            string(g, CLASS_NAME, f.className());
            string(g, FIELD, f.field());
            if (f.declaredIn() != null) {
                string(g, DECLARED_IN, f.declaredIn());
            }
            string(g, JAVA_TYPE, f.javaType());
            g.writeFieldName(LABELS);
            texts(g, f.labels());
            strings(g, PURPOSES, f.purposes());
            strings(g, SOURCES, f.sources());
            strings(g, CATEGORIES, f.categories());
            strings(g, SUBJECTS, f.subjects());
            strings(g, RECIPIENTS, f.recipients());
            g.writeFieldName(RETENTION);
            g.writeStartObject();
            retention(g, f.retention());
            g.writeEndObject();
            g.writeFieldName(SPECIAL);
            g.writeBoolean(f.special());
            if (f.specialCondition() != null) {
                string(g, SPECIAL_CONDITION, f.specialCondition());
            }
            if (f.identityCodeGround() != null) {
                string(g, IDENTITY_CODE_GROUND, f.identityCodeGround());
            }
            if (f.sourceFile() != null) {
                string(g, SOURCE_FILE, f.sourceFile());
                g.writeFieldName(LINE);
                g.writeNumber(f.line());
            }
            string(g, ORIGIN, f.origin());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!activity.undeclared().isEmpty()) {
            g.writeArrayFieldStart("undeclared");
            for (Undeclared u : activity.undeclared()) {
                g.writeStartObject();
                g.writeStringField("className", u.className());
                g.writeStringField("field", u.field());
                g.writeStringField("reason", u.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void terms(JsonGenerator g, String name, Catalogue catalogue, Vocabulary kind, Iterable<String> keys)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (String key : keys) {
            Term t = catalogue.terms(kind).get(key);
            g.writeStartObject();
            if (t == null) {
                texts(g, "texts", Map.of("fi", key));
                g.writeEndObject();
                continue;
            }
            g.writeStringField("key", key);
            texts(g, "texts", t.texts());
            if (t.special()) {
                g.writeBooleanField("special", true);
            }
            if (t.recipientKind() != null) {
                g.writeStringField("kind", t.recipientKind().name());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void retention(JsonGenerator g, Retention rule) throws IOException {
        if (rule.period() != null) {
            string(g, PERIOD, rule.period().toString());
            string(g, FROM, rule.from().name());
        } else {
            string(g, CRITERIA, rule.criteria());
        }
        if (rule.law() != null) {
            string(g, LAW, rule.law());
        }
        if (rule.otherwisePeriod() != null) {
            g.writeObjectFieldStart("otherwise");
            g.writeStringField("period", rule.otherwisePeriod().toString());
            g.writeStringField("from", rule.otherwiseFrom().name());
            g.writeEndObject();
        }
        if (!rule.criteriaTexts().isEmpty()) {
            texts(g, "criteriaTexts", rule.criteriaTexts());
        }
        if (!rule.lawTexts().isEmpty()) {
            texts(g, "lawTexts", rule.lawTexts());
        }
    }

    private static void string(JsonGenerator g, SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        RecordJson.value(g, value);
    }


    private static void party(JsonGenerator g, Controller c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        putIfSet(g, "businessId", c.businessId());
        putIfSet(g, "address", c.address());
        putIfSet(g, "phone", c.phone());
        putIfSet(g, "email", c.email());
        putIfSet(g, "web", c.web());
        g.writeEndObject();
    }

    private static void contact(JsonGenerator g, Contact c) throws IOException {
        g.writeStartObject();
        putIfSet(g, "name", c.name());
        if (!c.titles().isEmpty()) {
            texts(g, "titles", c.titles());
        }
        putIfSet(g, "address", c.address());
        putIfSet(g, "phone", c.phone());
        putIfSet(g, "email", c.email());
        putIfSet(g, "web", c.web());
        g.writeEndObject();
    }

    private static void putIfSet(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            g.writeStringField(name, value);
        }
    }

    /** A map of texts by language, in key order whatever the map's own order. */
    private static void texts(JsonGenerator g, String name, Map<String, String> texts) throws IOException {
        g.writeFieldName(name);
        texts(g, texts);
    }

    private static void texts(JsonGenerator g, Map<String, String> texts) throws IOException {
        g.writeStartObject();
        String[] languages = texts.keySet().toArray(new String[0]);
        Arrays.sort(languages);
        for (String language : languages) {
            string(g, key(language), texts.get(language));
        }
        g.writeEndObject();
    }

    /** A language code as a member name, encoded once. */
    private static SerializableString key(String language) {
        return LANGUAGES.computeIfAbsent(language, SerializedString::new);
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        strings(g, new SerializedString(name), values);
    }

    private static void strings(JsonGenerator g, SerializableString name, List<String> values) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
        for (String value : values) {
            RecordJson.value(g, value);
        }
        g.writeEndArray();
    }

}
