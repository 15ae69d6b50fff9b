package fi.seloste.core.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a Finnish business ID (Y-tunnus), including its check digit, so a typo never reaches a notice. */
public final class BusinessId {

    private static final Pattern FORMAT = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {}

    /**
     * @param text the business ID as configured
     * @return why it is invalid, or empty when it is valid
     */
    public static Optional<String> problemWith(String text) {
        if (!FORMAT.matcher(text).matches()) {
            return Optional.of("expected the form 1234567-1");
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return Optional.of("no valid business ID has these seven digits");
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        if (text.charAt(8) - '0' != check) {
            return Optional.of("the check digit should be " + check);
        }
        return Optional.empty();
    }
}
