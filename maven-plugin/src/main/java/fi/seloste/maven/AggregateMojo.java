package fi.seloste.maven;

import fi.seloste.core.load.IndexSource;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates one record and one set of notices for a whole reactor, like JaCoCo's {@code report-aggregate}: put it in
 * a module that depends on every module holding personal data. Each reactor module it depends on directly must have an index
 * (their {@code target/classes} or jar is read); other dependencies are read when they carry one.
 */
@Mojo(name = "aggregate", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class AggregateMojo extends AbstractPublishingMojo {

    /**
     * Where the reactor-wide record and notices are written. Default: {@code target/seloste} of the module that
     * runs {@code aggregate}. Files seloste wrote there before are replaced; nothing outside it is touched.
     */
    @Parameter(property = "seloste.outputDirectory", defaultValue = "${project.build.directory}/seloste")
    File outputDirectory;

    /** Skips {@code seloste:aggregate} only ({@code -Dseloste.aggregate.skip}); {@code seloste.skip} skips every goal. */
    @Parameter(property = "seloste.aggregate.skip", defaultValue = "false")
    boolean aggregateSkip;

    @Parameter(defaultValue = "${reactorProjects}", readonly = true)
    List<MavenProject> reactorProjects;

    @Override
    public void execute() throws MojoFailureException {
        if (skipped("aggregate", aggregateSkip, "seloste.aggregate.skip")) {
            return;
        }
        List<List<IndexSource>> sources = reactorSources(reactorProjects);
        List<IndexSource> modules = sources.get(0);
        List<IndexSource> others = sources.get(1);
        publish(generate(modules, others, outputDirectory.toPath()));
    }
}
