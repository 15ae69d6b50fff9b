package fi.seloste;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionPeriodTest {

    @Test
    void keepsTheUnitsAsWritten() {
        RetentionPeriod p = RetentionPeriod.parse("P1Y6M2W3D");
        assertEquals(1, p.years());
        assertEquals(6, p.months());
        assertEquals(2, p.weeks());
        assertEquals(3, p.days());
        assertEquals(Period.of(1, 6, 17), p.toPeriod());
        assertEquals("P1Y6M2W3D", p.toString());
    }

    @Test
    void monthsOnly() {
        assertEquals(Period.ofMonths(4), RetentionPeriod.parse("P4M").toPeriod());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "P", "4M", "p4m", "P0D", "P0Y0M", "PT4H", "P-1D", "P1.5Y", "P4M ", "P1D1Y", "four months"})
    void refusesWhatIsNotAPositivePeriod(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RetentionPeriod.parse(text));
        assertEquals(false, e.getMessage().isEmpty());
    }
}
