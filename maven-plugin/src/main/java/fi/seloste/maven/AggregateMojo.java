package fi.seloste.maven;

import fi.seloste.core.DocumentGenerator;
import fi.seloste.core.SelosteException;
import fi.seloste.core.load.IndexSource;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates one record and one set of notices for a whole reactor, like JaCoCo's {@code report-aggregate}: put it in
 * a module that depends on every module holding personal data. Each of those reactor modules must have an index
 * (their {@code target/classes} or jar is read); other dependencies are read when they carry one.
 */
@Mojo(name = "aggregate", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class AggregateMojo extends AbstractSelosteMojo {

    /** Where the record and the notices are written. */
    @Parameter(property = "seloste.outputDirectory", defaultValue = "${project.build.directory}/seloste")
    File outputDirectory;

    /** Skips this goal only. */
    @Parameter(property = "seloste.aggregate.skip", defaultValue = "false")
    boolean aggregateSkip;

    @Parameter(defaultValue = "${reactorProjects}", readonly = true)
    List<MavenProject> reactorProjects;

    @Override
    public void execute() throws MojoFailureException {
        if (skipped("aggregate", aggregateSkip, "seloste.aggregate.skip")) {
            return;
        }
        Set<String> reactor = reactorProjects.stream().map(AbstractSelosteMojo::gav).collect(Collectors.toSet());
        List<IndexSource> modules = new ArrayList<>();
        List<IndexSource> others = new ArrayList<>();
        for (IndexSource source : dependencySources(project)) {
            (reactor.contains(source.origin()) && !isPom(source) ? modules : others).add(source);
        }
        if (new File(project.getBuild().getOutputDirectory()).isDirectory()) {
            others.add(0, new IndexSource(Path.of(project.getBuild().getOutputDirectory()), gav(project)));
        }
        try {
            for (Path file : new DocumentGenerator().generate(request(modules, others, outputDirectory.toPath()))) {
                getLog().info("Wrote " + file);
            }
        } catch (SelosteException e) {
            throw failure(e);
        }
    }

    private boolean isPom(IndexSource source) {
        return project.getArtifacts().stream().anyMatch(a -> "pom".equals(a.getType())
                && (a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion()).equals(source.origin()));
    }

    @SuppressWarnings("unused")
    private static boolean jarOrClasses(Artifact a) {
        return a.getFile() != null;
    }
}
