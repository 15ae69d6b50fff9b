package fi.seloste.core.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fi.seloste.core.model.Catalogue;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.PersonalField;
import fi.seloste.core.model.ProcessingActivity;
import fi.seloste.core.model.Purpose;
import fi.seloste.core.model.RetentionRule;
import fi.seloste.core.model.Term;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the Art. 30(1) record of processing activities as language-neutral JSON ({@code register.json}):
 * items (a) to (g) per activity, with every text in every language it has and every field's origin.
 * Its shape is described by {@code fi/seloste/schema/register.schema.json}.
 *
 * <p>The record lists every field, so it grows with the code (about 1 kB per field): it is streamed to its
 * writer, never held as a tree or a string. Map entries are written in key order, as Jackson's
 * {@code ORDER_MAP_ENTRIES_BY_KEYS} would.
 */
public final class RecordWriter {

    /** The record format version; raised when the format changes incompatibly. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

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
        try (JsonGenerator g = mapper.createGenerator(out)) {
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
            if (organisation.contactPerson() != null) {
                g.writeFieldName("contactPerson");
                contact(g, organisation.contactPerson());
            }
            if (organisation.dpo() != null) {
                g.writeFieldName("dataProtectionOfficer");
                contact(g, organisation.dpo());
            }
            g.writeBooleanField("publicAuthority", organisation.publicAuthority());
            g.writeArrayFieldStart("processingActivities");
            for (ProcessingActivity activity : activities) {
                activity(g, activity, catalogue, organisation);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
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
        Map<RetentionRule, List<PersonalField>> byRule = new LinkedHashMap<>();
        for (PersonalField f : activity.fields()) {
            purposeKeys.addAll(f.purposes());
            categories.addAll(f.categories());
            sources.addAll(f.sources());
            recipients.addAll(f.recipients());
            byRule.computeIfAbsent(f.retention(), k -> new ArrayList<>()).add(f);
        }
        g.writeArrayFieldStart("purposes"); // Art. 30(1)(b)
        for (String key : purposeKeys) {
            Purpose p = catalogue.purposes().get(key);
            g.writeStartObject();
            if (p == null) {
                texts(g, "texts", Map.of("fi", key));
                g.writeEndObject();
                continue;
            }
            g.writeStringField("key", key);
            texts(g, "texts", p.texts());
            g.writeStringField("legalBasis", p.basis().name());
            if (!p.legitimateInterest().isEmpty()) {
                texts(g, "legitimateInterest", p.legitimateInterest());
            }
            if (p.specialCondition() != null) {
                g.writeStringField("specialCategoryCondition", p.specialCondition().name());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        terms(g, "dataSubjects", catalogue, Term.Vocabulary.SUBJECTS, activity.subjects()); // (c)
        terms(g, "categoriesOfPersonalData", catalogue, Term.Vocabulary.CATEGORIES, categories); // (c)
        terms(g, "sources", catalogue, Term.Vocabulary.SOURCES, sources);
        terms(g, "recipients", catalogue, Term.Vocabulary.RECIPIENTS, recipients); // (d)
        g.writeArrayFieldStart("transfers"); // (e)
        for (String key : recipients) {
            Term t = catalogue.terms(Term.Vocabulary.RECIPIENTS).get(key);
            if (t != null && t.country() != null) {
                g.writeStartObject();
                g.writeStringField("recipient", key);
                g.writeStringField("country", t.country());
                g.writeStringField("safeguard", t.safeguard() == null ? null : t.safeguard().name());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("retention"); // (f)
        for (Map.Entry<RetentionRule, List<PersonalField>> e : byRule.entrySet()) {
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
            g.writeStartObject();
            g.writeStringField("className", f.className());
            g.writeStringField("field", f.field());
            if (f.declaredIn() != null) {
                g.writeStringField("declaredIn", f.declaredIn());
            }
            g.writeStringField("javaType", f.javaType());
            texts(g, "labels", f.labels());
            strings(g, "purposes", f.purposes());
            strings(g, "sources", f.sources());
            strings(g, "categories", f.categories());
            strings(g, "subjects", f.subjects());
            strings(g, "recipients", f.recipients());
            g.writeObjectFieldStart("retention");
            retention(g, f.retention());
            g.writeEndObject();
            g.writeBooleanField("special", f.special());
            if (f.specialCondition() != null) {
                g.writeStringField("specialCategoryCondition", f.specialCondition());
            }
            if (f.identityCodeGround() != null) {
                g.writeStringField("identityCodeGround", f.identityCodeGround());
            }
            if (f.sourceFile() != null) {
                g.writeStringField("sourceFile", f.sourceFile());
                g.writeNumberField("line", f.line());
            }
            g.writeStringField("origin", f.origin());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void terms(JsonGenerator g, String name, Catalogue catalogue, Term.Vocabulary kind, Iterable<String> keys)
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

    private static void retention(JsonGenerator g, RetentionRule rule) throws IOException {
        if (rule.period() != null) {
            g.writeStringField("period", rule.period().toString());
            g.writeStringField("from", rule.from().name());
        } else {
            g.writeStringField("criteria", rule.criteria());
        }
        if (rule.law() != null) {
            g.writeStringField("law", rule.law());
        }
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
        putIfSet(g, "title", c.title());
        putIfSet(g, "address", c.address());
        putIfSet(g, "phone", c.phone());
        putIfSet(g, "email", c.email());
        g.writeEndObject();
    }

    private static void putIfSet(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            g.writeStringField(name, value);
        }
    }

    /** A map of texts by language, in key order whatever the map's own order. */
    private static void texts(JsonGenerator g, String name, Map<String, String> texts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : (texts instanceof SortedMap ? texts : new TreeMap<>(texts)).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
