package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.index;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Registers, the purpose catalogue, vocabularies and defaults: declared once, resolved on every field. */
class DeclarationsTest {

    /** Free-text mode's legal facts, stated once on a class for its fields. */
    private static final String LEGAL_DEFAULTS = PersonalDataValidationTest.LEGAL_DEFAULTS;

    static final JavaFileObject PURPOSES = source("com.example.Purposes",
            "package com.example;",
            "import fi.seloste.*;",
            "public final class Purposes {",
            "    @Purpose(fi = \"Asiakaspalvelu chatissa\", sv = \"Kundtjänst i chatten\", en = \"Customer service in the chat\",",
            "             basis = LegalBasis.LEGITIMATE_INTERESTS, legitimateInterest = \"Asiakkaiden neuvonta\")",
            "    public static final String CHAT_SERVICE = \"chat-service\";",
            "    @Purpose(fi = \"Hoidon järjestäminen\", basis = LegalBasis.LEGAL_OBLIGATION,",
            "             specialCondition = SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)",
            "    public static final String CARE = \"care\";",
            "    @Purpose(fi = \"Markkinointi\", basis = LegalBasis.CONSENT)",
            "    public static final String MARKETING = \"marketing\";",
            "}");

    static final JavaFileObject CHAT_PACKAGE = source("com.example.chat.package-info",
            "@fi.seloste.Register(id = \"chat\", fi = \"Chat-rekisteri\", sv = \"Chattregistret\", en = \"Chat register\",",
            "        subjects = fi.seloste.DataSubjects.CUSTOMER, purposes = com.example.Purposes.CHAT_SERVICE)",
            "@fi.seloste.PersonalDataDefaults(retention = \"P4M\", retentionFrom = fi.seloste.RetentionTrigger.CONVERSATION_END, retentionLaw = \"Laki X\",",
            "        source = fi.seloste.Sources.DATA_SUBJECT)",
            "package com.example.chat;");

    @Test
    void fieldsInheritFromClassPackageAndRegisterAndMayOverride() throws Exception {
        Compilation c = compile(PURPOSES, CHAT_PACKAGE, source("com.example.chat.Conversation",
                "package com.example.chat;",
                "import fi.seloste.*;",
                "@PersonalDataDefaults(category = DataCategories.CONTACT)",
                "public class Conversation {",
                "    @PersonalData(label = \"Puhelinnumero\", labelSv = \"Telefonnummer\", labelEn = \"Phone number\")",
                "    private String phone;",
                "    @PersonalData(retention = \"P90D\", category = DataCategories.ONLINE_IDENTIFIERS,",
                "                  source = Sources.SERVICE_GENERATED)",
                "    private java.net.InetAddress ip;",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        JsonNode index = index(c);
        assertEquals("catalogue", index.get("mode").asText());
        JsonNode phone = index.at("/fields/1");
        assertEquals("phone", phone.get("field").asText());
        assertEquals("chat", phone.get("register").asText());
        assertEquals("chat-service", phone.at("/purposes/0").asText(), "from the register");
        assertEquals("P4M", phone.at("/retention/period").asText(), "from the package");
        assertEquals("CONVERSATION_END", phone.at("/retention/from").asText());
        assertEquals("Laki X", phone.at("/retention/law").asText(), "the law comes with the inherited period");
        assertEquals("data-subject", phone.at("/sources/0").asText(), "from the package");
        assertEquals("contact", phone.at("/categories/0").asText(), "from the class");
        assertEquals("customer", phone.at("/subjects/0").asText(), "from the register");
        assertEquals("Telefonnummer", phone.at("/labels/sv").asText());

        JsonNode ip = index.at("/fields/0");
        assertEquals("P90D", ip.at("/retention/period").asText(), "the field overrides");
        assertEquals("COLLECTION", ip.at("/retention/from").asText(), "the trigger belongs to the period that is overridden");
        assertFalse(ip.at("/retention").has("law"), "so does the law");
        assertEquals("online-identifiers", ip.at("/categories/0").asText());

        JsonNode register = index.at("/registers/0");
        assertEquals("chat", register.get("id").asText());
        assertEquals("Chattregistret", register.at("/names/sv").asText());
        assertEquals("com.example.chat", register.get("declaredIn").asText());

        JsonNode purposes = index.get("purposes");
        assertEquals(3, purposes.size());
        assertEquals("care", purposes.at("/0/key").asText());
        assertEquals("HEALTH_OR_SOCIAL_CARE", purposes.at("/0/specialCondition").asText());
        assertEquals("LEGITIMATE_INTERESTS", purposes.at("/1/basis").asText());
        assertEquals("Asiakkaiden neuvonta", purposes.at("/1/legitimateInterest/fi").asText());

        JsonNode sources = index.at("/vocabulary/sources");
        assertEquals(2, sources.size(), "built-in entries that are used, with all their languages");
        assertEquals("data-subject", sources.at("/0/key").asText());
        assertEquals("Den registrerade själv", sources.at("/0/texts/sv").asText());
        assertEquals("Customers", index.at("/vocabulary/subjects/0/texts/en").asText());
    }

    @Test
    void unknownPurposeKeySuggestsTheNearest() {
        Compilation c = compile(PURPOSES, source("com.example.Chat",
                "package com.example;",
                "public class Chat {",
                "    @fi.seloste.PersonalData(purpose = \"chat-servce\", retention = \"P4M\", source = fi.seloste.Sources.DATA_SUBJECT)",
                "    private String name;",
                "}"));
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P110] @PersonalData on Chat.name refers to purpose 'chat-servce', "
                + "which no @Purpose declares. Did you mean 'chat-service'?").inFile(c.sourceFiles().get(1)).onLine(3);
    }

    @Test
    void inCatalogueModeSourcesMustBeKeys() {
        Compilation c = compile(PURPOSES, source("com.example.Chat",
                "package com.example;",
                "public class Chat {",
                "    @fi.seloste.PersonalData(purpose = Purposes.CARE, retention = \"P4M\", source = \"data-subjct\")",
                "    private String name;",
                "}"));
        assertThat(c).hadErrorContaining("[SELOSTE-P111] @PersonalData on Chat.name refers to source 'data-subjct', "
                + "which is not declared. Did you mean 'data-subject'? Use a constant of Sources, or declare your own with @Source")
                .inFile(c.sourceFiles().get(1)).onLine(3);
    }

    @Test
    void freeTextModeAcceptsTextsButCategoriesStayKeys() throws Exception {
        Compilation c = compile(source("com.example.Chat",
                "package com.example;",
                LEGAL_DEFAULTS + " public class Chat {",
                "    @fi.seloste.PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas itse\")",
                "    private String name;",
                "    @fi.seloste.PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas itse\", category = \"contcat\")",
                "    private String phone;",
                "}"));
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P111] @PersonalData on Chat.phone refers to data category 'contcat'")
                .inFile(c.sourceFiles().get(0)).onLine(5);
        assertThat(c).hadErrorContaining("Did you mean 'contact'?");
    }

    @Test
    void freeTextModeIsRecordedInTheIndex() throws Exception {
        Compilation c = compile(source("com.example.Chat",
                "package com.example;",
                LEGAL_DEFAULTS + " public class Chat {",
                "    @fi.seloste.PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas itse\")",
                "    private String name;",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        assertEquals("free-text", index(c).get("mode").asText());
        assertEquals(0, index(c).get("purposes").size());
    }

    @Test
    void twoPurposesWithOneKeyConflict() {
        Compilation c = compile(PURPOSES, source("com.example.More",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class More {",
                "    @Purpose(fi = \"Jotain muuta\", basis = LegalBasis.CONSENT)",
                "    public static final String OTHER = \"care\";",
                "}"));
        assertThat(c).hadErrorContaining("[SELOSTE-P132] Purpose 'care' is declared twice with different content: in "
                + "com.example.Purposes and in com.example.More").inFile(c.sourceFiles().get(1)).onLine(4);
    }

    @Test
    void legitimateInterestMustBeDescribed() {
        Compilation c = compile(source("com.example.P",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class P {",
                "    @Purpose(fi = \"Markkinointi\", basis = LegalBasis.LEGITIMATE_INTERESTS)",
                "    public static final String M = \"m\";",
                "}"));
        assertThat(c).hadErrorContaining("[SELOSTE-P143] @Purpose on P.M relies on legitimate interests")
                .inFile(c.sourceFiles().get(0)).onLine(4);
    }

    @Test
    void purposeMustSitOnAStringConstant() {
        Compilation c = compile(source("com.example.P",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class P {",
                "    @Purpose(fi = \"Markkinointi\", basis = LegalBasis.CONSENT)",
                "    public String notConstant = \"m\";",
                "}"));
        assertThat(c).hadErrorContaining("[SELOSTE-P130] @Purpose on P.notConstant must sit on a static final String constant")
                .inFile(c.sourceFiles().get(0)).onLine(4);
    }

    @Test
    void unknownRegisterSuggestsTheNearest() {
        Compilation c = compile(PURPOSES, CHAT_PACKAGE, source("com.example.Chat",
                "package com.example;",
                "public class Chat {",
                "    @fi.seloste.PersonalData(register = \"caht\", purpose = Purposes.CARE, retention = \"P4M\",",
                "        source = fi.seloste.Sources.DATA_SUBJECT)",
                "    private String name;",
                "}"));
        assertThat(c).hadErrorContaining("[SELOSTE-P115] @PersonalData on Chat.name refers to register 'caht', which no "
                + "@Register declares. Did you mean 'chat'?").inFile(c.sourceFiles().get(2)).onLine(3);
    }

    @Test
    void registerIdCannotEscapeTheOutputDirectory() {
        Compilation c = compile(source("com.example.R",
                "package com.example;",
                "@fi.seloste.Register(id = \"../../etc/passwd\", fi = \"Rekisteri\")",
                "public class R {}"));
        assertThat(c).hadErrorContaining("[SELOSTE-P133] @Register on R has id '../../etc/passwd'")
                .inFile(c.sourceFiles().get(0)).onLine(2);
    }

    @Test
    void specialDataNeedsAnArticle9Condition() {
        Compilation c = compile(PURPOSES, source("com.example.Patient",
                "package com.example;",
                "import fi.seloste.*;",
                "public class Patient {",
                "    @PersonalData(purpose = Purposes.MARKETING, retention = \"P5Y\", source = Sources.DATA_SUBJECT,",
                "                  category = DataCategories.HEALTH)",
                "    private String diagnosis;",
                "    @PersonalData(purpose = Purposes.CARE, retention = \"P12Y\", retentionFrom = RetentionTrigger.DEATH,",
                "                  source = Sources.DATA_SUBJECT, category = DataCategories.HEALTH)",
                "    private String allergies;",
                "    @PersonalData(purpose = Purposes.MARKETING, retention = \"P5Y\", source = Sources.DATA_SUBJECT, special = true,",
                "                  specialCondition = SpecialCategoryCondition.EXPLICIT_CONSENT)",
                "    private String wishes;",
                "}"));
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P140] Patient.diagnosis holds special-category data (GDPR Art. 9, "
                + "category 'health') but neither its purposes (marketing) nor the field name an Art. 9(2) condition")
                .inFile(c.sourceFiles().get(1)).onLine(4);
    }

    @Test
    void identityCodeNeedsAGround() {
        Compilation c = compile(source("com.example.Patient",
                "package com.example;",
                "import fi.seloste.*;",
                LEGAL_DEFAULTS + " public class Patient {",
                "    @PersonalData(purpose = \"Hoito\", retention = \"P12Y\", source = \"Potilas\", category = DataCategories.IDENTITY_CODE)",
                "    private String hetu;",
                "    @PersonalData(purpose = \"Hoito\", retention = \"P12Y\", source = \"Potilas\", category = DataCategories.IDENTITY_CODE,",
                "                  identityCodeGround = IdentityCodeGround.HEALTH_AND_SOCIAL_CARE)",
                "    private String hetu2;",
                "}"));
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P141] Patient.hetu holds a personal identity code (henkilötunnus)")
                .inFile(c.sourceFiles().get(0)).onLine(4);
    }

    @Test
    void publicAuthorityCannotUseLegitimateInterests() {
        Compilation c = compile(PURPOSES, source("com.example.City",
                "package com.example;",
                "import fi.seloste.*;",
                "@Register(id = \"residents\", fi = \"Asukasrekisteri\", publicAuthority = true)",
                "public class City {",
                "    @PersonalData(purpose = Purposes.CHAT_SERVICE, retention = \"P1Y\", source = Sources.DATA_SUBJECT)",
                "    private String name;",
                "}"));
        assertThat(c).hadErrorContaining("[SELOSTE-P142] City.name belongs to register 'residents', kept by a public "
                + "authority, but purpose 'chat-service' relies on legitimate interests").inFile(c.sourceFiles().get(1)).onLine(5);
    }

    @Test
    void thirdCountryRecipientNeedsASafeguard() {
        Compilation c = compile(source("com.example.Recipients",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class Recipients {",
                "    @Recipient(fi = \"Pilvipalvelu\", kind = RecipientKind.PROCESSOR, country = \"US\")",
                "    public static final String CLOUD = \"cloud\";",
                "    @Recipient(fi = \"Pilvipalvelu 2\", kind = RecipientKind.PROCESSOR, country = \"US\",",
                "               safeguard = TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES)",
                "    public static final String CLOUD2 = \"cloud2\";",
                "}"));
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P144] @Recipient on Recipients.CLOUD sends data to 'US'")
                .inFile(c.sourceFiles().get(0)).onLine(4);
    }

    @Test
    void retentionCriteriaReplaceThePeriodButNotBoth() throws Exception {
        Compilation ok = compile(source("com.example.Customer",
                "package com.example;",
                LEGAL_DEFAULTS + " public class Customer {",
                "    @fi.seloste.PersonalData(purpose = \"Asiakkuus\", source = \"Asiakas\",",
                "        retentionCriteria = \"Asiakassuhteen ajan\", retentionLaw = \"Kirjanpitolaki 2:10 §\")",
                "    private String name;",
                "}"));
        assertThat(ok).succeeded();
        JsonNode retention = index(ok).at("/fields/0/retention");
        assertEquals("Asiakassuhteen ajan", retention.get("criteria").asText());
        assertEquals("Kirjanpitolaki 2:10 §", retention.get("law").asText());
        assertFalse(retention.has("period"));

        Compilation both = compile(source("com.example.Customer",
                "package com.example;",
                LEGAL_DEFAULTS + " public class Customer {",
                "    @fi.seloste.PersonalData(purpose = \"Asiakkuus\", source = \"Asiakas\", retention = \"P1Y\",",
                "        retentionCriteria = \"Asiakassuhteen ajan\")",
                "    private String name;",
                "}"));
        assertThat(both).hadErrorContaining("[SELOSTE-P107] @PersonalData on Customer.name gives both retention and "
                + "retentionCriteria").inFile(both.sourceFiles().get(0)).onLine(4); // on the retentionCriteria value
    }

    @Test
    void compositeRetentionAndRetentionTextsInEveryLanguage() throws Exception {
        Compilation ok = compile(source("com.example.Patient",
                "package com.example;",
                LEGAL_DEFAULTS + " public class Patient {",
                "    @fi.seloste.PersonalData(purpose = \"Hoito\", source = \"Potilas\", retention = \"P12Y\",",
                "        retentionFrom = fi.seloste.RetentionTrigger.DEATH, retentionOtherwise = \"P120Y\",",
                "        retentionOtherwiseFrom = fi.seloste.RetentionTrigger.BIRTH, retentionLaw = \"STM:n asetus 94/2022\",",
                "        retentionLawSv = \"SHM:s förordning 94/2022\", retentionLawEn = \"Decree 94/2022\")",
                "    private String diagnosis;",
                "    @fi.seloste.PersonalData(purpose = \"Hoito\", source = \"Potilas\", retentionCriteria = \"Hoitosuhteen ajan\",",
                "        retentionCriteriaSv = \"Under vårdrelationen\", retentionCriteriaEn = \"During the care relationship\")",
                "    private String phone;",
                "}"));
        assertThat(ok).succeeded();
        JsonNode diagnosis = index(ok).at("/fields/0/retention");
        assertEquals("P12Y", diagnosis.get("period").asText());
        assertEquals("P120Y", diagnosis.at("/otherwise/period").asText());
        assertEquals("BIRTH", diagnosis.at("/otherwise/from").asText());
        assertEquals("SHM:s förordning 94/2022", diagnosis.at("/lawTexts/sv").asText());
        assertEquals("Decree 94/2022", diagnosis.at("/lawTexts/en").asText());
        JsonNode phone = index(ok).at("/fields/1/retention");
        assertEquals("During the care relationship", phone.at("/criteriaTexts/en").asText());

        Compilation bad = compile(source("com.example.Patient",
                "package com.example;",
                LEGAL_DEFAULTS + " public class Patient {",
                "    @fi.seloste.PersonalData(purpose = \"Hoito\", source = \"Potilas\", retention = \"P12Y\",",
                "        retentionOtherwise = \"120 years\")",
                "    private String diagnosis;",
                "}"));
        assertThat(bad).hadErrorContaining("[SELOSTE-P103]").inFile(bad.sourceFiles().get(0)).onLine(4);
    }

    @Test
    void blankCategoryEntryIsAnError() {
        Compilation c = compile(source("com.example.Customer",
                "package com.example;",
                LEGAL_DEFAULTS + " public class Customer {",
                "    @fi.seloste.PersonalData(purpose = \"Asiakkuus\", source = \"Asiakas\", retention = \"P1Y\", category = {\"contact\", \" \"})",
                "    private String name;",
                "}"));
        assertThat(c).hadErrorContaining("[SELOSTE-P108] @PersonalData on Customer.name has a blank value in category")
                .inFile(c.sourceFiles().get(0)).onLine(3);
    }

    @Test
    void optOutNeedsAReasonAndExcludesPersonalData() {
        Compilation c = compile(source("com.example.Customer",
                "package com.example;",
                "import fi.seloste.*;",
                LEGAL_DEFAULTS + " public class Customer {",
                "    @NotPersonalData",
                "    private String emailTemplate;",
                "    @NotPersonalData(reason = \"Palvelun osoite\")",
                "    @PersonalData(purpose = \"Asiakkuus\", source = \"Asiakas\", retention = \"P1Y\")",
                "    private String email;",
                "}"));
        assertThat(c).hadErrorContaining("[SELOSTE-P120] @NotPersonalData on Customer.emailTemplate has no reason")
                .inFile(c.sourceFiles().get(0)).onLine(4);
        assertThat(c).hadErrorContaining("[SELOSTE-P121] Customer.email carries both @PersonalData and @NotPersonalData")
                .inFile(c.sourceFiles().get(0)).onLine(7);
    }

    @Test
    void userVocabularyExtendsTheBuiltInOne() throws Exception {
        Compilation c = compile(source("com.example.Vocabulary",
                "package com.example;",
                "import fi.seloste.*;",
                LEGAL_DEFAULTS + " public final class Vocabulary {",
                "    @Source(fi = \"Kanta-palvelut\", sv = \"Kanta-tjänsterna\", en = \"Kanta Services\", kind = SourceKind.THIRD_PARTY)",
                "    public static final String KANTA = \"kanta\";",
                "    @DataSubject(fi = \"Omaiset\", en = \"Relatives\")",
                "    public static final String RELATIVE = \"relative\";",
                "    @PersonalData(purpose = \"Hoito\", retention = \"P12Y\", source = {KANTA, Sources.GUARDIAN}, subjects = RELATIVE)",
                "    private String contactPerson;",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        JsonNode index = index(c);
        JsonNode sources = index.at("/vocabulary/sources");
        assertEquals(2, sources.size());
        assertTrue(sources.toString().contains("Kanta-tjänsterna"));
        assertTrue(sources.toString().contains("Huoltaja tai laillinen edustaja"));
        assertEquals("Omaiset", index.at("/vocabulary/subjects/0/texts/fi").asText());
    }

    @Test
    void vocabularyDeclaredInAPackageUnderFiSelosteIsStillTheUsersAndKeptWhenUnused() throws Exception {
        // only seloste's own built-in classes are left out when unused, not every class under fi.seloste
        Compilation c = compile(source("fi.seloste.example.Recipients",
                "package fi.seloste.example;",
                "import fi.seloste.*;",
                "public final class Recipients {",
                "    @Recipient(fi = \"Tilitoimisto\", kind = RecipientKind.PROCESSOR)",
                "    public static final String ACCOUNTANT = \"accountant\";",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        JsonNode recipients = index(c).at("/vocabulary/recipients");
        assertEquals(1, recipients.size(), recipients.toString());
        assertEquals("fi.seloste.example.Recipients", recipients.at("/0/declaredIn").asText());
    }

    @Test
    void aPurposeCarriesTheLawBehindItsBasisAndWhetherItIsDirectMarketing() throws Exception {
        Compilation c = compile(source("com.example.Purposes",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class Purposes {",
                "    @Purpose(fi = \"Potilasasiakirjojen laatiminen\", basis = LegalBasis.LEGAL_OBLIGATION,",
                "             law = \"Potilaslaki 785/1992 12 §\", lawSv = \"Patientlagen 785/1992 12 §\",",
                "             lawEn = \"Act on the Status and Rights of Patients 785/1992, section 12\")",
                "    public static final String RECORDS = \"records\";",
                "    @Purpose(fi = \"Suoramarkkinointi\", basis = LegalBasis.CONSENT, directMarketing = true)",
                "    public static final String MARKETING = \"marketing\";",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        JsonNode purposes = index(c).get("purposes");
        assertEquals("marketing", purposes.at("/0/key").asText());
        assertTrue(purposes.at("/0/directMarketing").asBoolean());
        assertFalse(purposes.get(0).has("law"));
        assertEquals("records", purposes.at("/1/key").asText());
        assertEquals("Potilaslaki 785/1992 12 §", purposes.at("/1/law/fi").asText());
        assertEquals("Patientlagen 785/1992 12 §", purposes.at("/1/law/sv").asText());
        assertEquals("Act on the Status and Rights of Patients 785/1992, section 12", purposes.at("/1/law/en").asText());
        assertFalse(purposes.get(1).has("directMarketing"));
    }

    @Test
    void sourcesSayWhoTheyAreBuiltInOnesToo() throws Exception {
        Compilation c = compile(PURPOSES, source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                "public class Chat {",
                "    @Source(fi = \"Kanta-palvelut\", kind = SourceKind.THIRD_PARTY)",
                "    public static final String KANTA = \"kanta\";",
                "    @PersonalData(purpose = Purposes.CARE, retention = \"P12Y\",",
                "                  source = {KANTA, Sources.DATA_SUBJECT, Sources.SERVICE_GENERATED, Sources.GUARDIAN})",
                "    private String name;",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        java.util.Map<String, String> kinds = new java.util.TreeMap<>();
        index(c).at("/vocabulary/sources").forEach(t -> kinds.put(t.get("key").asText(), t.path("sourceKind").asText()));
        assertEquals(java.util.Map.of("kanta", "THIRD_PARTY", "data-subject", "DATA_SUBJECT", "service-generated", "OBSERVED",
                "guardian", "THIRD_PARTY"), kinds);
    }

    @Test
    void aRegisterSaysWhichPracticesItDoesNotUse() throws Exception {
        Compilation c = compile(source("com.example.R",
                "package com.example;",
                "import fi.seloste.*;",
                "@Register(id = \"chat\", fi = \"Chat\", none = {Practice.TRANSFERS, Practice.AUTOMATED_DECISIONS})",
                "public class R {}"), source("com.example.S",
                "package com.example;",
                "@fi.seloste.Register(id = \"other\", fi = \"Muu\")",
                "public class S {}"));
        assertThat(c).succeededWithoutWarnings();
        JsonNode registers = index(c).get("registers");
        assertEquals("[\"TRANSFERS\",\"AUTOMATED_DECISIONS\"]", registers.at("/0/none").toString());
        assertFalse(registers.get(1).has("none"), "none declared: nothing said");
    }

    @Test
    void twoDeclarationsOfARegisterThatDenyDifferentPracticesOrStateDifferentBasesConflict() {
        Compilation c = compile(source("com.example.R",
                "package com.example;",
                "import fi.seloste.*;",
                "@Register(id = \"chat\", fi = \"Chat\", none = Practice.TRANSFERS, basis = LegalBasis.CONTRACT)",
                "public class R {}"), source("com.example.S",
                "package com.example;",
                "import fi.seloste.*;",
                "@Register(id = \"chat\", fi = \"Chat\", basis = LegalBasis.CONTRACT)",
                "public class S {}"), source("com.example.T",
                "package com.example;",
                "import fi.seloste.*;",
                "@Register(id = \"chat\", fi = \"Chat\", none = Practice.TRANSFERS, basis = LegalBasis.CONSENT)",
                "public class T {}"));
        assertThat(c).hadErrorCount(2);
        assertThat(c).hadErrorContaining("[SELOSTE-P132] Register 'chat' is declared twice with different content: in "
                + "com.example.R and in com.example.S").inFile(c.sourceFiles().get(1)).onLine(3);
        assertThat(c).hadErrorContaining("[SELOSTE-P132] Register 'chat' is declared twice with different content: in "
                + "com.example.R and in com.example.T").inFile(c.sourceFiles().get(2)).onLine(3);
    }

    @Test
    void theRegisterIdDefaultIsReserved() {
        JavaFileObject file = source("com.example.R",
                "package com.example;",
                "@fi.seloste.Register(fi = \"Oletus\",",
                "        id = \"default\")",
                "public class R {}");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P134] @Register on R has id 'default', which is reserved for the fields "
                + "that name no register. Choose another id, such as id = \"customers\"").inFile(file).onLine(3);
    }

    @Test
    void aSourceMustSayWhoItIs() {
        JavaFileObject file = source("com.example.V",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class V {",
                "    @Source(fi = \"Kanta-palvelut\")",
                "    public static final String KANTA = \"kanta\";",
                "    @Source(fi = \"Entinen työnantaja\",",
                "            kind = SourceKind.NONE)",
                "    public static final String EMPLOYER = \"previous-employer\";",
                "}");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(2);
        assertThat(c).hadErrorContaining("[SELOSTE-P135] @Source on V.KANTA does not say who the source is. Add "
                + "kind = SourceKind.THIRD_PARTY (or DATA_SUBJECT, OBSERVED): only third-party sources make the notice tell "
                + "where the data came from (GDPR Art. 14)").inFile(file).onLine(4);
        assertThat(c).hadErrorContaining("[SELOSTE-P135] @Source on V.EMPLOYER").inFile(file).onLine(7);
    }
}
