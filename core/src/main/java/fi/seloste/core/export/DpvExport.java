package fi.seloste.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.model.DeclaredSource;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.PublishedRecord.Activity;
import fi.seloste.core.record.PublishedRecord.Named;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Retention;
import fi.seloste.index.Term;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a record in the W3C Data Privacy Vocabulary as JSON-LD ({@code register.dpv.jsonld}), so privacy tools that
 * speak DPV read the record in their own terms: each register a {@code dpv:PersonalDataHandling} of the controller,
 * with one handling per purpose giving its legal bases ({@code eu-gdpr:A6-1-a} to {@code -f}, {@code eu-gdpr:A9-2-a}
 * to {@code -j}), personal data ({@code pd:}), data subjects, sources, recipients and storage durations, and one per
 * transfer outside the EU/EEA with its country ({@code loc:}) and safeguard. The {@code @context} is written inline,
 * so reading it needs no network. {@link DpvConcepts} says which concept stands for which term.
 */
public final class DpvExport {

    /** The file the export is written to, next to {@code register.json}. */
    public static final String FILE = "register.dpv.jsonld";

    /** Where the identifiers of the record's own resources start. */
    static final String BASE = "urn:seloste:";

    private static final String[][] PREFIXES = {
        {"dpv", "https://w3id.org/dpv#"},
        {"pd", "https://w3id.org/dpv/pd#"},
        {"eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#"},
        {"loc", "https://w3id.org/dpv/loc#"},
        {"skos", "http://www.w3.org/2004/02/skos/core#"},
        {"dct", "http://purl.org/dc/terms/"},
        {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
        {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    };

    private static final List<String> LINKS = List.of("hasDataController", "hasPersonalDataHandling", "hasPurpose",
            "hasLegalBasis", "hasPersonalData", "hasDataSubject", "hasDataSource", "hasRecipient", "hasCountry",
            "hasThirdCountry", "hasStorageCondition", "hasDuration", "hasTechnicalOrganisationalMeasure", "hasProcessing");

    private static final List<String> LITERALS = List.of("hasName", "hasIdentifier", "hasAddress", "hasContact");

    /**
     * @param out where the JSON-LD goes, ending in a newline; flushed, not closed
     * @param record the record
     * @throws IOException when the writer fails
     */
    public void write(Writer out, PublishedRecord record) throws IOException {
        try (JsonGenerator g = ExportJson.generator(out)) {
            g.writeStartObject();
            context(g);
            g.writeArrayFieldStart("@graph");
            controller(g, record.controller());
            Map<String, Term> recipients = new LinkedHashMap<>();
            Map<String, DeclaredPurpose> purposes = new LinkedHashMap<>();
            Map<String, Named> categories = new LinkedHashMap<>();
            Map<String, Named> subjects = new LinkedHashMap<>();
            Map<String, DeclaredSource> sources = new LinkedHashMap<>();
            for (Activity a : record.activities()) {
                a.recipients().forEach(r -> recipients.putIfAbsent(id("recipient", r.key()), r));
                a.purposes().forEach(p -> purposes.putIfAbsent(id("purpose", p.key()), p));
                a.categories().stream().filter(c -> DpvConcepts.of(DpvConcepts.CATEGORIES, c.key()) == null)
                        .forEach(c -> categories.putIfAbsent(id("category", c.fieldKey()), c));
                a.subjects().stream().filter(s -> DpvConcepts.of(DpvConcepts.SUBJECTS, s.key()) == null)
                        .forEach(s -> subjects.putIfAbsent(id("subject", s.fieldKey()), s));
                a.sources().forEach(s -> sources.putIfAbsent(id("source", s.key()), s));
            }
            for (Map.Entry<String, Term> r : recipients.entrySet()) {
                recipient(g, r.getKey(), r.getValue());
            }
            for (Map.Entry<String, DeclaredPurpose> p : purposes.entrySet()) {
                concept(g, p.getKey(), "dpv:Purpose", p.getValue().texts(),
                        DpvConcepts.purpose(p.getValue().directMarketing(), p.getValue().basis()));
            }
            for (Map.Entry<String, Named> c : categories.entrySet()) {
                concept(g, c.getKey(), c.getValue().special() ? "dpv:SpecialCategoryPersonalData" : "dpv:PersonalData",
                        c.getValue().texts(), null);
            }
            for (Map.Entry<String, Named> s : subjects.entrySet()) {
                concept(g, s.getKey(), "dpv:DataSubject", s.getValue().texts(), null);
            }
            for (Map.Entry<String, DeclaredSource> s : sources.entrySet()) {
                DeclaredSource source = s.getValue();
                concept(g, s.getKey(), "dpv:DataSource", source.texts(), java.util.Objects.requireNonNullElse(
                        source.freeText() ? null : DpvConcepts.of(DpvConcepts.SOURCES, source.key()),
                        DpvConcepts.SOURCE_KINDS.get(source.kind())));
            }
            for (Activity a : record.activities()) {
                activity(g, a);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void context(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("@context");
        for (String[] prefix : PREFIXES) {
            g.writeStringField(prefix[0], prefix[1]);
        }
        term(g, "label", "skos:prefLabel", null, "@language");
        term(g, "description", "dct:description", null, "@language");
        term(g, "note", "skos:note", null, null);
        term(g, "broader", "skos:broader", "@id", null);
        term(g, "value", "rdf:value", null, null);
        for (String link : LINKS) {
            term(g, link, "dpv:" + link, "@id", null);
        }
        for (String literal : LITERALS) {
            term(g, literal, "dpv:" + literal, null, null);
        }
        g.writeEndObject();
    }

    private static void term(JsonGenerator g, String name, String iri, String type, String container) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("@id", iri);
        if (type != null) {
            g.writeStringField("@type", type);
        }
        if (container != null) {
            g.writeStringField("@container", container);
        }
        g.writeEndObject();
    }

    private static void controller(JsonGenerator g, Controller c) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", BASE + "controller");
        g.writeStringField("@type", "dpv:DataController");
        g.writeStringField("hasName", c.name());
        if (c.businessId() != null) {
            g.writeStringField("hasIdentifier", c.businessId());
        }
        if (c.address() != null) {
            g.writeStringField("hasAddress", c.address());
        }
        List<String> contacts = new ArrayList<>();
        for (String contact : new String[] {c.email(), c.phone(), c.web()}) {
            if (contact != null) {
                contacts.add(contact);
            }
        }
        strings(g, "hasContact", contacts);
        g.writeEndObject();
    }

    private static void recipient(JsonGenerator g, String id, Term r) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", id);
        g.writeArrayFieldStart("@type");
        g.writeString("dpv:Recipient");
        g.writeString(DpvConcepts.RECIPIENT_KINDS.get(r.recipientKind()));
        g.writeEndArray();
        texts(g, "label", r.texts());
        if (r.country() != null) {
            g.writeStringField("hasCountry", "loc:" + r.country());
        }
        g.writeEndObject();
    }

    /** One of the record's own terms: its kind, labels, and the DPV concept it narrows, when there is one. */
    private static void concept(JsonGenerator g, String id, String type, Map<String, String> labels, String broader)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", id);
        g.writeStringField("@type", type);
        texts(g, "label", labels);
        if (broader != null) {
            g.writeStringField("broader", broader);
        }
        g.writeEndObject();
    }

    private static void activity(JsonGenerator g, Activity a) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", id("register", a.id()));
        g.writeStringField("@type", "dpv:PersonalDataHandling");
        texts(g, "label", a.names());
        if (!a.descriptions().isEmpty()) {
            texts(g, "description", a.descriptions());
        }
        g.writeStringField("hasDataController", BASE + "controller");
        Set<String> measures = new LinkedHashSet<>();
        for (String key : concat(a.securityManual(), a.securityElectronic())) {
            if (DpvConcepts.MEASURES.containsKey(key)) {
                measures.add(DpvConcepts.MEASURES.get(key));
            }
        }
        strings(g, "hasTechnicalOrganisationalMeasure", new ArrayList<>(measures));
        g.writeArrayFieldStart("hasPersonalDataHandling");
        Map<String, Named> categories = byFieldKey(a.categories());
        for (DeclaredPurpose p : a.purposes()) {
            List<PersonalField> fields = a.fields().stream().filter(f -> f.purposes().contains(p.key())
                    && (p.freeText() ? f.lawfulness() != null && f.lawfulness().basis() == p.basis() : f.lawfulness() == null))
                    .toList();
            purposeHandling(g, a, p, fields, categories);
        }
        for (Term r : a.recipients()) {
            if (r.safeguard() != null) {
                g.writeStartObject();
                g.writeStringField("@type", "dpv:PersonalDataHandling");
                g.writeStringField("hasProcessing", "dpv:Transfer");
                g.writeStringField("hasRecipient", id("recipient", r.key()));
                g.writeStringField("hasThirdCountry", "loc:" + r.country());
                g.writeStringField("hasLegalBasis", DpvConcepts.SAFEGUARDS.get(r.safeguard()));
                g.writeStringField("note", r.safeguard().name());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void purposeHandling(JsonGenerator g, Activity a, DeclaredPurpose p, List<PersonalField> fields,
            Map<String, Named> categories) throws IOException {
        g.writeStartObject();
        g.writeStringField("@type", "dpv:PersonalDataHandling");
        g.writeStringField("hasPurpose", id("purpose", p.key()));
        Set<String> bases = new LinkedHashSet<>();
        bases.add(DpvConcepts.LEGAL_BASES.get(p.basis()));
        if (p.specialCondition() != null) {
            bases.add(DpvConcepts.SPECIAL_CONDITIONS.get(p.specialCondition()));
        }
        Set<String> data = new LinkedHashSet<>();
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<String> recipients = new LinkedHashSet<>();
        Set<Retention> retention = new LinkedHashSet<>();
        for (PersonalField f : fields) {
            if (f.specialCondition() != null) {
                bases.add(DpvConcepts.SPECIAL_CONDITIONS.get(fi.seloste.SpecialCategoryCondition.valueOf(f.specialCondition())));
            }
            if (f.categories().isEmpty()) {
                data.add(f.special() ? "dpv:SpecialCategoryPersonalData" : "dpv:PersonalData");
            }
            for (String key : f.categories()) {
                Named category = categories.get(key);
                String concept = category == null ? null : DpvConcepts.of(DpvConcepts.CATEGORIES, category.key());
                data.add(concept != null ? concept : id("category", key));
            }
            List<String> fieldSubjects = f.subjects().isEmpty() ? a.subjects().stream().map(Named::fieldKey).toList()
                    : f.subjects();
            for (String key : fieldSubjects) {
                String concept = a.subjects().stream().anyMatch(s -> key.equals(s.key()))
                        ? DpvConcepts.of(DpvConcepts.SUBJECTS, key) : null;
                subjects.add(concept != null ? concept : id("subject", key));
            }
            f.sources().forEach(s -> sources.add(id("source", s)));
            f.recipients().forEach(r -> recipients.add(id("recipient", r)));
            retention.add(f.retention());
        }
        strings(g, "hasLegalBasis", new ArrayList<>(bases));
        strings(g, "hasPersonalData", new ArrayList<>(data));
        strings(g, "hasDataSubject", new ArrayList<>(subjects));
        strings(g, "hasDataSource", new ArrayList<>(sources));
        strings(g, "hasRecipient", new ArrayList<>(recipients));
        g.writeArrayFieldStart("hasStorageCondition");
        for (Retention rule : retention) {
            g.writeStartObject();
            g.writeStringField("@type", "dpv:StorageDuration");
            if (rule.period() != null) {
                g.writeObjectFieldStart("hasDuration");
                g.writeStringField("@type", "dpv:TemporalDuration");
                g.writeObjectFieldStart("value");
                g.writeStringField("@value", rule.period().toString());
                g.writeStringField("@type", "xsd:duration");
                g.writeEndObject();
                g.writeEndObject();
                g.writeStringField("note", "from " + rule.from().name() + (rule.otherwisePeriod() == null ? ""
                        : "; when that is not known, " + rule.otherwisePeriod() + " from " + rule.otherwiseFrom().name())
                        + (rule.law() == null ? "" : "; " + rule.law()));
            } else {
                g.writeStringField("note", rule.criteria() + (rule.law() == null ? "" : "; " + rule.law()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static Map<String, Named> byFieldKey(List<Named> named) {
        Map<String, Named> byKey = new LinkedHashMap<>();
        named.forEach(n -> byKey.putIfAbsent(n.fieldKey(), n));
        return byKey;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** An identifier of the record's own: its kind and key, the key percent-encoded so any text makes an IRI. */
    static String id(String kind, String key) {
        return BASE + kind + ":" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void texts(JsonGenerator g, String name, Map<String, String> texts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> t : new TreeMap<>(texts).entrySet()) {
            g.writeStringField(t.getKey(), t.getValue());
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
