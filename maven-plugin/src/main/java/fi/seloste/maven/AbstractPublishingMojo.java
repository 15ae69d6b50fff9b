package fi.seloste.maven;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.export.Export;
import fi.seloste.core.export.ExportFiles;
import fi.seloste.core.publish.DocumentArchive;
import fi.seloste.core.render.DocumentSet;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * The goals that write a module's record ({@code generate}, {@code aggregate}, {@code organisation}) also hand it to
 * the build as an artifact, so {@code install} and {@code deploy} publish it next to the module's jar, where an
 * organisation record can find it by its coordinates.
 */
abstract class AbstractPublishingMojo extends AbstractSelosteMojo {

    /** The classifier the record ({@code register.json}) is published under, with type {@code json}. */
    static final String RECORD_CLASSIFIER = "seloste-record";

    /** The classifier the zip of the documents is published under, with type {@code zip}. */
    static final String NOTICES_CLASSIFIER = "seloste-notices";

    /**
     * Whether the record ({@code register.json}) is attached to the build as type {@code json} with classifier
     * {@code seloste-record}, so {@code ./mvnw install} or {@code deploy} publishes it next to the module's jar as
     * {@code <artifactId>-<version>-seloste-record.json}. Another project's {@code seloste:organisation} then finds it
     * by the module's {@code group:artifact:version}. The file is the same bytes in every build of the same code.
     * Default: {@code true}; {@code -Dseloste.attach=false} turns it off (logged).
     */
    @Parameter(property = "seloste.attach", defaultValue = "true")
    boolean attach;

    /**
     * Whether the documents of the run (the record and every notice, Markdown and HTML) are also zipped into
     * {@code target/<finalName>-seloste-notices.zip} and attached as type {@code zip} with classifier
     * {@code seloste-notices}, to be published with the module. The zip is reproducible: entries in name order, each
     * dated by {@code project.build.outputTimestamp} (or 1980-01-01 without one). Default: {@code false}; turn it on
     * with {@code <attachNotices>true</attachNotices>} or {@code -Dseloste.attachNotices}.
     */
    @Parameter(property = "seloste.attachNotices", defaultValue = "false")
    boolean attachNotices;

    /**
     * The machine-readable exports written next to the record, each in another tool's vocabulary and made from the
     * record itself: {@code dpv} writes {@code register.dpv.jsonld}, the record in the W3C Data Privacy Vocabulary as
     * JSON-LD (its {@code @context} inline); {@code fides} writes {@code fides.yml}, a fideslang manifest (a Fides
     * dataset and system per register). With {@code <attach>} they are published too, as {@code jsonld}/
     * {@code seloste-dpv} and {@code yml}/{@code seloste-fides}. Default: both; {@code -Dseloste.exports=none} writes
     * neither, {@code -Dseloste.exports=dpv} only the one.
     */
    @Parameter(property = "seloste.exports", defaultValue = "dpv,fides")
    List<String> exports;

    /** Maven's reproducible-build timestamp, which dates the entries of the zip. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    String outputTimestamp;

    @Component
    MavenProjectHelper projectHelper;

    /**
     * Writes the exports, then attaches what the run wrote, as configured, logging what it attached or that attaching
     * is off.
     *
     * @param documents the documents the run wrote, in name order
     * @throws MojoFailureException when an export is unknown or cannot be written, or the zip cannot be dated or written
     */
    void publish(List<Path> documents) throws MojoFailureException {
        List<Path> written = new ArrayList<>(documents);
        Problems chosen = new Problems();
        Set<Export> formats = Export.of(exports == null ? List.of() : exports, chosen);
        if (chosen.any()) {
            throw failure(chosen.failure());
        }
        Path record = documents.stream().filter(f -> f.getFileName().toString().equals(DocumentSet.RECORD)).findFirst()
                .orElse(null);
        List<Path> exported = List.of();
        if (record != null && !formats.isEmpty()) {
            try {
                exported = ExportFiles.write(record.getParent(), formats, gav(project));
            } catch (SelosteException e) {
                throw failure(e);
            }
            exported.forEach(file -> getLog().info("Wrote " + file));
            written.addAll(exported);
        }
        if (!attach) {
            getLog().info("Not attaching the record to the build (seloste.attach is false)");
        } else {
            if (record != null) {
                projectHelper.attachArtifact(project, "json", RECORD_CLASSIFIER, record.toFile());
                getLog().info("Attached " + record.getFileName() + " as " + coordinates("json", RECORD_CLASSIFIER));
            }
            for (Export export : formats) {
                exported.stream().filter(f -> f.getFileName().toString().equals(export.file())).findFirst().ifPresent(file -> {
                    projectHelper.attachArtifact(project, export.type(), export.classifier(), file.toFile());
                    getLog().info("Attached " + file.getFileName() + " as " + coordinates(export.type(), export.classifier()));
                });
            }
        }
        if (attachNotices) {
            Problems problems = new Problems();
            LocalDateTime time = DocumentArchive.entryTime(outputTimestamp, problems);
            if (problems.any()) {
                throw failure(problems.failure());
            }
            File zip = new File(project.getBuild().getDirectory(), project.getBuild().getFinalName() + "-" + NOTICES_CLASSIFIER + ".zip");
            try {
                DocumentArchive.write(zip.toPath(), written, time);
            } catch (IOException e) {
                problems.report(Diagnostic.OUTPUT_NOT_WRITABLE, zip, e.getMessage());
                throw failure(problems.failure());
            }
            getLog().info("Wrote " + zip);
            projectHelper.attachArtifact(project, "zip", NOTICES_CLASSIFIER, zip);
            getLog().info("Attached " + zip.getName() + " as " + coordinates("zip", NOTICES_CLASSIFIER));
        }
    }

    private String coordinates(String type, String classifier) {
        return project.getGroupId() + ":" + project.getArtifactId() + ":" + type + ":" + classifier + ":" + project.getVersion();
    }
}
