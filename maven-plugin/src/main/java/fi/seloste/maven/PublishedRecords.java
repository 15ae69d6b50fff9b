package fi.seloste.maven;

import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.record.RecordSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/**
 * The applications' published records an organisation record is made of, found the same way for
 * {@code seloste:organisation}, which writes the organisation's documents, and {@code seloste:check}, which compares
 * the committed ones with them.
 */
final class PublishedRecords {

    private PublishedRecords() {}

    /**
     * @param records the coordinates of {@code <records>}, possibly {@code null}
     * @param project the organisation's project, whose {@code json}/{@code seloste-record} dependencies are read too
     * @param resolver resolves coordinates to files
     * @param problems where malformed coordinates and unresolvable records go
     * @return the records of {@code <records>}, resolved, then those among the dependencies; each once
     */
    static List<RecordSource> sources(List<String> records, MavenProject project, RecordResolver resolver, Problems problems) {
        List<RecordSource> sources = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String coordinates : records == null ? List.<String>of() : records) {
            if (coordinates != null && !coordinates.isBlank()) {
                resolver.resolve(coordinates, problems).filter(s -> seen.add(s.coordinates())).ifPresent(sources::add);
            }
        }
        List<Artifact> dependencies = new ArrayList<>();
        for (Artifact a : project.getArtifacts()) {
            if (AbstractPublishingMojo.RECORD_CLASSIFIER.equals(a.getClassifier()) && "json".equals(a.getType())
                    && a.getFile() != null) {
                dependencies.add(a);
            }
        }
        dependencies.sort(Comparator.comparing(a -> a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion()));
        for (Artifact a : dependencies) {
            String gav = a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion();
            if (seen.add(gav)) {
                sources.add(new RecordSource(a.getFile().toPath(), gav));
            }
        }
        return sources;
    }
}
