package fi.seloste.index;

import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;

/**
 * How long a field is kept: a period counted from an event, such as four months from the end of the conversation,
 * or criteria when no fixed period can be given; and the law that sets it, if any.
 *
 * @param period the period, or {@code null} with criteria
 * @param from the event the period runs from, or {@code null} with criteria
 * @param criteria the criteria deciding the time, or {@code null} with a period
 * @param law the law that sets it, or {@code null}
 */
public record Retention(RetentionPeriod period, RetentionTrigger from, String criteria, String law) {}
