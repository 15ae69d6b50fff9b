package fi.seloste.maven;

import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.RecordReader;
import fi.seloste.core.record.RecordSource;
import fi.seloste.core.render.DocumentSet;
import fi.seloste.core.report.RecordOverview;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A page of the project's Maven site showing the record of processing activities (per register: purposes with their
 * legal bases, data with category, retention and origin, recipients and transfers) with links to the notices, which
 * are copied next to it. Like JaCoCo's report it shows what the build produced: {@code seloste:generate} (or
 * {@code aggregate}, {@code organisation}) writes the record first, so run {@code ./mvnw package site}. Needs
 * maven-site-plugin 3.20 or later. Add it to {@code <reporting>}:
 *
 * <pre>{@code
 * <reporting>
 *   <plugins>
 *     <plugin>
 *       <groupId>fi.seloste</groupId>
 *       <artifactId>seloste-maven-plugin</artifactId>
 *       <reportSets><reportSet><reports><report>report</report></reports></reportSet></reportSets>
 *     </plugin>
 *   </plugins>
 * </reporting>
 * }</pre>
 *
 * <p>It implements {@link MavenReport} itself, as JaCoCo's report does, instead of extending maven-reporting-impl's
 * {@code AbstractMavenReport}: that class would put Doxia's site renderer, Velocity and an archiver (about 30 jars)
 * into the class realm of every seloste goal, and cost each {@code generate} a second of start-up. Run on its own
 * ({@code ./mvnw seloste:report}) it only says where the record's own HTML is.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMojo implements MavenReport {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Where the site is written; the site plugin sets it when it runs the report. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File outputDirectory;

    /**
     * Where {@code generate}, {@code aggregate} or {@code organisation} wrote the record and the notices. Default:
     * {@code target/seloste}. Without a {@code register.json} there, the site has no seloste page (logged).
     */
    @Parameter(property = "seloste.report.directory", defaultValue = "${project.build.directory}/seloste")
    File recordDirectory;

    /** Skips the report ({@code -Dseloste.report.skip}); {@code seloste.skip} skips every goal. */
    @Parameter(property = "seloste.report.skip", defaultValue = "false")
    boolean reportSkip;

    /** Skips every seloste goal, this report too. */
    @Parameter(property = "seloste.skip", defaultValue = "false")
    boolean skip;

    @Override
    public String getOutputName() {
        return "seloste";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        outputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** Run on its own, outside {@code site}: the record's HTML is already in the record directory. */
    @Override
    public void execute() {
        if (canGenerateReport()) {
            getLog().info("seloste:report is a page of the Maven site: run ./mvnw package site. The record's own HTML is "
                    + new File(recordDirectory, "register." + Locale.ENGLISH.getLanguage() + ".html") + " and its neighbours");
        }
    }

    @Override
    public String getName(Locale locale) {
        return RecordOverview.name(locale.getLanguage());
    }

    @Override
    public String getDescription(Locale locale) {
        return RecordOverview.description(locale.getLanguage());
    }

    @Override
    public boolean canGenerateReport() {
        if (skip || reportSkip) {
            getLog().info("Skipping seloste:report (" + (skip ? "seloste.skip" : "seloste.report.skip") + " is true)");
            return false;
        }
        if (!new File(recordDirectory, DocumentSet.RECORD).isFile()) {
            getLog().info("Skipping seloste:report: no " + DocumentSet.RECORD + " in " + recordDirectory
                    + "; run seloste:generate (or aggregate, organisation) before site, e.g. ./mvnw package site");
            return false;
        }
        return true;
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        Problems problems = new Problems();
        Optional<PublishedRecord> record = new RecordReader().read(new RecordSource(
                recordDirectory.toPath().resolve(DocumentSet.RECORD), project.getGroupId() + ":" + project.getArtifactId()
                        + ":" + project.getVersion()), problems);
        if (problems.any() || record.isEmpty()) {
            throw new MavenReportException(String.join("\n", problems.list().stream().map(Problem::message).toList()));
        }
        List<String> notices = copyNotices();
        render(sink, RecordOverview.of(record.get(), locale.getLanguage(), notices, "seloste/"));
    }

    /** Copies the notices' HTML next to the page; @return their names, sorted */
    private List<String> copyNotices() throws MavenReportException {
        Path target = getReportOutputDirectory().toPath().resolve("seloste");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(recordDirectory.toPath())) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("notice") && name.endsWith(".html")) {
                    Files.createDirectories(target);
                    Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new MavenReportException("cannot copy the notices into " + target + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static void render(Sink sink, RecordOverview page) {
        sink.head();
        sink.title();
        sink.text(page.title());
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(page.title());
        sink.sectionTitle1_();
        page.intro().forEach(p -> paragraph(sink, p));
        for (RecordOverview.Section section : page.sections()) {
            sink.section2();
            sink.sectionTitle2();
            sink.text(section.heading());
            sink.sectionTitle2_();
            section.paragraphs().forEach(p -> paragraph(sink, p));
            for (RecordOverview.Table table : section.tables()) {
                paragraph(sink, table.caption());
                sink.table();
                sink.tableRows();
                sink.tableRow();
                for (String header : table.headers()) {
                    sink.tableHeaderCell();
                    sink.text(header);
                    sink.tableHeaderCell_();
                }
                sink.tableRow_();
                for (List<String> row : table.rows()) {
                    sink.tableRow();
                    for (String cell : row) {
                        sink.tableCell();
                        sink.text(cell == null ? "" : cell);
                        sink.tableCell_();
                    }
                    sink.tableRow_();
                }
                sink.tableRows_();
                sink.table_();
            }
            if (!section.links().isEmpty()) {
                sink.list();
                for (RecordOverview.Link link : section.links()) {
                    sink.listItem();
                    sink.link(link.href());
                    sink.text(link.text());
                    sink.link_();
                    sink.listItem_();
                }
                sink.list_();
            }
            sink.section2_();
        }
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void paragraph(Sink sink, String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }
}
