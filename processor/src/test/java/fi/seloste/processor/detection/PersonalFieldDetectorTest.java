package fi.seloste.processor.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.processor.detection.PersonalFieldDetector.Suspicion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unannotated-field detector: word splitting, each dictionary group in Finnish, Swedish and English, the
 * IP address type rule, the negatives that keep false positives rare, and precision and recall over a labelled
 * corpus.
 *
 * <p>Corpus labels ({@code detection/corpus.csv}) answer "would a data-protection officer list this field's
 * value as an item of personal data about a natural person?": identifiers and contact details, identity and
 * customer numbers, online and device identifiers, characteristics (birth date, gender, nationality, health,
 * pay, location), credentials and content people write are {@code yes}; things, organisations, configuration,
 * record metadata (timestamps, statuses, types, flags, counts) and surrogate keys ({@code id},
 * {@code customerId}: the data they point to is documented where it is stored) are {@code no}. Rows were
 * labelled before the detector was run on them and are not adjusted to it.
 */
class PersonalFieldDetectorTest {

    private static final String STRING = "java.lang.String";

    private final PersonalFieldDetector detector = new PersonalFieldDetector();

    private Optional<Suspicion> inspect(String name, String type) {
        return detector.inspect(name, type);
    }

    private void assertPersonal(String name, String type, String meaningFragment) {
        Optional<Suspicion> s = inspect(name, type);
        assertTrue(s.isPresent(), () -> name + " : " + type + " should look personal");
        assertTrue(s.get().meaning().contains(meaningFragment),
                () -> name + " : " + type + " meant '" + s.get().meaning() + "', expected '" + meaningFragment + "'");
    }

    private void assertNotPersonal(String name, String type) {
        Optional<Suspicion> s = inspect(name, type);
        assertFalse(s.isPresent(), () -> name + " : " + type + " should not look personal but " + s.get().reason());
    }

    @Nested
    class Words {

        @Test
        void splitsCamelSnakeKebabAndDigits() {
            assertEquals(List.of("customer", "email", "addr", "2"), PersonalFieldDetector.words("customerEmailAddr2"));
            assertEquals(List.of("hetu", "number"), PersonalFieldDetector.words("HETU_NUMBER"));
            assertEquals(List.of("customer", "email"), PersonalFieldDetector.words("CustomerEmail"));
            assertEquals(List.of("e", "mail"), PersonalFieldDetector.words("e-mail"));
            assertEquals(List.of("http", "server", "url"), PersonalFieldDetector.words("HTTPServerURL"));
            assertEquals(List.of("remote", "ipv", "4"), PersonalFieldDetector.words("remoteIPv4"));
            assertEquals(List.of("icd", "10", "koodi"), PersonalFieldDetector.words("icd10Koodi"));
            assertEquals(List.of("date", "of", "birth"), PersonalFieldDetector.words("date_of_birth"));
            assertEquals(List.of("x"), PersonalFieldDetector.words("$x$"));
            assertEquals(List.of(), PersonalFieldDetector.words("__"));
        }

        @Test
        void keepsFinnishAndSwedishLettersLowerCased() {
            assertEquals(List.of("sähköposti"), PersonalFieldDetector.words("Sähköposti"));
            assertEquals(List.of("asiakkaan", "syntymäaika"), PersonalFieldDetector.words("asiakkaanSyntymäaika"));
            assertEquals(List.of("för", "namn"), PersonalFieldDetector.words("FÖR_NAMN"));
        }

        @Test
        void foldsNordicLetters() {
            assertEquals("sahkoposti", PersonalFieldDetector.fold("sähköposti"));
            assertEquals("fodelsedatum", PersonalFieldDetector.fold("födelsedatum"));
            assertEquals("alder", PersonalFieldDetector.fold("ålder"));
        }
    }

    @Nested
    class Dictionary {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "email", "customerEmail", "e_mail", "eMail", "emailAddress", "mail", "sähköposti", "sahkoposti",
            "sposti", "s_posti", "sähköpostiosoite", "epost", "e-post", "epostadress", "hakijanSahkoposti",
            "contactPersonEmail", "companyContactEmail"})
        void email(String name) {
            assertPersonal(name, STRING, "e-mail");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "phone", "phoneNumber", "mobile", "msisdn", "tel", "telephone", "guardianPhone", "puhelin",
            "puhelinnumero", "matkapuhelin", "huoltajanPuhelin", "tyopuhelin", "gsm", "telefon", "mobil",
            "mobilnummer", "mobile_phone", "contactNumber"})
        void phone(String name) {
            assertPersonal(name, STRING, "telephone");
        }

        @Test
        void numericPhoneCounts() {
            assertPersonal("phone", "long", "telephone");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "hetu", "HETU_NUMBER", "henkilötunnus", "henkilotunnus", "ssn", "socialSecurityNumber", "personnummer",
            "personbeteckning", "nationalId", "personalIdentityCode", "sokandensPersonnummer"})
        void identityCode(String name) {
            assertPersonal(name, STRING, "identity number");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "firstName", "first_name", "firstname", "lastName", "surname", "givenName", "fullName", "etunimi",
            "sukunimi", "förnamn", "fornamn", "efternamn", "customerName", "patientName", "contactName",
            "hakijanNimi", "potilasnimi", "kundnamn", "userDisplayName", "contactPersonName", "nextOfKinName",
            "cardHolderName"})
        void names(String name) {
            assertPersonal(name, STRING, "name");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "name", "title", "displayName", "productName", "companyName", "fileName", "hostName", "nameSv",
            "tuotenimi", "yrityksenNimi", "asianNimi", "namn", "nimi", "legalName", "queueName"})
        void bareAndThingNamesAreNotPersonal(String name) {
            assertNotPersonal(name, STRING);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"username", "userName", "login", "käyttäjätunnus", "kayttajatunnus", "användarnamn"})
        void username(String name) {
            assertPersonal(name, STRING, "username");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "address", "homeAddress", "billingAddress", "streetAddress", "street", "addressLine1", "osoite",
            "katuosoite", "lähiosoite", "lahiosoite", "kotiosoite", "laskutusosoite", "hakijanOsoite", "adress",
            "gatuadress", "hemadress", "postadress", "customerAddr"})
        void address(String name) {
            assertPersonal(name, STRING, "postal address");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"postalCode", "zipCode", "zip", "postcode", "postinumero", "postnummer", "billingZip"})
        void postalCode(String name) {
            assertPersonal(name, STRING, "postal code");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "birthDate", "dateOfBirth", "date_of_birth", "dob", "birthday", "syntymäaika", "syntymaaika",
            "syntymapaiva", "syntymäpäivä", "födelsedatum", "fodelsedatum", "syntyma_aika"})
        void birthDate(String name) {
            assertPersonal(name, "java.time.LocalDate", "date of birth");
        }

        @Test
        void birthYearAsNumberIsPersonal() {
            assertPersonal("birthYear", "int", "date of birth");
            assertPersonal("syntymävuosi", "java.lang.Integer", "date of birth");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"ip", "ipAddress", "ip_address", "clientIp", "client_ip", "remoteAddr", "ipv4", "remoteIPv6",
                "lastLoginIp", "forwardedFor", "iposoite"})
        void ipAddressByName(String name) {
            assertPersonal(name, STRING, "IP address");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"iban", "bankAccountIban", "bankAccount", "accountNumber", "tilinumero", "kontonummer",
                "pankkitili"})
        void bankAccount(String name) {
            assertPersonal(name, STRING, "bank account");
        }

        @Test
        void bicIsNotPersonal() {
            assertNotPersonal("bic", STRING);
            assertNotPersonal("swiftCode", STRING);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"gender", "sex", "sukupuoli", "kön", "kon", "patientSex"})
        void gender(String name) {
            assertPersonal(name, "com.example.Gender", "gender");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"nationality", "kansalaisuus", "medborgarskap", "citizenship"})
        void nationality(String name) {
            assertPersonal(name, STRING, "nationality");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"passportNumber", "passport", "driversLicense", "driversLicenseNumber", "ajokortti", "passi",
                "körkort"})
        void identityDocuments(String name) {
            assertPersonal(name, STRING, "identity document");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"gpsLatitude", "geolocation", "gps", "currentLocation", "userLocation", "lastKnownLocation",
                "deviceLatitude", "kayttajanSijainti"})
        void location(String name) {
            assertPersonal(name, "double", "location");
        }

        @Test
        void aPlacesCoordinatesAreNotAPersonsLocation() {
            assertNotPersonal("latitude", "double");
            assertNotPersonal("longitude", "double");
            assertNotPersonal("location", STRING);
            assertNotPersonal("storeLocation", STRING);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"deviceId", "imei", "macAddress", "cookieId", "pushToken", "userAgent", "advertisingId",
                "laitetunniste"})
        void deviceIdentifiers(String name) {
            assertPersonal(name, STRING, "device or online identifier");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"password", "passwordHash", "salasana", "lösenord", "pin"})
        void credentials(String name) {
            assertPersonal(name, STRING, "password");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"diagnosis", "diagnoosi", "symptoms", "oireet", "medication", "lääkitys", "laakitys",
                "allergies", "allergia", "bloodType", "veriryhmä", "icd10Code", "vaccinationStatus"})
        void health(String name) {
            assertPersonal(name, STRING, "health");
        }

        @Test
        void healthYesNoAnswersAreHealthData() {
            assertPersonal("smoker", "boolean", "health");
            assertPersonal("hasAllergies", "java.lang.Boolean", "health");
            assertNotPersonal("allergyCheckRequired", "boolean");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"salary", "monthlySalary", "palkka", "bruttopalkka", "kuukausipalkka", "lön", "månadslön",
                "manadslon"})
        void pay(String name) {
            assertPersonal(name, "java.math.BigDecimal", "salary");
        }

        @Test
        void lonWithoutUmlautIsLongitudeNotPay() {
            assertNotPersonal("lon", "double");
            assertPersonal("userLon", "double", "location");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"signature", "allekirjoitus", "underskrift", "photo", "avatar", "valokuva", "profiilikuva",
                "profilePicture", "customerImage"})
        void signatureAndPhoto(String name) {
            assertTrue(inspect(name, "byte[]").isPresent(), name);
        }

        @Test
        void productImagesAreNotPersonal() {
            assertNotPersonal("image", "byte[]");
            assertNotPersonal("tuotekuva", "byte[]");
            assertNotPersonal("imageUrl", STRING);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"customerNumber", "asiakasnumero", "kundnummer", "employeeNo", "medlemsnummer",
                "patientNumber"})
        void personNumbers(String name) {
            assertPersonal(name, STRING, "customer, member or employee number");
        }

        @Test
        void numbersOfThingsAreNotPersonal() {
            assertNotPersonal("orderNumber", STRING);
            assertNotPersonal("invoiceNumber", STRING);
            assertNotPersonal("diaarinumero", STRING);
            assertNotPersonal("diarienummer", STRING);
        }

        @Test
        void actorsAndPersonNounsHoldingText() {
            assertPersonal("createdBy", STRING, "who did it");
            assertPersonal("lastModifiedBy", STRING, "who did it");
            assertPersonal("assignedNurse", STRING, "person");
            assertPersonal("kasittelija", STRING, "person");
            assertPersonal("handläggare", STRING, "person");
            assertNotPersonal("createdBy", "com.example.User");
            assertNotPersonal("createdBy", "java.lang.Long");
            assertNotPersonal("orderBy", STRING);
            assertNotPersonal("customer", "com.example.Customer");
            assertNotPersonal("dbUser", STRING);
        }
    }

    @Nested
    class Types {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"java.net.InetAddress", "java.net.Inet4Address", "java.net.Inet6Address"})
        void inetAddressesAreIpAddressesWhateverTheName(String type) {
            Suspicion s = inspect("origin", type).orElseThrow();
            assertEquals(type, s.matched());
            assertEquals("its type " + type + " is an IP address", s.reason());
        }

        @Test
        void inetAddressesInsideContainers() {
            for (String type : List.of("java.util.List<java.net.InetAddress>", "java.net.InetAddress[]",
                    "java.util.Optional<java.net.Inet6Address>", "java.util.Set<? extends java.net.InetAddress>",
                    "java.util.Map<java.lang.String,java.net.InetAddress>",
                    "java.net.@org.example.NonNull InetAddress")) {
                Suspicion s = inspect("values", type).orElseThrow(() -> new AssertionError(type));
                assertTrue(s.reason().contains("IP address"), s.reason());
            }
        }

        @Test
        void typesThatCannotHoldTheDataAreNotFlagged() {
            assertNotPersonal("emailVerified", "boolean");
            assertNotPersonal("email", "boolean");
            assertNotPersonal("emails", "int");
            assertNotPersonal("emailPattern", "java.util.regex.Pattern");
            assertNotPersonal("nationalityLocale", "java.util.Locale");
            assertNotPersonal("salary", "java.util.Currency");
            assertNotPersonal("lastLogin", "java.time.Instant");
        }

        @Test
        void containersAndAnnotatedTypesOfText() {
            assertPersonal("emails", "java.util.List<java.lang.String>", "e-mail");
            assertPersonal("phoneNumbers", "java.util.Map<java.lang.String,java.lang.String>", "telephone");
            assertPersonal("email", "java.lang.@jakarta.validation.constraints.Email(regexp=\"(.*)\") String",
                    "e-mail");
            assertPersonal("email", null, "e-mail");
            assertPersonal("password", "char[]", "password");
        }
    }

    @Nested
    class Negatives {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "id", "version", "createdAt", "updatedAt", "emailTemplateId", "email_template_id", "phoneType",
            "addressType", "addressFormat", "ipRangeStart", "ipWhitelistEnabled", "streetLightId", "smtpHost",
            "emailSentDate", "emailVerifiedAt", "passwordPolicy", "passwordMinLength", "phoneCountryCode",
            "serverAddress", "hostAddress", "webAddress", "remoteServerIp", "gatewayIp", "proxyAddress",
            "smtpPassword", "supportEmail", "companyAddress", "companyPhone", "emailRegex", "emailDomain",
            "nameMaxLength", "signatureAlgorithm", "maxAge", "minimumAge", "zipFilePath", "mobileApp",
            "verkkoOsoite", "palvelinosoite", "birthdayDiscountPercent", "parentId", "childId", "clientId",
            "emailConsent", "diagnosisCodeSystem", "phoneModel", "allowedIps", "loginUrl"})
        void metadataAndThingsAreNotPersonal(String name) {
            assertNotPersonal(name, STRING);
        }

        /**
         * Issue 14 asks for a different verdict here: {@code customerId} and {@code patientId} were negatives (the
         * data is documented where it is stored); a reference to a person identifies that person in this row, so
         * they are now personal, as {@code userId}, {@code personId} and {@code oidHenkilo}.
         */
        @ParameterizedTest(name = "{0}")
        @CsvSource({"customerId", "patientId", "userId", "personId", "henkiloOid", "oidHenkilo", "patientPersonId",
                "kasittelijaOid", "ownerId", "kundId"})
        void referencesToAPersonArePersonal(String name) {
            assertPersonal(name, STRING, "reference to a person");
            assertPersonal(name, "java.lang.Long", "reference to a person");
        }

        @Test
        void pseudonymousIdentifiersStayPersonal() {
            assertPersonal("emailHash", STRING, "e-mail");
            assertPersonal("phoneEncrypted", "byte[]", "telephone");
        }
    }

    @Nested
    class Reasons {

        @Test
        void reasonNamesTheMatchedWordAndItsMeaning() {
            Suspicion s = inspect("email", STRING).orElseThrow();
            assertEquals("email", s.matched());
            assertEquals("an e-mail address", s.meaning());
            assertEquals("its name contains \"email\" (an e-mail address)", s.reason());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"customerEmailAddr2", "guardianPhone", "hakijanNimi", "sähköposti", "FIRST_NAME", "createdBy",
                "kotiosoite", "bankAccountIban"})
        void reasonMentionsTheMatchAsWrittenInTheName(String name) {
            Suspicion s = inspect(name, STRING).orElseThrow();
            assertTrue(name.contains(s.matched()), () -> s.matched() + " not in " + name);
            assertTrue(s.reason().contains("\"" + s.matched() + "\""), s.reason());
            assertTrue(s.reason().contains(s.meaning()), s.reason());
        }

        @Test
        void matchedPartOfCompounds() {
            assertEquals("FIRST_NAME", inspect("FIRST_NAME", STRING).orElseThrow().matched());
            assertEquals("Osoite", inspect("tyoOsoite", STRING).orElseThrow().matched());
            assertEquals("kotiosoite", inspect("kotiosoite", STRING).orElseThrow().matched());
            assertEquals("hakijanNimi", inspect("hakijanNimi", STRING).orElseThrow().matched());
        }
    }

    // ------------------------------------------------------------------------------------------ corpus

    private record Row(int line, String owner, String field, String type, boolean personal) {
    }

    private static List<Row> corpus() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = PersonalFieldDetectorTest.class.getResourceAsStream("/detection/corpus.csv")) {
            assertNotNull(in, "detection/corpus.csv on the test class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            assertEquals("class,field,type,personal", header);
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                assertEquals(4, cells.length, "corpus line " + number + ": " + line);
                String label = cells[3].trim();
                assertTrue(label.equals("yes") || label.equals("no"), "corpus line " + number + ": " + label);
                rows.add(new Row(number, cells[0].trim(), cells[1].trim(), cells[2].trim(), label.equals("yes")));
            }
        }
        return rows;
    }

    @Test
    void corpusPrecisionAndRecall() throws IOException {
        List<Row> rows = corpus();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Optional<Suspicion> s = detector.inspect(row.field, row.type);
            if (s.isPresent() && row.personal) {
                tp++;
            } else if (s.isPresent()) {
                fp++;
                wrong.add("  FP line " + row.line + ": " + row.owner + "." + row.field + " : " + row.type + " -- "
                        + s.get().reason());
            } else if (row.personal) {
                fn++;
                wrong.add("  FN line " + row.line + ": " + row.owner + "." + row.field + " : " + row.type);
            } else {
                tn++;
            }
        }
        long personal = rows.stream().filter(Row::personal).count();
        double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        System.out.println(String.format(Locale.ROOT,
                "detector corpus: rows=%d personal=%d tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f",
                rows.size(), personal, tp, fp, fn, tn, precision, recall));
        wrong.forEach(System.out::println);

        assertTrue(rows.size() >= 150, "corpus has " + rows.size() + " rows");
        assertTrue(precision >= 0.95, String.format(Locale.ROOT, "precision %.3f < 0.95%n%s", precision,
                String.join("\n", wrong)));
        assertTrue(recall >= 0.90, String.format(Locale.ROOT, "recall %.3f < 0.90%n%s", recall,
                String.join("\n", wrong)));
    }

    /**
     * The same corpus judged as the processor judges it, with each field's class (the corpus's class column; no links,
     * no annotations): the figures docs/detection.md reports for the own corpus next to the name-only ones above.
     */
    @Test
    void corpusWithClassContext() throws IOException {
        List<Row> rows = corpus();
        java.util.Map<String, List<ClassShape.FieldShape>> fields = new java.util.LinkedHashMap<>();
        for (Row row : rows) {
            fields.computeIfAbsent(row.owner, k -> new ArrayList<>()).add(new ClassShape.FieldShape(row.field, row.type,
                    java.util.Set.of(), ClassShape.Link.NONE, null, false, ClassShape.Declaration.UNDECLARED));
        }
        java.util.Map<String, ClassShape> shapes = new java.util.LinkedHashMap<>();
        fields.forEach((owner, list) -> shapes.put(owner, new ClassShape(owner, owner.substring(owner.lastIndexOf('.') + 1),
                ClassShape.Role.ENTITY, null, list)));
        FieldJudge judge = new FieldJudge(shapes.values(), n -> Optional.ofNullable(shapes.get(n)));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            ClassShape shape = shapes.get(row.owner);
            ClassShape.FieldShape field = shape.fields().stream().filter(f -> f.name().equals(row.field)).findFirst().orElseThrow();
            Optional<Suspicion> s = judge.judge(shape, field);
            if (s.isPresent() && row.personal) {
                tp++;
            } else if (s.isPresent()) {
                fp++;
                wrong.add("  FP line " + row.line + ": " + row.owner + "." + row.field + " -- " + s.get().reason());
            } else if (row.personal) {
                fn++;
                wrong.add("  FN line " + row.line + ": " + row.owner + "." + row.field + " : " + row.type);
            } else {
                tn++;
            }
        }
        double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        System.out.println(String.format(Locale.ROOT,
                "detector corpus with class context: rows=%d tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f",
                rows.size(), tp, fp, fn, tn, precision, recall));
        wrong.forEach(System.out::println);
        assertTrue(precision >= OWN_CORPUS_CONTEXT_PRECISION_FLOOR, String.format(Locale.ROOT, "precision %.3f", precision));
        assertTrue(recall >= OWN_CORPUS_CONTEXT_RECALL_FLOOR, String.format(Locale.ROOT, "recall %.3f", recall));
    }

    /**
     * Floors under the figures reached with class context (0.686 and 0.924), so that a regression fails. Precision is
     * low against this corpus's labels because they call record metadata (order totals, dates, case numbers) not
     * personal, where the external corpus's guide (Y8, Y10, Y15) calls them personal in a record about a person.
     */
    private static final double OWN_CORPUS_CONTEXT_PRECISION_FLOOR = 0.68;
    private static final double OWN_CORPUS_CONTEXT_RECALL_FLOOR = 0.92;

    @Test
    void fastEnoughForEveryFieldOfEveryEntity() throws IOException {
        List<Row> rows = corpus();
        int rounds = 200;
        long start = System.nanoTime();
        int flagged = 0;
        for (int i = 0; i < rounds; i++) {
            for (Row row : rows) {
                if (detector.inspect(row.field, row.type).isPresent()) {
                    flagged++;
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(flagged > 0);
        // tens of thousands of fields must take well under a few seconds even on a slow CI machine
        assertTrue(millis < 10_000, rounds * rows.size() + " inspections took " + millis + " ms");
    }
}
