package fi.seloste.maven;

import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.generate.OrganisationRecord;
import fi.seloste.core.record.RecordSource;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the organisation's record of processing activities and its notices from the records that applications
 * published ({@code seloste:generate} attaches each module's {@code register.json} with classifier
 * {@code seloste-record}): one Art. 30 record and one notice per register and language, each field with the
 * {@code group:artifact:version} it came from, and the organisation facts configured here. Registers that several
 * applications share are merged; declarations they make differently fail the build naming both. The project needs no
 * code: a {@code pom} project that lists the records is enough.
 *
 * <p>{@code ./mvnw seloste:organisation}, or bind it to a phase (default {@code package}). The result is attached like
 * any module's record, so an organisation record can itself be published.
 */
@Mojo(name = "organisation", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class OrganisationMojo extends AbstractPublishingMojo {

    /**
     * The applications whose published records to aggregate, each {@code groupId:artifactId:version}, resolved as
     * {@code groupId:artifactId:json:seloste-record:version} from the local repository and every repository this
     * project can reach. A version range such as {@code [1.0,2.0)} takes the newest release in it. For example
     * {@code <records><record>com.example:chat:1.4.0</record><record>com.example:shop:2.1.0</record></records>}; on
     * the command line, comma-separated: {@code -Dseloste.records=com.example:chat:1.4.0,com.example:shop:2.1.0}.
     * Dependencies of {@code <type>json</type>} with {@code <classifier>seloste-record</classifier>} are read too,
     * after these.
     */
    @Parameter(property = "seloste.records")
    List<String> records;

    /**
     * Where the organisation's record ({@code register.json}, {@code register.csv}, {@code register.<lang>.html}) and
     * notices are written. Default: {@code target/seloste}. Files seloste wrote there before are replaced.
     */
    @Parameter(property = "seloste.outputDirectory", defaultValue = "${project.build.directory}/seloste")
    File outputDirectory;

    /** Skips {@code seloste:organisation} only ({@code -Dseloste.organisation.skip}); {@code seloste.skip} skips every goal. */
    @Parameter(property = "seloste.organisation.skip", defaultValue = "false")
    boolean organisationSkip;

    @Override
    public void execute() throws MojoFailureException {
        if (skipped("organisation", organisationSkip, "seloste.organisation.skip")) {
            return;
        }
        Problems problems = new Problems();
        List<RecordSource> sources = PublishedRecords.sources(records, project, recordResolver(), problems);
        sources.forEach(s -> getLog().info("Reading the record of " + s.coordinates() + " (" + s.path() + ")"));
        try {
            List<Path> written = new OrganisationRecord().generate(sources,
                    request(List.of(), List.of(), outputDirectory.toPath(), problems), problems);
            written.forEach(file -> getLog().info("Wrote " + file));
            logWarnings(problems);
            publish(written);
        } catch (SelosteException e) {
            logWarnings(problems);
            throw failure(e);
        }
    }
}
