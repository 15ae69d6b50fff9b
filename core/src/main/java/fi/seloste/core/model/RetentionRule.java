package fi.seloste.core.model;

import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;

/**
 * How long a piece of data is kept: a period counted from an event, such as four months from the end of
 * the conversation, or criteria when no fixed period can be given; and the law that sets it, if any.
 *
 * @param period the period, or {@code null} with criteria
 * @param from the event it is counted from, or {@code null} with criteria
 * @param criteria the criteria, or {@code null} with a period
 * @param law the law that sets it, or {@code null}
 */
public record RetentionRule(RetentionPeriod period, RetentionTrigger from, String criteria, String law) {}
