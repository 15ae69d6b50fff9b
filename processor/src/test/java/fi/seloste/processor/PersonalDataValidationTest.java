package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each validation rule is a javac error on the offending field, naming the attribute and the fix. */
class PersonalDataValidationTest {

    /** Free-text mode: the class states the basis and who the free-text sources are, once for its fields. */
    static final String LEGAL_DEFAULTS =
            "@fi.seloste.PersonalDataDefaults(basis = fi.seloste.LegalBasis.CONTRACT, sourceKind = fi.seloste.SourceKind.DATA_SUBJECT)";

    private static JavaFileObject chatWith(String annotation) {
        return source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.PersonalData;",
                LEGAL_DEFAULTS + " public class Chat {",
                "    " + annotation,
                "    private String customerName;",
                "}");
    }

    @Test
    void blankPurposeIsAnErrorOnTheField() {
        Compilation c = compile(chatWith("@PersonalData(purpose = \" \", retention = \"P4M\", source = \"Asiakas\")"));
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P101] @PersonalData on Chat.customerName has a missing or blank purpose")
                .inFile(c.sourceFiles().get(0)).onLine(4);
    }

    @Test
    void emptyPurposeArrayIsAnError() {
        Compilation c = compile(chatWith("@PersonalData(purpose = {}, retention = \"P4M\", source = \"Asiakas\")"));
        assertThat(c).hadErrorContaining("SELOSTE-P101").inFile(c.sourceFiles().get(0)).onLine(4);
    }

    @Test
    void blankEntryAmongPurposesIsAnError() {
        Compilation c = compile(chatWith("@PersonalData(purpose = {\"Asiakaspalvelu\", \"\"}, retention = \"P4M\", source = \"Asiakas\")"));
        assertThat(c).hadErrorContaining("SELOSTE-P101").inFile(c.sourceFiles().get(0)).onLine(4);
    }

    @Test
    void missingPurposeNamesTheFieldAndTheAttribute() {
        Compilation c = compile(chatWith("@PersonalData(retention = \"P4M\", source = \"Asiakas\")"));
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P101] @PersonalData on Chat.customerName has a missing or blank purpose")
                .inFile(c.sourceFiles().get(0)).onLine(4);
        assertThat(c).hadErrorContaining("purpose = \"");
    }

    @Test
    void missingRetentionAndSourceAreErrors() {
        Compilation c = compile(chatWith("@PersonalData(purpose = \"Asiakaspalvelu\")"));
        assertThat(c).hadErrorCount(2);
        assertThat(c).hadErrorContaining("[SELOSTE-P102]").inFile(c.sourceFiles().get(0)).onLine(4);
        assertThat(c).hadErrorContaining("[SELOSTE-P106] @PersonalData on Chat.customerName says nothing about how long the data is kept")
                .inFile(c.sourceFiles().get(0)).onLine(4);
    }

    @Test
    void blankSourceIsAnError() {
        Compilation c = compile(chatWith("@PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"\")"));
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P102] @PersonalData on Chat.customerName has a missing or blank source")
                .inFile(c.sourceFiles().get(0)).onLine(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4 months", "P", "P0D", "PT4H", "p4m", "", " ", "P-1M"})
    void invalidRetentionIsAnErrorNamingTheValue(String retention) {
        Compilation c = compile(chatWith("@PersonalData(purpose = \"Asiakaspalvelu\", retention = \"" + retention + "\", source = \"Asiakas\")"));
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P103] @PersonalData on Chat.customerName has an invalid retention")
                .inFile(c.sourceFiles().get(0)).onLine(4);
        assertThat(c).hadErrorContaining("retention = \"P4M\"");
    }

    @Test
    void staticFieldIsAnError() {
        Compilation c = compile(source("com.example.Chat",
                "package com.example;",
                LEGAL_DEFAULTS + " public class Chat {",
                "    @fi.seloste.PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas\")",
                "    static String lastCustomer;",
                "}"));
        assertThat(c).hadErrorContaining("[SELOSTE-P104]").inFile(c.sourceFiles().get(0)).onLine(3);
    }

    @Test
    void blankLabelIsAnError() {
        Compilation c = compile(chatWith("@PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas\", label = \"  \")"));
        assertThat(c).hadErrorContaining("[SELOSTE-P105] @PersonalData on Chat.customerName has a blank label")
                .inFile(c.sourceFiles().get(0)).onLine(4);
    }

    @Test
    void everyProblemOfAFieldIsReportedAtOnce() {
        Compilation c = compile(chatWith("@PersonalData(purpose = \"\", retention = \"x\", source = \"\")"));
        assertThat(c).hadErrorCount(3);
        assertThat(c).hadErrorContaining("SELOSTE-P101");
        assertThat(c).hadErrorContaining("SELOSTE-P102");
        assertThat(c).hadErrorContaining("SELOSTE-P103");
    }

    @Test
    void aBadFieldDoesNotStopTheOthersFromBeingChecked() {
        Compilation c = compile(source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.PersonalData;",
                LEGAL_DEFAULTS + " public class Chat {",
                "    @PersonalData(purpose = \"\", retention = \"P4M\", source = \"Asiakas\")",
                "    private String a;",
                "    @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas\")",
                "    private String b;",
                "    @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"4M\", source = \"Asiakas\")",
                "    private String c;",
                "}"));
        assertThat(c).hadErrorCount(2);
        assertThat(c).hadErrorContaining("SELOSTE-P101").inFile(c.sourceFiles().get(0)).onLine(4);
        assertThat(c).hadErrorContaining("SELOSTE-P103").inFile(c.sourceFiles().get(0)).onLine(8);
    }
}
