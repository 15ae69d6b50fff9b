package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.index;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Free-text mode's legal facts: a basis always, with its legitimate interest and law, whether the purposes are direct
 * marketing, and who the free-text sources are, inherited from the field, its classes, package and register; and
 * in catalogue mode none of them outside {@code @Purpose} and {@code @Source}.
 */
class LawfulnessTest {

    /** A package whose register states legitimate interests; its defaults say who the free-text sources are. */
    private static final JavaFileObject CHAT_PACKAGE = source("com.example.chat.package-info",
            "@fi.seloste.Register(id = \"chat\", fi = \"Chat-rekisteri\",",
            "        basis = fi.seloste.LegalBasis.LEGITIMATE_INTERESTS, legitimateInterest = \"Asiakkaiden neuvonta\")",
            "@fi.seloste.PersonalDataDefaults(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas\",",
            "        sourceKind = fi.seloste.SourceKind.DATA_SUBJECT)",
            "package com.example.chat;");

    private static Map<String, JsonNode> fieldsByName(Compilation c) throws Exception {
        Map<String, JsonNode> fields = new HashMap<>();
        for (JsonNode f : index(c).get("fields")) {
            String className = f.get("className").asText();
            fields.put(className.substring(className.lastIndexOf('.') + 1) + "." + f.get("field").asText(), f);
        }
        return fields;
    }

    @Test
    void factsAreInheritedFromTheRegisterPackageAndClassesAndAFieldOverrides() throws Exception {
        Compilation c = compile(CHAT_PACKAGE, source("com.example.chat.Conversation",
                "package com.example.chat;",
                "import fi.seloste.*;",
                "@PersonalDataDefaults(directMarketing = true)",
                "public class Conversation {",
                "    @PersonalData",
                "    private String name;",
                "    @PersonalData(basis = LegalBasis.CONSENT)",
                "    private String newsletter;",
                "    @PersonalData(basis = LegalBasis.LEGAL_OBLIGATION, basisLaw = \"Kirjanpitolaki 1336/1997\",",
                "                  directMarketing = false, source = Sources.DATA_SUBJECT)",
                "    private String invoiceAddress;",
                "    @PersonalData(source = {\"Huoltaja\", Sources.DATA_SUBJECT}, sourceKind = SourceKind.THIRD_PARTY)",
                "    private String guardianPhone;",
                "    static class Reply {",
                "        @PersonalData",
                "        private String text;",
                "    }",
                "}"),
                source("com.example.chat.Ledger",
                "package com.example.chat;",
                "import fi.seloste.*;",
                "@PersonalDataDefaults(basis = LegalBasis.LEGAL_OBLIGATION, basisLaw = \"Kirjanpitolaki 1336/1997\")",
                "public class Ledger {",
                "    @PersonalData",
                "    private String payer;",
                "    @PersonalData(basisLaw = \"Arvonlisäverolaki 1501/1993\")",
                "    private String vatNumber;",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        assertEquals("free-text", index(c).get("mode").asText());
        Map<String, JsonNode> fields = fieldsByName(c);

        JsonNode name = fields.get("Conversation.name");
        assertEquals("LEGITIMATE_INTERESTS", name.at("/lawfulness/basis").asText(), "from the register");
        assertEquals("Asiakkaiden neuvonta", name.at("/lawfulness/legitimateInterest").asText(), "with its interest");
        assertEquals(true, name.at("/lawfulness/directMarketing").asBoolean(), "from the class");
        assertEquals("DATA_SUBJECT", name.get("sourceKind").asText(), "from the package, for the free-text source");

        JsonNode newsletter = fields.get("Conversation.newsletter");
        assertEquals("CONSENT", newsletter.at("/lawfulness/basis").asText(), "the field overrides");
        assertFalse(newsletter.get("lawfulness").has("legitimateInterest"), "the register's interest is not the consent's");

        JsonNode invoice = fields.get("Conversation.invoiceAddress");
        assertEquals("LEGAL_OBLIGATION", invoice.at("/lawfulness/basis").asText());
        assertEquals("Kirjanpitolaki 1336/1997", invoice.at("/lawfulness/law").asText());
        assertFalse(invoice.get("lawfulness").has("directMarketing"), "false on the field overrides the class");
        assertFalse(invoice.has("sourceKind"), "a built-in source says who it is: no kind for the field");

        assertEquals("THIRD_PARTY", fields.get("Conversation.guardianPhone").get("sourceKind").asText(), "the field's own");
        assertEquals("LEGITIMATE_INTERESTS", fields.get("Conversation$Reply.text").at("/lawfulness/basis").asText());
        assertEquals(true, fields.get("Conversation$Reply.text").at("/lawfulness/directMarketing").asBoolean(),
                "from the outer class");

        JsonNode payer = fields.get("Ledger.payer");
        assertEquals("LEGAL_OBLIGATION", payer.at("/lawfulness/basis").asText(), "the class before the register");
        assertEquals("Kirjanpitolaki 1336/1997", payer.at("/lawfulness/law").asText());
        assertFalse(payer.get("lawfulness").has("legitimateInterest"));
        assertEquals("Arvonlisäverolaki 1501/1993", fields.get("Ledger.vatNumber").at("/lawfulness/law").asText(),
                "a law below the basis belongs to it");
    }

    @Test
    void aFieldThatJoinsARegisterByIdGetsItsBasis() throws Exception {
        Compilation c = compile(CHAT_PACKAGE, source("com.example.web.Visit",
                "package com.example.web;",
                "import fi.seloste.*;",
                "@PersonalDataDefaults(register = \"chat\", sourceKind = SourceKind.OBSERVED)",
                "public class Visit {",
                "    @PersonalData(purpose = \"Tietoturva\", retention = \"P30D\", source = \"Palvelin\")",
                "    private String ipAddress;",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        JsonNode ip = fieldsByName(c).get("Visit.ipAddress");
        assertEquals("chat", ip.get("register").asText());
        assertEquals("LEGITIMATE_INTERESTS", ip.at("/lawfulness/basis").asText());
        assertEquals("Asiakkaiden neuvonta", ip.at("/lawfulness/legitimateInterest").asText());
        assertEquals("OBSERVED", ip.get("sourceKind").asText());
    }

    @Test
    void inCatalogueModeThePurposesCarryTheFactsAndFieldsHaveNone() throws Exception {
        Compilation c = compile(DeclarationsTest.PURPOSES, DeclarationsTest.CHAT_PACKAGE, source("com.example.chat.Conversation",
                "package com.example.chat;",
                "public class Conversation {",
                "    @fi.seloste.PersonalData",
                "    private String phone;",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        JsonNode phone = index(c).at("/fields/0");
        assertFalse(phone.has("lawfulness"), phone.toString());
        assertFalse(phone.has("sourceKind"), phone.toString());
    }

    // ------------------------------------------------------------------------------------------ P145

    @Test
    void aFreeTextFieldWithoutABasisIsAnErrorOnItsPurpose() {
        JavaFileObject file = source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                "public class Chat {",
                "    @PersonalData(retention = \"P4M\", source = \"Asiakas\", sourceKind = SourceKind.DATA_SUBJECT,",
                "                  purpose = \"Asiakaspalvelu\")",
                "    private String name;",
                "}");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P145] @PersonalData on Chat.name names no legal basis (GDPR Art. 6(1)) "
                + "for its purposes, and the notice must state one. Add basis = LegalBasis.CONTRACT (or the basis that "
                + "applies) to @PersonalData, or to @PersonalDataDefaults/@Register of the class or package")
                .inFile(file).onLine(5);
    }

    @Test
    void withAnInheritedPurposeTheMissingBasisIsOnTheAnnotation() {
        JavaFileObject file = source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                "@PersonalDataDefaults(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = Sources.DATA_SUBJECT)",
                "public class Chat {",
                "    private long id;",
                "    @PersonalData",
                "    private String name;",
                "}");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P145] @PersonalData on Chat.name names no legal basis").inFile(file).onLine(6);
    }

    @Test
    void aRegisterOfAnotherPackageDoesNotGiveItsBasisToFieldsThatAreNotItsOwn() {
        JavaFileObject file = source("com.example.web.Visit",
                "package com.example.web;",
                "import fi.seloste.*;",
                "public class Visit {",
                "    @PersonalData(purpose = \"Tietoturva\", retention = \"P30D\", source = Sources.SERVICE_GENERATED)",
                "    private String ipAddress;",
                "}");
        Compilation c = compile(CHAT_PACKAGE, file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P145] @PersonalData on Visit.ipAddress").inFile(file).onLine(4);
    }

    // ------------------------------------------------------------------------------------------ P146

    @Test
    void twoBasesOnAFieldAreAnErrorOnTheBasis() {
        JavaFileObject file = source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                "public class Chat {",
                "    @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = Sources.DATA_SUBJECT,",
                "                  basis = {LegalBasis.CONTRACT, LegalBasis.CONSENT})",
                "    private String name;",
                "}");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P146] @PersonalData on Chat.name gives 2 legal bases (CONTRACT, CONSENT); "
                + "each annotation states one. Keep the one that applies, such as basis = LegalBasis.CONTRACT")
                .inFile(file).onLine(5);
    }

    @Test
    void twoBasesOnPackageDefaultsAreOneErrorThereWhateverTheNumberOfFields() {
        JavaFileObject pkg = source("com.example.package-info",
                "@fi.seloste.PersonalDataDefaults(purpose = \"Asiakaspalvelu\", retention = \"P4M\",",
                "        source = fi.seloste.Sources.DATA_SUBJECT,",
                "        basis = {fi.seloste.LegalBasis.CONSENT, fi.seloste.LegalBasis.CONTRACT})",
                "package com.example;");
        Compilation c = compile(pkg, source("com.example.Chat",
                "package com.example;",
                "public class Chat {",
                "    @fi.seloste.PersonalData private String name;",
                "    @fi.seloste.PersonalData private String email;",
                "}"));
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P146] @PersonalDataDefaults on package com.example gives 2 legal bases "
                + "(CONSENT, CONTRACT)").inFile(pkg).onLine(3);
    }

    // ------------------------------------------------------------------------------------------ P147

    @Test
    void legitimateInterestsWithoutAnInterestAreAnErrorNamingWhereTheBasisIs() {
        JavaFileObject pkg = source("com.example.package-info",
                "@fi.seloste.PersonalDataDefaults(basis = fi.seloste.LegalBasis.LEGITIMATE_INTERESTS)",
                "package com.example;");
        JavaFileObject file = source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                "public class Chat {",
                "    @PersonalData(purpose = \"Tietoturva\", retention = \"P30D\", source = Sources.SERVICE_GENERATED)",
                "    private String ip;",
                "}");
        Compilation c = compile(pkg, file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P147] Chat.ip relies on legitimate interests (GDPR Art. 6(1)(f), basis on "
                + "@PersonalDataDefaults on package com.example) but does not describe them. Add legitimateInterest = \"...\"")
                .inFile(file).onLine(4);
    }

    @Test
    void anInterestWrittenAboveAnotherBasisDoesNotDescribeTheFieldsOwn() {
        JavaFileObject file = source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                "@PersonalDataDefaults(basis = LegalBasis.LEGITIMATE_INTERESTS, legitimateInterest = \"Neuvonta\")",
                "public class Chat {",
                "    @PersonalData(purpose = \"Tietoturva\", retention = \"P30D\", source = Sources.SERVICE_GENERATED)",
                "    private String ip;",
                "    @PersonalData(purpose = \"Markkinointi\", retention = \"P1Y\", source = Sources.DATA_SUBJECT,",
                "                  basis = LegalBasis.LEGITIMATE_INTERESTS)",
                "    private String email;",
                "}");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P147] Chat.email relies on legitimate interests (GDPR Art. 6(1)(f), "
                + "basis on @PersonalData)").inFile(file).onLine(8);
    }

    @Test
    void anInterestBelowTheBasisDescribesIt() throws Exception {
        Compilation c = compile(CHAT_PACKAGE, source("com.example.chat.Chat",
                "package com.example.chat;",
                "import fi.seloste.*;",
                "@Register(id = \"support\", fi = \"Tuki\", basis = LegalBasis.LEGITIMATE_INTERESTS)",
                "@PersonalDataDefaults(legitimateInterest = \"Tukipyyntöihin vastaaminen\")",
                "public class Chat {",
                "    @PersonalData private String name;",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        assertEquals("Tukipyyntöihin vastaaminen", index(c).at("/fields/0/lawfulness/legitimateInterest").asText());
        assertEquals("support", index(c).at("/fields/0/register").asText());
    }

    // ------------------------------------------------------------------------------------------ P148

    @Test
    void anAuthorityCannotRelyOnLegitimateInterestsInFreeTextModeEither() {
        JavaFileObject file = source("com.example.City",
                "package com.example;",
                "import fi.seloste.*;",
                "@Register(id = \"residents\", fi = \"Asukasrekisteri\", publicAuthority = true,",
                "          basis = LegalBasis.LEGITIMATE_INTERESTS, legitimateInterest = \"Asukkaiden palvelu\")",
                "public class City {",
                "    @PersonalData(purpose = \"Asukaspalvelu\", retention = \"P1Y\", source = Sources.DATA_SUBJECT)",
                "    private String name;",
                "    @PersonalData(purpose = \"Asukaspalvelu\", retention = \"P1Y\", source = Sources.DATA_SUBJECT,",
                "                  basis = LegalBasis.PUBLIC_TASK, basisLaw = \"Kuntalaki 410/2015\")",
                "    private String address;",
                "}");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P148] City.name belongs to register 'residents', kept by a public "
                + "authority, but relies on legitimate interests (Art. 6(1)(f), basis on @Register on City), which GDPR "
                + "Art. 6(1) denies to authorities performing their tasks. Use basis = LegalBasis.PUBLIC_TASK or LEGAL_OBLIGATION")
                .inFile(file).onLine(6);
    }

    // ------------------------------------------------------------------------------------------ P149

    @Test
    void aFreeTextSourceWithoutAKindIsAnErrorOnTheSource() {
        JavaFileObject file = source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                "public class Chat {",
                "    @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", basis = LegalBasis.CONTRACT,",
                "                  source = {Sources.DATA_SUBJECT, \"Asiakkaan työnantaja\"})",
                "    private String name;",
                "}");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P149] @PersonalData on Chat.name names source 'Asiakkaan työnantaja' in "
                + "free text but does not say who that source is. Add sourceKind = SourceKind.DATA_SUBJECT (or THIRD_PARTY, "
                + "OBSERVED)").inFile(file).onLine(5);
    }

    @Test
    void keysOfBuiltInAndDeclaredSourcesNeedNoKind() throws Exception {
        Compilation c = compile(source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                "public class Chat {",
                "    @Source(fi = \"Kanta-palvelut\", kind = SourceKind.THIRD_PARTY)",
                "    public static final String KANTA = \"kanta\";",
                "    @PersonalData(purpose = \"Hoito\", retention = \"P12Y\", basis = LegalBasis.CONTRACT,",
                "                  source = {KANTA, Sources.DATA_SUBJECT, Sources.SERVICE_GENERATED})",
                "    private String name;",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        assertFalse(index(c).at("/fields/0").has("sourceKind"));
    }

    // ------------------------------------------------------------------------------------------ P112

    @Test
    void inCatalogueModeAFreeTextLegalFactIsAnErrorWhereverItIsSet() {
        JavaFileObject pkg = source("com.example.chat.package-info",
                "@fi.seloste.Register(id = \"chat\", fi = \"Chat-rekisteri\",",
                "        basis = fi.seloste.LegalBasis.CONTRACT)",
                "@fi.seloste.PersonalDataDefaults(retention = \"P4M\", source = fi.seloste.Sources.DATA_SUBJECT,",
                "        sourceKind = fi.seloste.SourceKind.DATA_SUBJECT)",
                "package com.example.chat;");
        JavaFileObject file = source("com.example.chat.Conversation",
                "package com.example.chat;",
                "import fi.seloste.*;",
                "public class Conversation {",
                "    @PersonalData(purpose = com.example.Purposes.CARE,",
                "                  legitimateInterest = \"Neuvonta\", directMarketing = true)",
                "    private String phone;",
                "}");
        Compilation c = compile(DeclarationsTest.PURPOSES, pkg, file);
        assertThat(c).hadErrorCount(3);
        assertThat(c).hadErrorContaining("[SELOSTE-P112] @Register on package com.example.chat sets basis, but this project "
                + "declares its purposes with @Purpose, and in a project with @Purpose the basis belongs on the @Purpose "
                + "constant").inFile(pkg).onLine(2);
        assertThat(c).hadErrorContaining("[SELOSTE-P112] @PersonalDataDefaults on package com.example.chat sets sourceKind")
                .inFile(pkg).onLine(4);
        assertThat(c).hadErrorContaining("[SELOSTE-P112] @PersonalData on Conversation.phone sets legitimateInterest, "
                + "directMarketing, but").inFile(file).onLine(5);
        assertThat(c).hadErrorContaining("sources: kind = SourceKind.THIRD_PARTY on the @Source constant");
    }
}
