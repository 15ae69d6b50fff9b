package fi.seloste.core.diff;

import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.RecordReader;
import fi.seloste.core.record.RecordSource;
import fi.seloste.core.render.DocumentSet;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What this build changes against the previous release, found by comparing the record this build writes (read back
 * as a published record is) with the previous release's: the common ground of the notices' change history from the
 * diff and of {@code check}'s rule that a legal change needs a change entry.
 *
 * @param before the previous release's record
 * @param after this build's record
 * @param changes what {@link RecordDiff#between} found, by register
 */
public record ReleaseChanges(PublishedRecord before, PublishedRecord after, List<RecordChange> changes) {

    public ReleaseChanges {
        changes = List.copyOf(changes);
    }

    /**
     * @param previous the previous release's record
     * @param documents this build's documents, whose {@code register.json} is compared
     * @param problems where a previous record that cannot be read is reported
     * @return the changes, or empty with the problems reported
     */
    public static Optional<ReleaseChanges> of(RecordSource previous, DocumentSet documents, Problems problems) {
        RecordReader reader = new RecordReader();
        Optional<PublishedRecord> old = reader.read(previous, problems);
        byte[] json = documents.text(DocumentSet.RECORD).getBytes(StandardCharsets.UTF_8);
        Optional<PublishedRecord> now = reader.read(new ByteArrayInputStream(json), "this build", problems);
        if (old.isEmpty() || now.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReleaseChanges(old.get(), now.get(), RecordDiff.between(old.get(), now.get())));
    }

    /** @return the changes of each register that has any, in the diff's order */
    public Map<String, List<RecordChange>> byRegister() {
        Map<String, List<RecordChange>> byRegister = new LinkedHashMap<>();
        for (RecordChange change : changes) {
            byRegister.computeIfAbsent(change.register(), r -> new ArrayList<>()).add(change);
        }
        return byRegister;
    }

    /**
     * @param languages the notice languages
     * @param date the notice date, which dates every entry
     * @return one change-history entry per change, each for its register's notice, in every language, plain text
     */
    public List<Organisation.Change> entries(List<String> languages, LocalDate date) {
        Map<String, ChangeLog> logs = new TreeMap<>();
        for (String language : languages) {
            logs.put(language, ChangeLog.forNotice(language));
        }
        List<Organisation.Change> entries = new ArrayList<>();
        for (RecordChange change : changes) {
            Map<String, String> descriptions = new TreeMap<>();
            logs.forEach((language, log) -> descriptions.put(language, log.entry(change)));
            entries.add(new Organisation.Change(date, descriptions, change.register()));
        }
        return entries;
    }

    /**
     * @param written the change history the user wrote ({@code <changes>}), oldest first
     * @param generated the entries from the diff, all of one date
     * @return the history with the generated entries after the user's of the same date and earlier
     */
    public static List<Organisation.Change> merge(List<Organisation.Change> written, List<Organisation.Change> generated) {
        if (generated.isEmpty()) {
            return written;
        }
        LocalDate date = generated.get(0).date();
        int at = 0;
        while (at < written.size() && !written.get(at).date().isAfter(date)) {
            at++;
        }
        List<Organisation.Change> merged = new ArrayList<>(written.subList(0, at));
        merged.addAll(generated);
        merged.addAll(written.subList(at, written.size()));
        return merged;
    }
}
