package fi.seloste.maven;

import fi.seloste.core.Diagnostic;
import fi.seloste.core.DocumentGenerator;
import fi.seloste.core.OutputTimestamp;
import fi.seloste.core.SelosteException;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the record of processing activities ({@code register.json}) and a draft privacy notice per
 * language ({@code notice.fi.md}) from the personal-data index that seloste-processor wrote during
 * compilation, and from the organisation facts configured here.
 *
 * <p>Run it after compiling: {@code ./mvnw compile seloste:generate}, or bind it to a phase.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** The module's class output, where seloste-processor wrote {@code META-INF/seloste/personal-data.json}. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File classesDirectory;

    /** Where the record and the notices are written. */
    @Parameter(property = "seloste.outputDirectory", defaultValue = "${project.build.directory}/seloste")
    private File outputDirectory;

    /**
     * The controller (rekisterinpitäjä): {@code <name>} (required), {@code <businessId>} (Y-tunnus),
     * {@code <address>}, {@code <phone>} and {@code <email>}; at least one way to contact it is required.
     */
    @Parameter
    private ControllerConfig controller;

    /**
     * The contact person for register matters: {@code <name>}, {@code <title>}, {@code <address>},
     * {@code <phone>}, {@code <email>}. Optional; when given, a name and an e-mail or phone are required.
     */
    @Parameter
    private ContactConfig contactPerson;

    /**
     * The data protection officer (tietosuojavastaava), with the same elements as {@code <contactPerson>}.
     * Leave it out when no DPO is designated; the notice then has no DPO section.
     */
    @Parameter
    private ContactConfig dpo;

    /** The name of the register (processing activity), shown as the notice's title. Required. */
    @Parameter(property = "seloste.registerName")
    private String registerName;

    /** The languages to write notices in, as ISO 639-1 codes; {@code fi} is available. */
    @Parameter(property = "seloste.languages", defaultValue = "fi")
    private List<String> languages;

    /**
     * The build's reproducible timestamp. When set, its date is written into the notices as the date they
     * were drawn up; when unset, the documents carry no date at all.
     */
    @Parameter(property = "seloste.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** Skips every seloste goal. */
    @Parameter(property = "seloste.skip", defaultValue = "false")
    private boolean skip;

    /** Skips this goal only. */
    @Parameter(property = "seloste.generate.skip", defaultValue = "false")
    private boolean generateSkip;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoFailureException {
        if (skip || generateSkip) {
            getLog().info("Skipping seloste:generate (" + (skip ? "seloste.skip" : "seloste.generate.skip") + " is true)");
            return;
        }
        LocalDate date;
        try {
            date = OutputTimestamp.date(outputTimestamp).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(Diagnostic.OUTPUT_TIMESTAMP_INVALID.problem(e.getMessage()).message());
        }
        Organisation organisation = new Organisation(
                controller == null ? new Controller(null, null, null, null, null) : controller.toModel(),
                contactPerson == null ? null : contactPerson.toModel(),
                dpo == null ? null : dpo.toModel());
        DocumentGenerator.Request request = new DocumentGenerator.Request(
                classesDirectory.toPath(),
                outputDirectory.toPath(),
                organisation,
                registerName,
                languages.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList(),
                date,
                pluginVersion);
        try {
            List<Path> written = new DocumentGenerator().generate(request);
            for (Path file : written) {
                getLog().info("Wrote " + file);
            }
        } catch (SelosteException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
