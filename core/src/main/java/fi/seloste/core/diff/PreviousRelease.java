package fi.seloste.core.diff;

import fi.seloste.core.record.RecordSource;

/**
 * The previous release's published record, and what a run does with it: fill the notices' change history from the
 * diff ({@code <changesFromDiff>}) and, in {@code seloste:check}, require a change entry when the legal content changed
 * ({@code <requireChangeEntry>}).
 *
 * @param record the previous release's {@code register.json} with its coordinates
 * @param history whether each register's notice gets a change entry per change the diff finds, dated with the
 *     notice date
 * @param requireEntry whether a register whose legal content changed fails the run (reported by
 *     {@code DocumentGenerator.model} without throwing, so a check lists it with the drift) unless the change history has an
 *     entry newer than the previous release's notice date (or {@code history} is on)
 */
public record PreviousRelease(RecordSource record, boolean history, boolean requireEntry) {}
