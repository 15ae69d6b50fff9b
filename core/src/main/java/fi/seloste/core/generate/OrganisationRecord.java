package fi.seloste.core.generate;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.model.Controller;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.RecordMerge;
import fi.seloste.core.record.RecordReader;
import fi.seloste.core.record.RecordSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The organisation's record: one Art. 30 record and one set of notices per register from the records several
 * applications published, with the organisation facts of the project that gathers them. The Maven-free heart of
 * {@code seloste:organisation}.
 */
public final class OrganisationRecord {

    /**
     * What reading the records gave, ready to be documented.
     *
     * @param request the request, with the default register's name the records agree on when the caller gave none
     * @param merged the records as indexes
     * @param records the records read
     */
    public record Gathered(DocumentGenerator.Request request, RecordMerge.Merged merged, List<PublishedRecord> records) {}

    /**
     * Reads and merges the records; every problem goes into {@code problems}, nothing is thrown.
     *
     * @param sources the records, in a stable order
     * @param request the organisation facts and options; its modules and dependencies are read too (usually none)
     * @param problems where every problem goes
     * @return the records, merged
     */
    public Gathered gather(List<RecordSource> sources, DocumentGenerator.Request request, Problems problems) {
        if (sources.isEmpty() && !problems.any()) { // records that could not be resolved were reported already
            problems.report(Diagnostic.RECORDS_NONE);
        }
        RecordReader reader = new RecordReader();
        List<PublishedRecord> records = new ArrayList<>();
        for (RecordSource source : sources) {
            reader.read(source, problems).ifPresent(records::add);
        }
        RecordMerge.Merged merged = RecordMerge.merge(records, problems);
        Controller ours = request.organisation().controller();
        for (PublishedRecord record : records) {
            if (ours.name() != null && !sameController(ours, record.controller())) {
                problems.report(Diagnostic.RECORD_OTHER_CONTROLLER, record.coordinates(), describe(record.controller()),
                        describe(ours));
            }
        }
        DocumentGenerator.Request r = request;
        if ((r.registerName() == null || r.registerName().isBlank()) && merged.defaultRegisterName() != null) {
            r = r.withRegisterName(merged.defaultRegisterName());
        }
        return new Gathered(r, merged, records);
    }

    /**
     * Writes the organisation's record and notices into the request's output directory.
     *
     * @param sources the records, in a stable order
     * @param request the organisation facts and options
     * @param problems the run's problems, possibly some already
     * @return the files written, in name order
     * @throws SelosteException listing every problem found; nothing is written then
     */
    public List<Path> generate(List<RecordSource> sources, DocumentGenerator.Request request, Problems problems)
            throws SelosteException {
        Gathered gathered = gather(sources, request, problems);
        return new DocumentGenerator().generate(gathered.request(), gathered.merged().indexes(), problems);
    }

    /**
     * The organisation's documents as {@link #generate} would write them, unwritten: what {@code seloste:check}
     * compares with the committed ones.
     *
     * @param sources the records, in a stable order
     * @param request the organisation facts and options
     * @param problems the run's problems, possibly some already
     * @return the checked model
     * @throws SelosteException listing every problem found
     */
    public DocumentGenerator.Model model(List<RecordSource> sources, DocumentGenerator.Request request, Problems problems)
            throws SelosteException {
        Gathered gathered = gather(sources, request, problems);
        return new DocumentGenerator().model(gathered.request(), gathered.merged().indexes(), problems);
    }

    private static boolean sameController(Controller a, Controller b) {
        if (a.businessId() != null && b.businessId() != null) {
            return a.businessId().strip().equals(b.businessId().strip());
        }
        return a.name().strip().toLowerCase(Locale.ROOT).equals(b.name().strip().toLowerCase(Locale.ROOT));
    }

    private static String describe(Controller c) {
        return c.name() + (c.businessId() == null ? "" : " (" + c.businessId() + ")");
    }
}
