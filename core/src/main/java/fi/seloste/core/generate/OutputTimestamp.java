package fi.seloste.core.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads {@code project.build.outputTimestamp} the way Maven's reproducible-build support does, so that
 * the build's own date is the only date a generated document ever carries.
 */
public final class OutputTimestamp {

    private OutputTimestamp() {}

    /**
     * @param value the property value: an ISO-8601 date-time, seconds since the epoch, or unset
     * @return the date in UTC, or empty when no timestamp is set (Maven treats a one-character value as unset)
     * @throws IllegalArgumentException when the value is set but malformed
     */
    public static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank() || (value.length() == 1 && !Character.isDigit(value.charAt(0)))) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(text)), ZoneOffset.UTC));
            }
            return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is neither an ISO-8601 date-time such as "
                    + "2026-01-01T00:00:00Z nor seconds since 1970");
        }
    }
}
