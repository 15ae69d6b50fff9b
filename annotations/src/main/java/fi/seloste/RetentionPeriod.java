package fi.seloste;

import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A retention period as written in {@link PersonalData#retention()}, kept in the units the developer
 * chose, so that "P2W" is shown as two weeks and not as fourteen days.
 *
 * <p>Accepted: {@code P}, then one or more of {@code nY}, {@code nM}, {@code nW}, {@code nD} in that
 * order, with at least one non-zero amount. Time parts ({@code PT4H}), signs and fractions are refused.
 * The annotation processor and the Maven plugin use this one parser, so they agree on what is valid.
 */
public final class RetentionPeriod {

    private static final Pattern ISO = Pattern.compile("P(?:(\\d{1,4})Y)?(?:(\\d{1,4})M)?(?:(\\d{1,4})W)?(?:(\\d{1,5})D)?");

    private final String text;
    private final int years;
    private final int months;
    private final int weeks;
    private final int days;

    private RetentionPeriod(String text, int years, int months, int weeks, int days) {
        this.text = text;
        this.years = years;
        this.months = months;
        this.weeks = weeks;
        this.days = days;
    }

    /**
     * Parses an ISO-8601 period such as {@code P4M}.
     *
     * @param text the period text
     * @return the period
     * @throws IllegalArgumentException with a message saying what is wrong, when the text is not a
     *     valid, positive period
     */
    public static RetentionPeriod parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalArgumentException("the retention period is empty");
        }
        Matcher m = ISO.matcher(text);
        if (!m.matches() || text.equals("P")) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 period of years, months, weeks and days"
                    + " such as P90D, P2W, P4M or P5Y");
        }
        int y = amount(m.group(1));
        int mo = amount(m.group(2));
        int w = amount(m.group(3));
        int d = amount(m.group(4));
        if (y + mo + w + d == 0) {
            throw new IllegalArgumentException("'" + text + "' is a zero period; data must be kept for some time, such as P1D");
        }
        return new RetentionPeriod(text, y, mo, w, d);
    }

    private static int amount(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    /** @return the number of years */
    public int years() {
        return years;
    }

    /** @return the number of months */
    public int months() {
        return months;
    }

    /** @return the number of weeks */
    public int weeks() {
        return weeks;
    }

    /** @return the number of days */
    public int days() {
        return days;
    }

    /** @return the period as a {@link Period}, weeks counted as seven days */
    public Period toPeriod() {
        return Period.of(years, months, weeks * 7 + days);
    }

    /** @return the ISO-8601 text this period was parsed from */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetentionPeriod && ((RetentionPeriod) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
