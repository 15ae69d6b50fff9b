package fi.seloste.maven;

import fi.seloste.core.load.IndexSource;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

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
     * ({@code notice*.<lang>.md}, {@code .html}) are written. Default: {@code target/seloste}. Files seloste wrote
     * there before are replaced; nothing outside it is touched.
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

    @Override
    public void execute() throws MojoFailureException {
        if (skipped("generate", generateSkip, "seloste.generate.skip")) {
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping seloste:generate for " + project.getArtifactId() + ": a pom module has no classes "
                    + "(use seloste:aggregate to cover the modules it depends on)");
            return;
        }
        List<IndexSource> modules = List.of(new IndexSource(classesDirectory.toPath(), gav(project)));
        List<IndexSource> dependencies = includeDependencies ? dependencySources(project) : List.of();
        publish(generate(modules, dependencies, outputDirectory.toPath()));
    }
}
