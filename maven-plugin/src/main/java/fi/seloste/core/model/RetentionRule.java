package fi.seloste.core.model;

import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;

/**
 * How long a piece of data is kept and from which event the time is counted, such as four months from
 * the end of the conversation.
 *
 * @param period the period
 * @param from the event it is counted from
 */
public record RetentionRule(RetentionPeriod period, RetentionTrigger from) {}
