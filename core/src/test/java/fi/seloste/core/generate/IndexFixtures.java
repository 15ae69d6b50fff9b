package fi.seloste.core.generate;

import fi.seloste.core.load.IndexSource;
import fi.seloste.core.load.StandInClassFiles;
import fi.seloste.index.IndexFormat;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Index documents and organisation facts shared by the core's tests. */
final class IndexFixtures {

    private IndexFixtures() {}

    /** A free-text index: no catalogue, no registers, Finnish only; each field carries its basis and source kind. */
    static final String FREE_TEXT = """
            {
              "schemaVersion" : 1,
              "generator" : "seloste-processor",
              "mode" : "free-text",
              "fields" : [ {
                "className" : "com.example.Chat",
                "field" : "customerName",
                "javaType" : "java.lang.String",
                "labels" : { "fi" : "Asiakkaan nimi" },
                "purposes" : [ "Asiakaspalvelu chatissa" ],
                "sources" : [ "Asiakas itse" ],
                "retention" : { "period" : "P4M", "from" : "CONVERSATION_END" },
                "lawfulness" : { "basis" : "CONTRACT" },
                "sourceKind" : "DATA_SUBJECT",
                "sourceFile" : "com/example/Chat.java",
                "line" : 7
              }, {
                "className" : "com.example.Chat",
                "field" : "ipAddress",
                "javaType" : "java.net.InetAddress",
                "purposes" : [ "Väärinkäytösten selvittäminen" ],
                "sources" : [ "Asiakkaan päätelaite" ],
                "retention" : { "period" : "P1Y6M", "from" : "COLLECTION" },
                "lawfulness" : { "basis" : "LEGITIMATE_INTERESTS", "legitimateInterest" : "Palvelun turvallisuus" },
                "sourceKind" : "OBSERVED"
              } ]
            }
            """;

    /** A catalogue-mode index with two registers, three languages, special data, recipients and a transfer. */
    static final String CATALOGUE = """
            {
              "schemaVersion" : 1,
              "mode" : "catalogue",
              "registers" : [
                { "id" : "chat", "names" : { "fi" : "Chat-rekisteri", "sv" : "Chattregistret", "en" : "Chat register" },
                  "subjects" : [ "customer" ], "none" : [ "REGULAR_DISCLOSURES", "AUTOMATED_DECISIONS" ], "declaredIn" : "com.example.chat" },
                { "id" : "patients", "names" : { "fi" : "Potilasrekisteri", "sv" : "Patientregistret", "en" : "Patient register" },
                  "descriptions" : { "fi" : "Hoidon kirjaukset", "sv" : "Vårdanteckningar", "en" : "Care records" },
                  "subjects" : [ "patient" ], "none" : [ "REGULAR_DISCLOSURES", "TRANSFERS", "AUTOMATED_DECISIONS" ],
                  "declaredIn" : "com.example.care.Patient" } ],
              "purposes" : [
                { "key" : "chat-service", "texts" : { "fi" : "Asiakaspalvelu chatissa", "sv" : "Kundtjänst i chatten", "en" : "Customer service in the chat" },
                  "basis" : "LEGITIMATE_INTERESTS", "legitimateInterest" : { "fi" : "Asiakkaiden neuvonta", "sv" : "Rådgivning", "en" : "Advising customers" },
                  "declaredIn" : "com.example.Purposes" },
                { "key" : "newsletter", "texts" : { "fi" : "Uutiskirje", "sv" : "Nyhetsbrev", "en" : "Newsletter" }, "basis" : "CONSENT",
                  "declaredIn" : "com.example.Purposes" },
                { "key" : "care", "texts" : { "fi" : "Hoidon järjestäminen", "sv" : "Ordnande av vård", "en" : "Organising care" },
                  "basis" : "LEGAL_OBLIGATION", "law" : { "fi" : "Potilaslaki 785/1992", "sv" : "Patientlagen 785/1992", "en" : "Patient Act 785/1992" },
                  "specialCondition" : "HEALTH_OR_SOCIAL_CARE", "declaredIn" : "com.example.Purposes" } ],
              "vocabulary" : {
                "sources" : [
                  { "key" : "data-subject", "texts" : { "fi" : "Rekisteröity itse", "sv" : "Den registrerade själv", "en" : "The data subject" }, "sourceKind" : "DATA_SUBJECT" },
                  { "key" : "population-register", "texts" : { "fi" : "Väestötietojärjestelmä", "sv" : "Befolkningsdatasystemet", "en" : "Population Information System" }, "sourceKind" : "THIRD_PARTY" } ],
                "categories" : [
                  { "key" : "contact", "texts" : { "fi" : "Yhteystiedot", "sv" : "Kontaktuppgifter", "en" : "Contact details" } },
                  { "key" : "health", "texts" : { "fi" : "Terveystiedot", "sv" : "Hälsouppgifter", "en" : "Health data" }, "special" : true } ],
                "subjects" : [
                  { "key" : "customer", "texts" : { "fi" : "Asiakkaat", "sv" : "Kunder", "en" : "Customers" } },
                  { "key" : "patient", "texts" : { "fi" : "Potilaat", "sv" : "Patienter", "en" : "Patients" } } ],
                "recipients" : [
                  { "key" : "chat-vendor", "texts" : { "fi" : "Chat-palvelun toimittaja", "sv" : "Chattleverantören", "en" : "Chat vendor" },
                    "kind" : "PROCESSOR", "country" : "US", "safeguard" : "STANDARD_CONTRACTUAL_CLAUSES" } ] },
              "fields" : [ {
                "className" : "com.example.care.Patient", "field" : "diagnosis", "javaType" : "java.lang.String", "register" : "patients",
                "labels" : { "fi" : "Diagnoosi", "sv" : "Diagnos", "en" : "Diagnosis" },
                "purposes" : [ "care" ], "sources" : [ "data-subject", "population-register" ], "categories" : [ "health" ],
                "retention" : { "period" : "P12Y", "from" : "DEATH", "law" : "STM:n asetus 298/2009",
                  "otherwise" : { "period" : "P120Y", "from" : "BIRTH" },
                  "lawTexts" : { "sv" : "SHM:s förordning 298/2009", "en" : "Decree 298/2009 of the Ministry of Social Affairs and Health" } }, "special" : true
              }, {
                "className" : "com.example.chat.Conversation", "field" : "email", "javaType" : "java.lang.String", "register" : "chat",
                "labels" : { "fi" : "Sähköpostiosoite", "sv" : "E-postadress", "en" : "E-mail address" },
                "purposes" : [ "chat-service", "newsletter" ], "sources" : [ "data-subject" ], "categories" : [ "contact" ],
                "recipients" : [ "chat-vendor" ], "retention" : { "period" : "P4M", "from" : "CONVERSATION_END" }
              } ]
            }
            """;

    /** Every practice declared absent: the free-text index's default register has no @Register to say so. */
    static final java.util.Set<fi.seloste.Practice> NO_PRACTICES = java.util.EnumSet.allOf(fi.seloste.Practice.class);

    static final Organisation ORGANISATION = Organisation.of(
            new Controller("Pikkuklinikka Oy", "1234567-1", "Katu 1, 00100 Helsinki", "010 555 0100", "info@klinikka.example", null),
            new Contact("Jaana Esimerkki", java.util.Map.of("fi", "kehityspäällikkö", "sv", "utvecklingschef", "en", "development manager"),
                    null, "010 555 0101", "jaana@klinikka.example", null),
            new Contact("Risto Malli", null, null, null, "tietosuoja@klinikka.example")).declaringNone(NO_PRACTICES);

    /**
     * @return a class output folder holding the index, and a class file for every indexed class whose bytes carry
     *     the {@code @PersonalData} descriptor, as javac would leave them
     */
    static Path classes(Path dir, String name, String index) throws Exception {
        Path classes = dir.resolve(name);
        Files.createDirectories(classes.resolve("META-INF/seloste"));
        Files.writeString(classes.resolve(IndexFormat.LOCATION), index, StandardCharsets.UTF_8);
        try {
            for (com.fasterxml.jackson.databind.JsonNode field : new com.fasterxml.jackson.databind.ObjectMapper().readTree(index).path("fields")) {
                classFile(classes, field.path("className").asText(), true);
            }
        } catch (com.fasterxml.jackson.core.JacksonException notJson) {
            // a deliberately broken index: no classes
        }
        return classes;
    }

    /** Writes a stand-in class file, with or without {@code @PersonalData} on its field. */
    static void classFile(Path classes, String binaryName, boolean annotated) throws Exception {
        Path file = classes.resolve(binaryName.replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, annotated ? StandInClassFiles.annotated(binaryName) : StandInClassFiles.plain(binaryName));
    }

    /**
     * @return a jar holding the index, and a class file for every class its entries describe, as a jar built by
     *     javac and seloste-processor has
     */
    static Path jar(Path dir, String name, String index) throws Exception {
        return jar(dir, name, index, classesOf(index));
    }

    /** @return a jar holding the index and stand-in class files of the classes given, with {@code @PersonalData} on a field */
    static Path jar(Path dir, String name, String index, java.util.Collection<String> classes) throws Exception {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        classes.forEach(c -> files.put(c, ""));
        return jar(dir, name, index, files);
    }

    /**
     * @param classes binary name to the descriptor of an annotation the stand-in class carries on the class (or
     *     {@code ""}), such as {@code Ljakarta/persistence/Embeddable;}
     * @return a jar holding the index and the stand-in class files
     */
    static Path jar(Path dir, String name, String index, java.util.Map<String, String> classes) throws Exception {
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(IndexFormat.LOCATION));
            zip.write(index.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (java.util.Map.Entry<String, String> c : new java.util.TreeMap<>(classes).entrySet()) {
                zip.putNextEntry(new ZipEntry(c.getKey().replace('.', '/') + ".class"));
                zip.write(StandInClassFiles.of(c.getKey(), java.util.List.of("Lfi/seloste/PersonalData;"),
                        c.getValue().isEmpty() ? java.util.List.of() : java.util.List.of(c.getValue())));
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** @return the classes an index's field and undeclared entries describe; none for an index that is not JSON */
    static java.util.Set<String> classesOf(String index) {
        java.util.Set<String> classes = new java.util.TreeSet<>();
        try {
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(index);
            for (String list : java.util.List.of("fields", "undeclared")) {
                for (com.fasterxml.jackson.databind.JsonNode entry : root.path(list)) {
                    if (entry.path("className").isTextual()) {
                        classes.add(entry.path("className").asText());
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException notJson) {
            // a deliberately broken index: no classes
        }
        return classes;
    }

    /**
     * @param entries how many invalid entries ({@code {}}) the index's {@code fields} hold
     * @return a jar whose index is nothing but invalid entries: 2^24 of them take 48 MB, deflated to some 50 KB
     */
    static Path floodJar(Path dir, String name, int entries) throws Exception {
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(IndexFormat.LOCATION));
            zip.write("{\"schemaVersion\":1,\"fields\":[{}".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ",{}".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            int left = entries - 1;
            for (; left >= 1 << 16; left -= 1 << 16) {
                zip.write(chunk);
            }
            zip.write(",{}".repeat(left).getBytes(StandardCharsets.US_ASCII));
            zip.write("]}".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return jar;
    }

    static IndexSource source(Path path, String origin) {
        return new IndexSource(path, origin);
    }
}
