package fi.seloste.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutputTimestampTest {

    @Test
    void readsMavensForms() {
        assertEquals(Optional.of(LocalDate.of(2026, 2, 13)), OutputTimestamp.date("2026-02-13T10:00:00Z"));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 12)), OutputTimestamp.date("2026-02-13T01:00:00+02:00"));
        assertEquals(Optional.of(LocalDate.of(1970, 1, 2)), OutputTimestamp.date("86400"));
        assertEquals(Optional.empty(), OutputTimestamp.date(null));
        assertEquals(Optional.empty(), OutputTimestamp.date("a"));
    }

    @Test
    void malformedIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> OutputTimestamp.date("yesterday"));
    }
}
