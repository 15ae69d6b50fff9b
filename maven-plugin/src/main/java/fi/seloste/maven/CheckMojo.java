package fi.seloste.maven;

import fi.seloste.core.check.DriftCheck;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.generate.DocumentGenerator;
import fi.seloste.core.load.IndexSource;
import fi.seloste.core.output.DocumentFiles;
import fi.seloste.core.generate.OrganisationRecord;
import fi.seloste.core.record.RecordSource;
import fi.seloste.core.render.DocumentSet;
import fi.seloste.index.Undeclared;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The CI gate: fails once, listing every problem: personal fields the processor recorded as undeclared,
 * legal inconsistencies, missing organisation facts, and committed documents that no longer match what the code
 * generates (with a short diff and the command that refreshes them).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class CheckMojo extends AbstractSelosteMojo {

    /** The module's class output, where seloste-processor wrote its index. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    File classesDirectory;

    /**
     * Where the committed documents live: the output of {@code seloste:generate} checked into the repository, which
     * {@code check} compares with what the code generates now. Default: {@code src/main/privacy}. Each generated
     * document missing there is reported (SELOSTE-M503); create them with {@code -Dseloste.check.update}.
     */
    @Parameter(property = "seloste.check.committedDirectory", defaultValue = "${project.basedir}/src/main/privacy")
    File committedDirectory;

    /**
     * Whether committed documents are compared with what the code generates now (the drift check). Default:
     * {@code true}. Set it to {@code false} ({@code -Dseloste.check.drift=false}) in a project that does not
     * commit its documents: {@code check} then checks only the code and the configuration.
     */
    @Parameter(property = "seloste.check.drift", defaultValue = "true")
    boolean drift;

    /**
     * Whether the indexes inside this module's compile and runtime dependencies are checked too, as
     * {@code generate} merges them. Default: {@code true}.
     */
    @Parameter(property = "seloste.includeDependencies", defaultValue = "true")
    boolean includeDependencies;

    /**
     * Whether problems fail the build. Default: {@code true}. With {@code false} every problem is logged as a
     * warning and the build goes on, for example while a team declares its fields step by step.
     */
    @Parameter(property = "seloste.check.failOnError", defaultValue = "true")
    boolean failOnError;

    /**
     * Writes the documents the code generates now into {@code committedDirectory} instead of failing on drift, like
     * Spotless's {@code apply}: {@code ./mvnw verify -Dseloste.check.update}. Committed documents the code no longer
     * generates are deleted; nothing else there is touched. Review and commit the result.
     */
    @Parameter(property = "seloste.check.update", defaultValue = "false")
    boolean update;

    /** Skips {@code seloste:check} only ({@code -Dseloste.check.skip}); {@code seloste.skip} skips every goal. */
    @Parameter(property = "seloste.check.skip", defaultValue = "false")
    boolean checkSkip;

    /**
     * Checks what {@code seloste:aggregate} generates (every reactor module among the dependencies) instead of this
     * module's own documents.
     */
    @Parameter(property = "seloste.check.aggregate", defaultValue = "false")
    boolean aggregate;

    /**
     * Checks what {@code seloste:organisation} writes from the applications' published records instead of a module's
     * documents: the committed organisation record and notices must match what {@code organisation} would write now.
     * Default: on in a project whose build runs {@code seloste:organisation}, so {@code ./mvnw verify} there is the
     * organisation's drift check; {@code -Dseloste.check.organisation} turns it on elsewhere.
     */
    @Parameter(property = "seloste.check.organisation", defaultValue = "false")
    boolean organisation;

    /**
     * The applications whose published records the organisation record is made of, as for {@code seloste:organisation}
     * (configure them once, in the plugin's {@code <configuration>}): each {@code groupId:artifactId:version}, a
     * version range taking the newest release in it; on the command line comma-separated,
     * {@code -Dseloste.records=com.example:chat:1.4.0,com.example:shop:2.1.0}. Dependencies of {@code <type>json</type>}
     * with {@code <classifier>seloste-record</classifier>} are read too. Used only when checking an organisation record.
     */
    @Parameter(property = "seloste.records")
    List<String> records;

    /**
     * Whether a register whose legal content changed since the previous release ({@code <previous>} or
     * {@code <previousRecord>}: data, purposes, recipients, transfers or retention added, removed or changed) fails the
     * check (SELOSTE-M506) unless {@code <changes>} has an entry dated after the previous release's notice date, or
     * {@code <changesFromDiff>} writes the entries. The message lists the changes and the {@code <change>} to add.
     * Default: {@code false}; {@code -Dseloste.check.requireChangeEntry} turns it on.
     */
    @Parameter(property = "seloste.check.requireChangeEntry", defaultValue = "false")
    boolean requireChangeEntry;

    @Parameter(defaultValue = "${reactorProjects}", readonly = true)
    List<org.apache.maven.project.MavenProject> reactorProjects;

    @Override
    boolean requiresChangeEntry() {
        return requireChangeEntry;
    }

    @Override
    public void execute() throws MojoFailureException {
        if (skipped("check", checkSkip, "seloste.check.skip")) {
            return;
        }
        if (organisation || ReactorRole.runsOrganisation(project)) {
            checkOrganisation();
            return;
        }
        // a pom module that runs seloste:aggregate is checked as aggregate generates it
        boolean aggregating = aggregate || "pom".equals(project.getPackaging()) && ReactorRole.runsAggregate(project);
        if (!aggregating && "pom".equals(project.getPackaging())) {
            getLog().info("Skipping seloste:check for " + project.getArtifactId() + ": a pom module has no classes "
                    + "(set <aggregate>true</aggregate> to check what seloste:aggregate generates)");
            return;
        }
        if (!aggregating && passedOver()) {
            return;
        }
        List<IndexSource> modules;
        List<IndexSource> dependencies;
        if (aggregating) {
            List<List<IndexSource>> sources = reactorSources(reactorProjects);
            modules = sources.get(0);
            dependencies = sources.get(1);
        } else {
            modules = List.of(new IndexSource(classesDirectory.toPath(), gav(project)));
            dependencies = includeDependencies ? dependencySources(project) : List.of();
        }
        Problems problems = new Problems();
        try {
            DocumentGenerator.Model model = new DocumentGenerator()
                    .model(request(modules, dependencies, committedDirectory == null ? null : committedDirectory.toPath(), problems),
                            problems);
            List<Problem> drift = drift(model.documents());
            for (Undeclared u : model.catalogue().undeclared()) {
                String where = u.sourceFile() == null ? "" : " (" + u.sourceFile() + ":" + u.line() + ")";
                problems.report(Diagnostic.UNDECLARED_FIELD, u.className(), u.field(), where, u.reason(), u.origin());
            }
            problems.reportAll(drift);
        } catch (SelosteException e) {
            problems.reportAll(e.problems()); // the run's own, or the one write or template that failed
        }
        finish(problems);
    }

    /** Compares the committed organisation documents with what {@code seloste:organisation} would write now. */
    private void checkOrganisation() throws MojoFailureException {
        Problems problems = new Problems();
        List<RecordSource> sources = PublishedRecords.sources(records, project, recordResolver(), problems);
        sources.forEach(s -> getLog().info("Reading the record of " + s.coordinates() + " (" + s.path() + ")"));
        try {
            DocumentGenerator.Model model = new OrganisationRecord().model(sources,
                    request(List.of(), List.of(), committedDirectory == null ? null : committedDirectory.toPath(), problems),
                    problems);
            problems.reportAll(drift(model.documents()));
        } catch (SelosteException e) {
            problems.reportAll(e.problems());
        }
        finish(problems);
    }

    /** Logs the warnings, then fails listing every problem, or only warns when {@code failOnError} is off. */
    private void finish(Problems problems) throws MojoFailureException {
        logWarnings(problems);
        if (!problems.any()) {
            getLog().info("seloste:check found no problems");
            return;
        }
        SelosteException all = problems.failure();
        if (failOnError) {
            throw failure(all);
        }
        all.getMessage().lines().forEach(getLog()::warn);
    }

    /**
     * Whether this module is passed over with one log line, as {@code generate} passes it over at a reactor root: it
     * holds no personal data, or the module running {@code seloste:aggregate} documents it and it configures no
     * {@code <controller>}. A module with committed documents is always checked, so deleting its last personal field
     * cannot hide them.
     */
    private boolean passedOver() {
        if (committedDirectory != null && committedDirectory.isDirectory()) {
            String[] committed = committedDirectory.list();
            if (committed != null && committed.length > 0) {
                return false;
            }
        }
        IndexSource module = new IndexSource(classesDirectory.toPath(), gav(project));
        if (!ReactorRole.holdsPersonalData(module, includeDependencies ? dependencySources(project) : List.of())) {
            getLog().info("Skipping seloste:check for " + project.getArtifactId() + ": it holds no personal data "
                    + "(no personal field in its index" + (includeDependencies ? " or its dependencies" : "") + ")");
            return true;
        }
        if (controller == null) {
            java.util.Optional<org.apache.maven.project.MavenProject> aggregator = ReactorRole.aggregator(project, reactorProjects);
            if (aggregator.isPresent()) {
                getLog().info("Skipping seloste:check for " + project.getArtifactId() + ": seloste:aggregate in "
                        + aggregator.get().getArtifactId() + " documents its personal data (this module configures no "
                        + "<controller> of its own)");
                return true;
            }
        }
        return false;
    }

    /**
     * Compares the model's documents with the committed ones, rendering each once, or writes them there in update
     * mode.
     *
     * @return the committed documents that are missing or differ
     * @throws SelosteException when a document cannot be written or a template fails
     */
    private List<Problem> drift(DocumentSet documents) throws SelosteException {
        if (!drift) {
            getLog().info("Skipping the drift check: <drift> (seloste.check.drift) is false");
            return List.of();
        }
        if (committedDirectory == null) {
            return List.of();
        }
        if (update) {
            DocumentFiles.Result result = DocumentFiles.replace(committedDirectory.toPath(), documents);
            result.written().forEach(file -> getLog().info("Updated " + file));
            result.removed().forEach(file -> getLog().info("Deleted " + file + ": the code no longer generates it"));
            return List.of();
        }
        String refresh = "./mvnw verify -Dseloste.check.update (then review and commit "
                + project.getBasedir().toPath().relativize(committedDirectory.toPath().toAbsolutePath()) + ")";
        return DriftCheck.compare(committedDirectory.toPath(), documents, refresh);
    }
}
