package fi.seloste.maven;

import fi.seloste.core.load.IndexSource;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates the record of processing activities ({@code register.json}, {@code register.csv},
 * {@code register.<lang>.html}) and a draft privacy notice per register and language ({@code notice.fi.md},
 * {@code notice.fi.html}, ...) from the module's personal-data index, the indexes inside its compile and runtime
 * dependencies, and the organisation facts configured here.
 *
 * <p>Run it after compiling: {@code ./mvnw compile seloste:generate}, or bind it to a phase.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class GenerateMojo extends AbstractPublishingMojo {

    /** The module's class output, where seloste-processor wrote the personal-data index. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    File classesDirectory;

    /**
     * Where the record ({@code register.json}, {@code register.csv}, {@code register.<lang>.html}) and the notices
     * ({@code notice*.<lang>.md}, {@code .html}) are written. Default: {@code target/seloste}. The documents seloste
     * wrote there before are replaced as a whole, those no longer generated removed; nothing else is touched. It must
     * not be a symbolic link (SELOSTE-M403).
     */
    @Parameter(property = "seloste.outputDirectory", defaultValue = "${project.build.directory}/seloste")
    File outputDirectory;

    /**
     * Whether the indexes inside this module's compile and runtime dependencies are merged in too, so a library's
     * personal fields reach the application's notice. Default: {@code true}; {@code false} documents this module alone.
     */
    @Parameter(property = "seloste.includeDependencies", defaultValue = "true")
    boolean includeDependencies;

    /** Skips {@code seloste:generate} only ({@code -Dseloste.generate.skip}); {@code seloste.skip} skips every goal. */
    @Parameter(property = "seloste.generate.skip", defaultValue = "false")
    boolean generateSkip;

    @Parameter(defaultValue = "${reactorProjects}", readonly = true)
    List<MavenProject> reactorProjects;

    /**
     * Generates the module's documents. Run at the root of a multi-module build ({@code ./mvnw compile
     * seloste:generate}), it does the work where it belongs and logs one line for each module it passes over: a module
     * with no personal data (no personal field in its index or its dependencies), such as a catalogue; a module whose
     * personal data the module running {@code seloste:aggregate} documents, when it configures no
     * {@code <controller>} of its own; and a pom module. A pom module that runs {@code seloste:aggregate} writes the
     * reactor-wide documents, as {@code aggregate} does.
     */
    @Override
    public void execute() throws MojoFailureException {
        if (skipped("generate", generateSkip, "seloste.generate.skip")) {
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            if (ReactorRole.runsAggregate(project)) {
                getLog().info("seloste:generate in " + project.getArtifactId() + ", which runs seloste:aggregate: "
                        + "writing the documents of the reactor modules it depends on");
                List<List<IndexSource>> sources = reactorSources(reactorProjects);
                generate(sources.get(0), sources.get(1), outputDirectory.toPath());
                return;
            }
            getLog().info("Skipping seloste:generate for " + project.getArtifactId() + ": a pom module has no classes "
                    + "(use seloste:aggregate to cover the modules it depends on)");
            return;
        }
        IndexSource module = new IndexSource(classesDirectory.toPath(), gav(project));
        List<IndexSource> dependencies = includeDependencies ? dependencySources(project) : List.of();
        if (!ReactorRole.holdsPersonalData(module, dependencies)) {
            getLog().info("Skipping seloste:generate for " + project.getArtifactId() + ": it holds no personal data "
                    + "(no personal field in its index" + (includeDependencies ? " or its dependencies" : "") + ")");
            return;
        }
        if (controller == null) {
            Optional<MavenProject> aggregator = ReactorRole.aggregator(project, reactorProjects);
            if (aggregator.isPresent()) {
                getLog().info("Skipping seloste:generate for " + project.getArtifactId() + ": seloste:aggregate in "
                        + aggregator.get().getArtifactId() + " documents its personal data (this module configures no "
                        + "<controller> of its own)");
                return;
            }
        }
        publish(generate(List.of(module), dependencies, outputDirectory.toPath()));
    }
}
