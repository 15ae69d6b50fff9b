package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.index;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A recipient's country and safeguard follow GDPR Chapter V on the country table the notice names countries from:
 * the error is on the attribute that is wrong.
 */
class RecipientCountryTest {

    /** A recipient whose country is on line 5 and safeguard on line 6. */
    private static JavaFileObject recipient(String country, String safeguard) {
        return source("com.example.Recipients",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class Recipients {",
                "    @Recipient(fi = \"Pilvipalvelu\", kind = RecipientKind.PROCESSOR",
                "               " + (country == null ? "" : ", country = \"" + country + "\""),
                "               " + (safeguard == null ? "" : ", safeguard = TransferSafeguard." + safeguard) + ")",
                "    public static final String CLOUD = \"cloud\";",
                "}");
    }

    @ParameterizedTest
    @CsvSource({
        "SE,", "NO,", "US, DATA_PRIVACY_FRAMEWORK", "US, STANDARD_CONTRACTUAL_CLAUSES", "CH, ADEQUACY_DECISION",
        "CN, STANDARD_CONTRACTUAL_CLAUSES", "CN, BINDING_CORPORATE_RULES", "IN, DEROGATION", "JP, STANDARD_CONTRACTUAL_CLAUSES", ","})
    void aSafeguardThatFitsTheCountryIsAccepted(String country, String safeguard) throws Exception {
        Compilation c = compile(recipient(country, safeguard));
        assertThat(c).succeededWithoutWarnings();
        assertEquals(country == null ? "" : country, index(c).at("/vocabulary/recipients/0/country").asText());
    }

    @ParameterizedTest
    @CsvSource({
        "se, ' Did you mean ''SE''?'", "Sweden, ''", "SWE, ''", "XX, ''", "uk, ''"})
    void aCountryThatIsNoIsoCodeIsAnErrorOnTheCountry(String country, String hint) {
        JavaFileObject file = recipient(country, "STANDARD_CONTRACTUAL_CLAUSES");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P136] @Recipient on Recipients.CLOUD has country '" + country
                + "', which is not an ISO 3166-1 alpha-2 country code." + hint + " Write the country's two capital letters, "
                + "such as country = \"US\" or country = \"SE\"").inFile(file).onLine(5);
    }

    @ParameterizedTest
    @CsvSource({"SE, Sweden, STANDARD_CONTRACTUAL_CLAUSES", "NO, Norway, ADEQUACY_DECISION", "DE, Germany, DATA_PRIVACY_FRAMEWORK"})
    void aSafeguardForAnEuOrEeaCountryIsAnErrorOnTheSafeguard(String country, String name, String safeguard) {
        JavaFileObject file = recipient(country, safeguard);
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P137] @Recipient on Recipients.CLOUD: " + country + " (" + name + ") is in "
                + "the EU/EEA: sending data there is not a transfer, so it needs no safeguard. Remove safeguard = "
                + "TransferSafeguard." + safeguard).inFile(file).onLine(6);
    }

    @Test
    void anAdequacyDecisionWhereThereIsNoneIsAnError() {
        JavaFileObject file = recipient("CN", "ADEQUACY_DECISION");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P138] @Recipient on Recipients.CLOUD sends data to CN (China) under "
                + "TransferSafeguard.ADEQUACY_DECISION, but the European Commission has made no adequacy decision (Art. 45) "
                + "for it. Use safeguard = TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES, BINDING_CORPORATE_RULES or "
                + "DEROGATION").inFile(file).onLine(6);
    }

    @Test
    void anAdequacyDecisionForTheUnitedStatesIsTheDataPrivacyFramework() {
        JavaFileObject file = recipient("US", "ADEQUACY_DECISION");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P138] @Recipient on Recipients.CLOUD sends data to US (United States) under "
                + "TransferSafeguard.ADEQUACY_DECISION, but the Commission's adequacy decision for the United States covers "
                + "only organisations certified under the EU-US Data Privacy Framework. Use safeguard = "
                + "TransferSafeguard.DATA_PRIVACY_FRAMEWORK when the recipient is certified").inFile(file).onLine(6);
    }

    @ParameterizedTest
    @CsvSource({"CH, safeguard = TransferSafeguard.ADEQUACY_DECISION", "CN, safeguard = TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES"})
    void theDataPrivacyFrameworkIsForTheUnitedStatesOnly(String country, String fix) {
        JavaFileObject file = recipient(country, "DATA_PRIVACY_FRAMEWORK");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P138] @Recipient on Recipients.CLOUD sends data to " + country)
                .inFile(file).onLine(6);
        assertThat(c).hadErrorContaining("under TransferSafeguard.DATA_PRIVACY_FRAMEWORK, but the EU-US Data Privacy "
                + "Framework covers only recipients in the United States. Use " + fix);
    }

    @Test
    void aSafeguardWithoutACountryIsAnErrorOnTheSafeguard() {
        JavaFileObject file = recipient(null, "STANDARD_CONTRACTUAL_CLAUSES");
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P139] @Recipient on Recipients.CLOUD names safeguard "
                + "TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES but no country. Add the country the data goes to as an "
                + "ISO 3166-1 alpha-2 code, such as country = \"US\", or remove the safeguard").inFile(file).onLine(6);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "US | TransferSafeguard.DATA_PRIVACY_FRAMEWORK (when the recipient is certified under it) or STANDARD_CONTRACTUAL_CLAUSES",
        "CH | TransferSafeguard.ADEQUACY_DECISION (the Commission has one for Switzerland)",
        "CN | TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES (or the one that applies)"})
    void aThirdCountryWithoutASafeguardIsToldTheOneItAllows(String country, String suggestion) {
        JavaFileObject file = recipient(country, null);
        Compilation c = compile(file);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P144] @Recipient on Recipients.CLOUD sends data to '" + country
                + "', outside the EU/EEA, without a safeguard. Add safeguard = " + suggestion).inFile(file).onLine(5);
    }
}
