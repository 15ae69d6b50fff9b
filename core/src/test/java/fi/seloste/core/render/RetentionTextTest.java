package fi.seloste.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;
import fi.seloste.index.Retention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Retention written out in Finnish, with the right singular and plural forms. */
class RetentionTextTest {

    private final RetentionText finnish = new RetentionText(Translations.of("fi"));

    @ParameterizedTest
    @CsvSource({
        "P4M, CONVERSATION_END, 4 kuukautta keskustelun päättymisestä",
        "P1M, COLLECTION, 1 kuukausi tietojen keräämisestä",
        "P90D, COLLECTION, 90 päivää tietojen keräämisestä",
        "P1D, LAST_LOGIN, 1 päivä viimeisestä kirjautumisesta",
        "P2W, CONSENT_WITHDRAWN, 2 viikkoa suostumuksen peruuttamisesta",
        "P5Y, RELATIONSHIP_END, 5 vuotta asiakassuhteen päättymisestä",
        "P12Y, DEATH, 12 vuotta rekisteröidyn kuolemasta",
        "P1Y, FISCAL_YEAR_END, 1 vuosi tilikauden päättymisestä",
    })
    void describes(String period, RetentionTrigger from, String expected) {
        assertEquals(expected, finnish.describe(new Retention(RetentionPeriod.parse(period), from, null, null)));
    }

    @ParameterizedTest
    @CsvSource({
        "sv, P4M, CONVERSATION_END, 4 månader efter att chatten avslutats",
        "en, P4M, CONVERSATION_END, 4 months after the end of the conversation",
        "sv, P1Y, COLLECTION, 1 år",
        "en, P1D, COLLECTION, 1 day",
    })
    void describesInSwedishAndEnglish(String language, String period, RetentionTrigger from, String expected) {
        String text = new RetentionText(Translations.of(language)).describe(new Retention(RetentionPeriod.parse(period), from, null, null));
        org.junit.jupiter.api.Assertions.assertTrue(text.startsWith(expected), text);
    }

    @org.junit.jupiter.api.Test
    void criteriaAreShownAsWritten() {
        assertEquals("Asiakassuhteen ajan", finnish.describe(new Retention(null, null, "Asiakassuhteen ajan", null)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "P1Y6M     | 1 vuosi ja 6 kuukautta",
        "P2Y1M1W3D | 2 vuotta, 1 kuukausi, 1 viikko ja 3 päivää",
    })
    void joinsSeveralUnits(String period, String expected) {
        assertEquals(expected, finnish.period(RetentionPeriod.parse(period)));
    }
}
