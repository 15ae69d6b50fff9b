package fi.seloste.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.seloste.core.model.BusinessId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Finnish business IDs are checked including their check digit. */
class OrganisationCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567-1", "0737546-2", "2331972-7"})
    void acceptsValidBusinessIds(String id) {
        assertEquals(Optional.empty(), BusinessId.problemWith(id));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234567-2 | the check digit should be 1",
        "12345671  | expected the form 1234567-1",
        "123456-1  | expected the form 1234567-1",
        "FI12345671| expected the form 1234567-1",
    })
    void refusesInvalidBusinessIds(String id, String why) {
        assertEquals(Optional.of(why), BusinessId.problemWith(id));
    }
}
