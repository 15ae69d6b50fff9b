package fi.seloste.core.generate;

import fi.seloste.core.check.ChangeEntryCheck;
import fi.seloste.core.check.DeclaredFactsCheck;
import fi.seloste.core.check.OrganisationCheck;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.diff.PreviousRelease;
import fi.seloste.core.diff.ReleaseChanges;
import fi.seloste.core.load.IndexSource;
import fi.seloste.core.load.Indexes;
import fi.seloste.core.model.Catalogue;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.ProcessingActivity;
import fi.seloste.core.model.PublicAuthority;
import fi.seloste.core.model.RegisterLimit;
import fi.seloste.core.model.Registers;
import fi.seloste.core.output.DocumentFiles;
import fi.seloste.core.render.DocumentRenderer;
import fi.seloste.core.render.DocumentSet;
import fi.seloste.core.render.TemplateDirectory;
import fi.seloste.core.render.Translations;
import fi.seloste.index.Index;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the steps that turn the gathered indexes and the organisation facts into the record and the notices, in
 * order, each reporting into the run's one collector of problems: the Maven-free heart of {@code seloste:generate},
 * {@code seloste:aggregate} and {@code seloste:check}, so it can be tested and benchmarked without Maven.
 */
public final class DocumentGenerator {

    /**
     * What to generate.
     *
     * @param modules the folders whose index must exist: the module's own class output (and, for an
     *     aggregate, each reactor module's)
     * @param dependencies folders and jars whose index is read when present
     * @param outputDirectory where the documents go
     * @param organisation the organisation facts
     * @param registerName the name of the register for fields that name none, or {@code null}
     * @param languages the notice languages, such as {@code fi}
     * @param date the notice date, or {@code null} for none
     * @param templateDirectory templates that override the built-in ones, or {@code null}
     * @param version the seloste version, for messages
     * @param footer whether the documents end with the line that seloste produced them
     * @param previous the previous release's record and what to do with it, or {@code null} for nothing
     */
    public record Request(
            List<IndexSource> modules,
            List<IndexSource> dependencies,
            Path outputDirectory,
            Organisation organisation,
            String registerName,
            List<String> languages,
            LocalDate date,
            Path templateDirectory,
            String version,
            boolean footer,
            PreviousRelease previous) {

        /**
         * A request that compares with no previous release.
         *
         * @param modules see the record @param dependencies see the record @param outputDirectory see the record
         * @param organisation see the record @param registerName see the record @param languages see the record
         * @param date see the record @param templateDirectory see the record @param version see the record
         * @param footer see the record
         */
        public Request(List<IndexSource> modules, List<IndexSource> dependencies, Path outputDirectory,
                Organisation organisation, String registerName, List<String> languages, LocalDate date,
                Path templateDirectory, String version, boolean footer) {
            this(modules, dependencies, outputDirectory, organisation, registerName, languages, date, templateDirectory,
                    version, footer, null);
        }

        /**
         * @param name the register name for fields that name none
         * @return this request with that name
         */
        public Request withRegisterName(String name) {
            return new Request(modules, dependencies, outputDirectory, organisation, name, languages, date,
                    templateDirectory, version, footer, previous);
        }

        /**
         * A request for documents with the footer.
         *
         * @param modules see the record @param dependencies see the record @param outputDirectory see the record
         * @param organisation see the record @param registerName see the record @param languages see the record
         * @param date see the record @param templateDirectory see the record @param version see the record
         */
        public Request(List<IndexSource> modules, List<IndexSource> dependencies, Path outputDirectory,
                Organisation organisation, String registerName, List<String> languages, LocalDate date,
                Path templateDirectory, String version) {
            this(modules, dependencies, outputDirectory, organisation, registerName, languages, date, templateDirectory,
                    version, true);
        }
    }

    /**
     * The checked model of one run, ready to be written, rendered or compared.
     *
     * @param catalogue the merged declarations (for the undeclared fields {@code seloste:check} reports)
     * @param documents the documents, each as the code that writes it
     * @param release what changed since the previous release, or {@code null} when the request named none
     */
    public record Model(Catalogue catalogue, DocumentSet documents, ReleaseChanges release) {

        /**
         * @param catalogue see the record @param documents see the record
         */
        public Model(Catalogue catalogue, DocumentSet documents) {
            this(catalogue, documents, null);
        }
    }

    /**
     * The documents of one run as text, by file name.
     *
     * @param documents file name to content, sorted by name
     * @param catalogue the merged declarations
     */
    public record Documents(Map<String, String> documents, Catalogue catalogue) {}

    /**
     * Reads, checks and merges everything once. Problems the caller found in its own parameters come in through
     * {@code problems}; when those are the only ones, the templates are tried too, so one build lists everything.
     *
     * @param request what to generate
     * @param problems the run's problems, possibly some already
     * @return the model
     * @throws SelosteException listing every problem of the run, when there is any
     */
    public Model model(Request request, Problems problems) throws SelosteException {
        return model(request, List.of(), problems);
    }

    /**
     * Reads, checks and merges the request's indexes and indexes read elsewhere (published records), once.
     *
     * @param request what to generate
     * @param published indexes the caller read, merged after the request's own
     * @param problems the run's problems, possibly some already
     * @return the model
     * @throws SelosteException listing every problem of the run, when there is any
     */
    public Model model(Request request, List<Index> published, Problems problems) throws SelosteException {
        long theCallers = problems.count();
        Organisation organisation = request.organisation();
        OrganisationCheck.check(organisation, request.languages(), Translations.available(), problems);
        Indexes.Gathered gathered = Indexes.gather(request.modules(), request.dependencies(), request.version(), problems);
        List<Index> indexes = new java.util.ArrayList<>(gathered.indexes());
        indexes.addAll(published);
        Catalogue catalogue = Catalogue.merge(indexes, gathered.sharedTypes(), problems);
        if (!RegisterLimit.check(catalogue, problems)) {
            throw problems.failure(); // nothing more is worth checking in a run that would flood the output
        }
        List<ProcessingActivity> activities = Registers.of(catalogue, organisation, request.registerName(),
                request.languages(), problems);
        PublicAuthority.checkPurposes(catalogue, organisation, problems);
        DeclaredFactsCheck.check(activities, catalogue, organisation, problems);
        TemplateDirectory.check(request.templateDirectory(), problems);
        failOnNew(problems, theCallers);
        DocumentSet documents = DocumentSet.of(organisation, catalogue, activities, request.languages(), request.date(),
                request.templateDirectory(), request.footer(), problems);
        failOnNew(problems, theCallers);
        if (problems.any()) {
            documents.firstTemplateFailure().ifPresent(problems::report);
            throw problems.failure();
        }
        PreviousRelease previous = request.previous();
        if (previous == null) {
            return new Model(catalogue, documents);
        }
        ReleaseChanges release = ReleaseChanges.of(previous.record(), documents, problems).orElse(null);
        failOnNew(problems, theCallers);
        if (previous.history() && !release.changes().isEmpty()) {
            LocalDate before = release.before().noticeDate();
            if (request.date() == null || before != null && !request.date().isAfter(before)) {
                problems.report(Diagnostic.HISTORY_UNDATED, release.before().coordinates(), request.date() == null
                        ? "the notices have no date"
                        : "the notice date " + request.date() + " is not after the previous release's (" + before + ")");
            } else {
                Organisation dated = organisation.withChanges(ReleaseChanges.merge(organisation.changes(),
                        release.entries(request.languages(), request.date())));
                documents = DocumentSet.of(dated, catalogue, activities, request.languages(), request.date(),
                        request.templateDirectory(), request.footer(), problems);
            }
        }
        failOnNew(problems, theCallers);
        if (previous.requireEntry() && !previous.history()) {
            // reported, not thrown: seloste:check goes on to compare the documents and lists both
            ChangeEntryCheck.check(release, organisation, request.languages(), request.date(), problems);
        }
        return new Model(catalogue, documents, release);
    }

    private static void failOnNew(Problems problems, long before) throws SelosteException {
        if (problems.count() > before) {
            throw problems.failure();
        }
    }

    /**
     * Writes every document into the output directory; the files appear only when all of them were written.
     *
     * @param request what to generate
     * @param problems the run's problems, possibly some already
     * @return the files written, in name order
     * @throws SelosteException listing every problem found; nothing is written then
     */
    public List<Path> generate(Request request, Problems problems) throws SelosteException {
        return generate(request, List.of(), problems);
    }

    /**
     * @param request what to generate
     * @param published indexes the caller read, merged after the request's own
     * @param problems the run's problems, possibly some already
     * @return the files written, in name order
     * @throws SelosteException listing every problem found; nothing is written then
     * @see #generate(Request, Problems)
     */
    public List<Path> generate(Request request, List<Index> published, Problems problems) throws SelosteException {
        long theCallers = problems.count();
        Model model = model(request, published, problems);
        failOnNew(problems, theCallers); // a missing change entry, which model reports without throwing
        try {
            return DocumentFiles.write(request.outputDirectory(), model.documents());
        } catch (SelosteException e) {
            problems.reportAll(e.problems());
            throw problems.failure();
        }
    }

    /**
     * @param request what to generate
     * @return the files written, in name order
     * @throws SelosteException listing every problem found; nothing is written then
     * @see #generate(Request, Problems)
     */
    public List<Path> generate(Request request) throws SelosteException {
        return generate(request, new Problems());
    }

    /**
     * Builds every document in memory, with the same bytes {@link #generate} writes.
     *
     * @param request what to generate
     * @return the documents
     * @throws SelosteException listing every problem found
     */
    public Documents render(Request request) throws SelosteException {
        Problems problems = new Problems();
        Model model = model(request, problems);
        problems.failIfAny(); // a missing change entry, which model reports without throwing
        Map<String, String> documents = new TreeMap<>();
        for (String name : model.documents().contents().keySet()) {
            try {
                documents.put(name, model.documents().text(name));
            } catch (DocumentRenderer.TemplateFailure e) {
                problems.report(e.problem());
                throw problems.failure();
            }
        }
        return new Documents(documents, model.catalogue());
    }
}
