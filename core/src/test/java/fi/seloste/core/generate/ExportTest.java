package fi.seloste.core.generate;

import static fi.seloste.core.generate.IndexFixtures.CATALOGUE;
import static fi.seloste.core.generate.IndexFixtures.FREE_TEXT;
import static fi.seloste.core.generate.IndexFixtures.ORGANISATION;
import static fi.seloste.core.generate.IndexFixtures.classes;
import static fi.seloste.core.generate.IndexFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.export.Export;
import fi.seloste.core.export.ExportFiles;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.RecordReader;
import fi.seloste.core.record.RecordSource;
import jakarta.json.JsonArray;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine-readable exports use other tools' vocabularies and are read by those tools' own means: the DPV export
 * is JSON-LD that a JSON-LD processor (Titanium) expands and turns into RDF offline, with every DPV, pd and eu-gdpr IRI
 * a real DPV 2.3 concept; the fideslang export is YAML that fideslang's own schema accepts.
 */
class ExportTest {

    static final String DPV = "https://w3id.org/dpv#";
    static final String PD = "https://w3id.org/dpv/pd#";
    static final String GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    /** No network: a context or document to fetch fails the test. */
    static final DocumentLoader OFFLINE = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "the export must not load " + url);
    };

    /** The fixtures' organisation, with security measures for the records' (g) item. */
    static final fi.seloste.core.model.Organisation SECURED = new fi.seloste.core.model.Organisation(
            ORGANISATION.controller(), ORGANISATION.jointControllers(), ORGANISATION.representative(),
            ORGANISATION.contactPersons(), ORGANISATION.dpo(), false, List.of("locked-premises"),
            List.of("encryption", "backups"), ORGANISATION.texts(), ORGANISATION.changes(), ORGANISATION.none(),
            ORGANISATION.rights());

    @TempDir
    Path dir;

    PublishedRecord record(String index, String registerName, List<String> languages) throws Exception {
        String json = new DocumentGenerator().render(new DocumentGenerator.Request(
                List.of(source(classes(dir, "c" + index.hashCode(), index), "com.example:clinic:1.0")), List.of(),
                dir.resolve("out"), SECURED, registerName, languages, LocalDate.of(2026, 2, 13), null, "1.0"))
                .documents().get("register.json");
        Problems problems = new Problems();
        PublishedRecord record = new RecordReader().read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "com.example:clinic:1.0", problems).orElseThrow();
        assertEquals(List.of(), problems.list());
        return record;
    }

    static String write(Export export, PublishedRecord record) throws Exception {
        StringWriter out = new StringWriter();
        export.write(out, record);
        return out.toString();
    }

    /** The export as RDF triples, {@code subject predicate object}, blank nodes as {@code _:…}. */
    static Set<String> triples(String jsonld) throws Exception {
        Set<String> triples = new HashSet<>();
        JsonLd.toRdf(JsonDocument.of(new StringReader(jsonld))).loader(OFFLINE).provide(
                (subject, predicate, object, datatype, language, direction, graph) -> {
                    triples.add(subject + " " + predicate + " " + object + (language != null ? "@" + language
                            : datatype == null || datatype.endsWith("#string") ? "" : "^^" + datatype));
                    return null;
                });
        return triples;
    }

    static boolean has(Set<String> triples, String subjectPattern, String predicate, String object) {
        Pattern subject = Pattern.compile(subjectPattern);
        return triples.stream().anyMatch(t -> {
            int first = t.indexOf(' ');
            return subject.matcher(t.substring(0, first)).matches() && t.substring(first + 1).equals(predicate + " " + object);
        });
    }

    static void expect(Set<String> triples, String subject, String predicate, String object) {
        assertTrue(has(triples, subject, predicate, object), subject + " " + predicate + " " + object + " in\n"
                + String.join("\n", new java.util.TreeSet<>(triples)));
    }

    @Test
    void theDpvExportIsJsonLdWithItsContextInline() throws Exception {
        String jsonld = write(Export.DPV, record(CATALOGUE, null, List.of("fi", "sv", "en")));
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(jsonld))).loader(OFFLINE).get();
        assertTrue(expanded.size() > 5, expanded.toString());
        assertTrue(expanded.toString().contains("\"" + DPV + "hasPersonalDataHandling\""), expanded.toString());
        assertTrue(jsonld.endsWith("}\n") && !jsonld.contains("\r"));
    }

    @Test
    void purposesDataBasesRecipientsAndTransfersUseDpvConcepts() throws Exception {
        Set<String> t = triples(write(Export.DPV, record(CATALOGUE, null, List.of("fi", "sv", "en"))));
        String handling = "_:.*";
        // the registers, of the controller
        expect(t, "urn:seloste:register:patients", RDF_TYPE, DPV + "PersonalDataHandling");
        expect(t, "urn:seloste:register:patients", DPV + "hasDataController", "urn:seloste:controller");
        expect(t, "urn:seloste:controller", DPV + "hasIdentifier", "1234567-1");
        expect(t, "urn:seloste:controller", DPV + "hasName", "Pikkuklinikka Oy");
        // each purpose a dpv:Purpose, narrowing a DPV purpose where its declared facts name one
        expect(t, "urn:seloste:purpose:care", RDF_TYPE, DPV + "Purpose");
        expect(t, "urn:seloste:purpose:care", SKOS + "broader", DPV + "LegalCompliance");
        expect(t, "urn:seloste:purpose:care", SKOS + "prefLabel", "Hoidon järjestäminen@fi");
        expect(t, "urn:seloste:purpose:care", SKOS + "prefLabel", "Organising care@en");
        expect(t, handling, DPV + "hasPurpose", "urn:seloste:purpose:care");
        // legal bases: the GDPR extension's Art. 6(1) and 9(2) concepts
        expect(t, handling, DPV + "hasLegalBasis", GDPR + "A6-1-c");
        expect(t, handling, DPV + "hasLegalBasis", GDPR + "A9-2-h");
        expect(t, handling, DPV + "hasLegalBasis", GDPR + "A6-1-f");
        expect(t, handling, DPV + "hasLegalBasis", GDPR + "A6-1-a");
        // data categories and data subjects: pd and dpv concepts
        expect(t, handling, DPV + "hasPersonalData", PD + "Health");
        expect(t, handling, DPV + "hasPersonalData", PD + "Contact");
        expect(t, handling, DPV + "hasDataSubject", DPV + "Patient");
        expect(t, handling, DPV + "hasDataSubject", DPV + "Customer");
        // sources by who they are
        expect(t, "urn:seloste:source:population-register", SKOS + "broader", DPV + "ThirdPartyDataSource");
        expect(t, "urn:seloste:source:data-subject", SKOS + "broader", DPV + "DataSubjectDataSource");
        // recipients: a processor in the United States, and the transfer with its safeguard (SCC, Art. 46(2)(c))
        expect(t, "urn:seloste:recipient:chat-vendor", RDF_TYPE, DPV + "DataProcessor");
        expect(t, "urn:seloste:recipient:chat-vendor", DPV + "hasCountry", "https://w3id.org/dpv/loc#US");
        expect(t, handling, DPV + "hasRecipient", "urn:seloste:recipient:chat-vendor");
        expect(t, handling, DPV + "hasProcessing", DPV + "Transfer");
        expect(t, handling, DPV + "hasThirdCountry", "https://w3id.org/dpv/loc#US");
        expect(t, handling, DPV + "hasLegalBasis", GDPR + "A46-2-c");
        // retention as a storage duration in ISO 8601
        expect(t, handling, RDF_TYPE, DPV + "StorageDuration");
        expect(t, handling, "http://www.w3.org/1999/02/22-rdf-syntax-ns#value",
                "P12Y^^http://www.w3.org/2001/XMLSchema#duration");
        // security measures
        expect(t, "urn:seloste:register:chat", DPV + "hasTechnicalOrganisationalMeasure", DPV + "Encryption");
    }

    @Test
    void everyDpvIriIsARealDpvConcept() throws Exception {
        Set<String> known;
        try (InputStream in = getClass().getResourceAsStream("/fi/seloste/core/export/dpv/terms.txt")) {
            assertNotNull(in);
            known = new HashSet<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        for (String index : List.of(CATALOGUE, FREE_TEXT)) {
            String registerName = index.equals(FREE_TEXT) ? "Chat" : null;
            List<String> languages = index.equals(FREE_TEXT) ? List.of("fi") : List.of("fi", "sv", "en");
            List<String> unknown = new ArrayList<>();
            for (String triple : triples(write(Export.DPV, record(index, registerName, languages)))) {
                for (String part : triple.split(" ")) {
                    String iri = part.replaceAll("\\^\\^.*", "");
                    if ((iri.startsWith(DPV) || iri.startsWith(PD) || iri.startsWith(GDPR)) && !known.contains(iri)) {
                        unknown.add(iri);
                    }
                }
            }
            assertEquals(List.of(), unknown);
        }
    }

    /** fideslang's own schema, made strict: a member its models do not declare is an error, not ignored. */
    static JsonSchema fideslang() throws Exception {
        try (InputStream in = ExportTest.class.getResourceAsStream("/fi/seloste/core/export/fideslang/taxonomy.schema.json")) {
            assertNotNull(in);
            JsonNode schema = new ObjectMapper().readTree(in);
            strict(schema);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        }
    }

    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                strict(children.next());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ExportTest::strict);
        }
    }

    /** Every value fideslang reads as a FidesKey matches its pattern (checked in its code, not its schema). */
    static void fidesKeys(JsonNode node, List<String> bad) {
        Pattern key = Pattern.compile("^[a-zA-Z0-9_.<>-]+$");
        node.fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (List.of("fides_key", "data_use", "parent_key").contains(name) && !key.matcher(value.asText()).matches()) {
                bad.add(name + "=" + value);
            }
            if (List.of("data_categories", "data_subjects", "dataset_references").contains(name)) {
                value.forEach(v -> {
                    if (!key.matcher(v.asText()).matches()) {
                        bad.add(name + "=" + v);
                    }
                });
            }
            if (value.isContainerNode()) {
                (value.isArray() ? value : List.of(value)).forEach(child -> {
                    if (child.isObject()) {
                        fidesKeys(child, bad);
                    }
                });
            }
        });
    }

    @Test
    void fideslangsOwnSchemaAcceptsTheFidesExport() throws Exception {
        JsonSchema schema = fideslang();
        YAMLMapper yaml = new YAMLMapper();
        for (String demo : List.of("demo_dataset.yml", "demo_system.yml")) {
            try (InputStream in = getClass().getResourceAsStream("/fi/seloste/core/export/fideslang/" + demo)) {
                assertEquals(Set.of(), schema.validate(yaml.readTree(in)), demo + ": the strict schema takes fideslang's own demos");
            }
        }
        for (String index : List.of(CATALOGUE, FREE_TEXT)) {
            boolean freeText = index.equals(FREE_TEXT);
            String manifest = write(Export.FIDES, record(index, freeText ? "Chat" : null,
                    freeText ? List.of("fi") : List.of("fi", "sv", "en")));
            JsonNode tree = yaml.readTree(manifest);
            assertEquals(Set.of(), schema.validate(tree), manifest);
            List<String> bad = new ArrayList<>();
            fidesKeys(tree, bad);
            assertEquals(List.of(), bad, manifest);
        }
    }

    @Test
    void theFidesExportSaysWhatTheRecordSays() throws Exception {
        JsonNode tree = new YAMLMapper().readTree(write(Export.FIDES, record(CATALOGUE, null, List.of("fi", "sv", "en"))));
        JsonNode patients = tree.at("/system/1");
        assertEquals("seloste.patients", patients.path("fides_key").asText());
        assertEquals("Patient register", patients.path("name").asText());
        assertEquals("Pikkuklinikka Oy", patients.path("legal_name").asText());
        JsonNode care = patients.at("/privacy_declarations/0");
        assertEquals("Organising care", care.path("name").asText());
        assertEquals("essential.legal_obligation", care.path("data_use").asText());
        assertEquals("Legal obligations", care.path("legal_basis_for_processing").asText());
        assertEquals("Health or social care (with a basis in law)", care.path("special_category_legal_basis").asText());
        assertTrue(care.path("processes_special_category_data").asBoolean());
        assertEquals("[\"user.health_and_medical\"]", care.path("data_categories").toString());
        assertEquals("[\"patient\"]", care.path("data_subjects").toString());
        assertEquals("P12Y from DEATH, or when that is not known P120Y from BIRTH (Decree 298/2009 of the Ministry of "
                + "Social Affairs and Health)", care.path("retention_period").asText());
        JsonNode chat = tree.at("/system/0");
        assertTrue(chat.path("does_international_transfers").asBoolean());
        assertEquals("[\"SCCs\"]", chat.path("legal_basis_for_transfers").toString());
        assertEquals("com.example.care.Patient", tree.at("/dataset/1/collections/0/name").asText());
        assertEquals("diagnosis", tree.at("/dataset/1/collections/0/fields/0/name").asText());
        assertEquals("Diagnosis", tree.at("/dataset/1/collections/0/fields/0/description").asText());
    }

    @Test
    void exportsAreWrittenNextToTheRecordFromTheRecordItself() throws Exception {
        new DocumentGenerator().generate(new DocumentGenerator.Request(
                List.of(source(classes(dir, "classes", CATALOGUE), "com.example:clinic:1.0")), List.of(), dir.resolve("out"),
                ORGANISATION, null, List.of("fi", "sv", "en"), LocalDate.of(2026, 2, 13), null, "1.0"));
        List<Path> written = ExportFiles.write(dir.resolve("out"), EnumSet.allOf(Export.class), "com.example:clinic:1.0");
        assertEquals(List.of(dir.resolve("out/register.dpv.jsonld"), dir.resolve("out/fides.yml")), written);
        String first = Files.readString(written.get(0));
        ExportFiles.write(dir.resolve("out"), EnumSet.of(Export.DPV), "com.example:clinic:1.0");
        assertEquals(first, Files.readString(written.get(0)), "the same bytes every time");
        Problems problems = new Problems();
        assertEquals(Set.of(), Export.of(List.of("none"), problems));
        Export.of(List.of("dpv", "rdf"), problems);
        assertTrue(problems.list().get(0).message().startsWith("[SELOSTE-M720] parameter <exports> names 'rdf'"),
                problems.list().toString());
        Files.writeString(dir.resolve("out/register.json"), "{");
        try {
            ExportFiles.write(dir.resolve("out"), EnumSet.of(Export.DPV), "com.example:clinic:1.0");
            throw new AssertionError("a record that cannot be read back");
        } catch (SelosteException e) {
            assertTrue(e.getMessage().contains("[SELOSTE-M710]"), e.getMessage());
        }
    }
}
