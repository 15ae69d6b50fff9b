package fi.seloste.maven;

import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.diff.ChangeLogFiles;
import fi.seloste.core.record.RecordSource;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares this build's record with the previous release's published record and writes what changed, in each of the
 * {@code <languages>}: {@code changes.fi.md}, {@code changes.sv.md}, {@code changes.en.md}. Registers, fields,
 * purposes, recipients, transfers and retention added, removed or changed, per register, in the notices' words, so
 * the DPO can review a release and update the notice's change history.
 *
 * <p>Run it after {@code generate} or {@code aggregate}: {@code ./mvnw package seloste:diff -Dseloste.diff.previous=1.3.0},
 * or bind it to {@code package} with {@code <previous>}.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class DiffMojo extends AbstractSelosteMojo {

    /**
     * This build's record, written by {@code generate} or {@code aggregate}. Default:
     * {@code target/seloste/register.json}.
     */
    @Parameter(property = "seloste.diff.record", defaultValue = "${project.build.directory}/seloste/register.json")
    File record;

    /** Where the change logs are written. Default: {@code target/seloste}, next to the record. */
    @Parameter(property = "seloste.outputDirectory", defaultValue = "${project.build.directory}/seloste")
    File outputDirectory;

    /** Skips {@code seloste:diff} only ({@code -Dseloste.diff.skip}); {@code seloste.skip} skips every goal. */
    @Parameter(property = "seloste.diff.skip", defaultValue = "false")
    boolean diffSkip;

    @Override
    public void execute() throws MojoFailureException {
        if (skipped("diff", diffSkip, "seloste.diff.skip")) {
            return;
        }
        boolean byVersion = previous != null && !previous.isBlank();
        if (!byVersion && previousRecord == null) {
            getLog().info("Skipping seloste:diff: no previous record to compare with (set <previous> or "
                    + "-Dseloste.diff.previous=<version>, or <previousRecord>)");
            return;
        }
        Problems problems = new Problems();
        Optional<RecordSource> before = previousSource(problems);
        if (before.isEmpty()) {
            throw failure(problems.failure());
        }
        getLog().info("Comparing the record with " + before.get().coordinates() + " (" + before.get().path() + ")");
        try {
            ChangeLogFiles.Written written = ChangeLogFiles.write(before.get(), new RecordSource(record.toPath(), gav(project)),
                    languages.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).distinct().toList(),
                    outputDirectory.toPath());
            getLog().info(written.changes().size() + (written.changes().size() == 1 ? " change" : " changes")
                    + " since " + before.get().coordinates());
            for (Path file : written.files()) {
                getLog().info("Wrote " + file);
            }
        } catch (SelosteException e) {
            throw failure(e);
        }
    }
}
