package fi.seloste.maven;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.record.RecordSource;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;

/**
 * Finds a published record by its application's coordinates, with Maven's resolver, in the local repository and every
 * repository the project can reach: what {@code organisation} and {@code diff} share.
 */
final class RecordResolver {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    RecordResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    /**
     * @param coordinates {@code groupId:artifactId:version}, the version possibly a range such as {@code [1.0,2.0)}
     *     (the newest release in it)
     * @param problems where malformed coordinates and a record that cannot be resolved are reported
     * @return the record's file with its {@code groupId:artifactId:version}, or empty with the problem reported
     */
    Optional<RecordSource> resolve(String coordinates, Problems problems) {
        String[] parts = coordinates.strip().split(":", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            problems.report(Diagnostic.RECORD_COORDINATES_INVALID, coordinates.strip());
            return Optional.empty();
        }
        String version = parts[2].strip();
        if (version.startsWith("[") || version.startsWith("(")) {
            DefaultArtifact range = artifact(parts, version);
            try {
                VersionRangeResult result = system.resolveVersionRange(session,
                        new VersionRangeRequest(range, repositories, null));
                if (result.getHighestVersion() == null) {
                    problems.report(Diagnostic.RECORD_UNRESOLVABLE, coordinates.strip(), range, "no version in that range");
                    return Optional.empty();
                }
                version = result.getHighestVersion().toString();
            } catch (VersionRangeResolutionException e) {
                problems.report(Diagnostic.RECORD_UNRESOLVABLE, coordinates.strip(), range, firstLine(e.getMessage()));
                return Optional.empty();
            }
        }
        String gav = parts[0].strip() + ":" + parts[1].strip() + ":" + version;
        DefaultArtifact artifact = artifact(parts, version);
        try {
            File file = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null)).getArtifact().getFile();
            return Optional.of(new RecordSource(file.toPath(), gav));
        } catch (ArtifactResolutionException e) {
            problems.report(Diagnostic.RECORD_UNRESOLVABLE, gav, artifact, firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    private static DefaultArtifact artifact(String[] parts, String version) {
        return new DefaultArtifact(parts[0].strip(), parts[1].strip(), AbstractPublishingMojo.RECORD_CLASSIFIER, "json", version);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
