package fi.seloste.maven;

import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.load.BytecodeCheck;
import fi.seloste.core.load.IndexLoader;
import fi.seloste.core.load.IndexSource;
import fi.seloste.index.Index;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;

/**
 * What a module is in a multi-module build, so that a goal run at the reactor root ({@code ./mvnw compile
 * seloste:generate}) does its work in the module meant for it and passes over the others with one log line: a module
 * that holds no personal data (a catalogue, a utility), a module whose personal data a {@code seloste:aggregate}
 * module documents, and the aggregating module itself.
 */
final class ReactorRole {

    static final String GROUP_ID = "fi.seloste";
    static final String ARTIFACT_ID = "seloste-maven-plugin";

    private ReactorRole() {}

    /**
     * Whether a goal has personal data to document: a personal field (or, in warning mode, an undeclared one) in the
     * module's index or in one of the dependencies it reads. When in doubt (an index that cannot be read, a compiled
     * module without the index it needs) the answer is yes, so the goal runs and reports the problem.
     *
     * @param module the module's class output
     * @param dependencies the dependencies the goal reads
     * @return whether there is personal data, or a problem for the goal to report
     */
    static boolean holdsPersonalData(IndexSource module, List<IndexSource> dependencies) {
        Problems problems = new Problems();
        Optional<Index> own = new IndexLoader().load(module, problems);
        if (problems.any() || own.map(ReactorRole::personal).orElse(false)) {
            return true;
        }
        if (own.isEmpty() && !BytecodeCheck.needsNoIndex(module, problems)) {
            return true; // not compiled, or compiled without the index it needs: the goal says which
        }
        for (IndexSource dependency : dependencies) {
            Optional<Index> index = new IndexLoader().load(dependency, problems);
            if (problems.any() || index.map(ReactorRole::personal).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean personal(Index index) {
        return !index.fields().isEmpty() || !index.undeclared().isEmpty();
    }

    /** @return whether the project's build runs {@code seloste:aggregate} in one of its executions */
    static boolean runsAggregate(MavenProject project) {
        return runs(project, "aggregate");
    }

    /** @return whether the project's build runs {@code seloste:organisation} in one of its executions */
    static boolean runsOrganisation(MavenProject project) {
        return runs(project, "organisation");
    }

    private static boolean runs(MavenProject project, String goal) {
        for (Plugin plugin : project.getBuildPlugins()) {
            if (GROUP_ID.equals(plugin.getGroupId()) && ARTIFACT_ID.equals(plugin.getArtifactId())) {
                for (PluginExecution execution : plugin.getExecutions()) {
                    if (execution.getGoals().contains(goal)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * @param project a module
     * @param reactor the reactor's projects
     * @return the reactor module that runs {@code seloste:aggregate} over this module (it depends on it directly, as
     *     {@code aggregate} requires), or empty
     */
    static Optional<MavenProject> aggregator(MavenProject project, List<MavenProject> reactor) {
        if (reactor == null) {
            return Optional.empty();
        }
        for (MavenProject other : reactor) {
            if (other == project || !runsAggregate(other)) {
                continue;
            }
            for (Dependency d : other.getDependencies()) {
                if (project.getGroupId().equals(d.getGroupId()) && project.getArtifactId().equals(d.getArtifactId())) {
                    return Optional.of(other);
                }
            }
        }
        return Optional.empty();
    }
}
