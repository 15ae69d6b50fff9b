package fi.seloste.maven;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The previous release every goal can compare with, and how it is found: {@code diff} writes the change log against
 * it, {@code generate}, {@code aggregate} and {@code organisation} fill the notices' change history from it, and
 * {@code check} requires a change entry for it, all configured once with the same parameters.
 */
abstract class AbstractPreviousReleaseMojo extends AbstractMojo {

    /**
     * The previous release whose published record this build is compared with: its version (this project's
     * {@code groupId:artifactId}), a version range such as {@code [0,1.4.0)} (the newest release in it), or full
     * coordinates {@code groupId:artifactId:version} of another project, resolved as {@code json}/{@code seloste-record}
     * like any published record. {@code seloste:diff} writes the change log against it; {@code generate},
     * {@code aggregate} and {@code organisation} fill the notices' change history from it with
     * {@code <changesFromDiff>}, and {@code check} requires a change entry with {@code <requireChangeEntry>}. Other
     * goals do not resolve it.
     */
    @Parameter(property = "seloste.diff.previous")
    String previous;

    /** The previous release's record as a file instead of {@code <previous>}, such as a {@code register.json} kept from an earlier build. */
    @Parameter(property = "seloste.diff.previousRecord")
    File previousRecord;

    /**
     * Whether each register's notice gets, in its change history, one entry per change since the previous release
     * ({@code <previous>} or {@code <previousRecord>}): data, purposes, recipients, transfers and retention added,
     * removed or changed, in every notice language, dated with the notice date ({@code <noticeDate>}, else the latest
     * {@code <change>}), which must be after the previous release's (SELOSTE-M732). The entries you write in
     * {@code <changes>} stay, and come first for their date. Default: {@code false}; turn it on with
     * {@code <changesFromDiff>true</changesFromDiff>} or {@code -Dseloste.changesFromDiff}. Set it for
     * {@code generate} and {@code check} alike (in the plugin's {@code <configuration>}), so both write the same notices.
     */
    @Parameter(property = "seloste.changesFromDiff", defaultValue = "false")
    boolean changesFromDiff;

    @org.apache.maven.plugins.annotations.Component
    org.eclipse.aether.RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    org.eclipse.aether.RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    List<org.eclipse.aether.repository.RemoteRepository> remoteRepositories;

    /** @return this build's project, whose {@code groupId:artifactId} a bare {@code <previous>} version is of */
    abstract MavenProject currentProject();

    /** Whether this goal requires a change entry for legal changes since the previous release; {@code check} can. */
    boolean requiresChangeEntry() {
        return false;
    }

    /** The previous release and what to do with it, when this run needs it; a missing or unresolvable one is reported. */
    fi.seloste.core.diff.PreviousRelease previousRelease(Problems problems) {
        boolean requireEntry = requiresChangeEntry();
        if (!changesFromDiff && !requireEntry) {
            return null;
        }
        if ((previous == null || previous.isBlank()) && previousRecord == null) {
            problems.report(Diagnostic.PREVIOUS_MISSING, changesFromDiff ? "changesFromDiff" : "requireChangeEntry");
            return null;
        }
        return previousSource(problems).map(source -> {
            getLog().info("Comparing with the previous release " + source.coordinates() + " (" + source.path() + ")");
            return new fi.seloste.core.diff.PreviousRelease(source, changesFromDiff, requireEntry);
        }).orElse(null);
    }

    /**
     * @param problems where both parameters set, malformed coordinates and a record that cannot be resolved go
     * @return the previous release's record named by {@code <previous>} or {@code <previousRecord>}, or empty
     */
    java.util.Optional<fi.seloste.core.record.RecordSource> previousSource(Problems problems) {
        boolean byVersion = previous != null && !previous.isBlank();
        if (byVersion && previousRecord != null) {
            problems.report(Diagnostic.DIFF_PREVIOUS_TWICE, previous, previousRecord);
            return java.util.Optional.empty();
        }
        if (!byVersion) {
            return java.util.Optional.of(new fi.seloste.core.record.RecordSource(previousRecord.toPath(), previousRecord.toString()));
        }
        String coordinates = previous.contains(":") ? previous : currentProject().getGroupId() + ":" + currentProject().getArtifactId() + ":" + previous;
        return recordResolver().resolve(coordinates, problems);
    }

    /** @return the resolver of published records, in the repositories this project can reach */
    RecordResolver recordResolver() {
        return new RecordResolver(repositorySystem, repositorySession, remoteRepositories);
    }
}
