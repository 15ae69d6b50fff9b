package fi.seloste.maven;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.generate.DocumentGenerator;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.load.IndexSource;
import fi.seloste.core.load.TextFiles;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The organisation facts and options every seloste goal shares, turned into a request for the Maven-free
 * core; the goals themselves only decide where indexes come from and what happens to the documents.
 */
abstract class AbstractSelosteMojo extends AbstractPreviousReleaseMojo {

    /**
     * The controller (rekisterinpitäjä): {@code <name>} (required), {@code <businessId>} (Y-tunnus, check digit
     * verified), {@code <address>}, {@code <phone>}, {@code <email>}, {@code <web>}; at least one way to contact it.
     */
    @Parameter
    ControllerConfig controller;

    /** Joint controllers (GDPR Art. 26), each a {@code <jointController>} with the elements of {@code <controller>}. */
    @Parameter
    List<ControllerConfig> jointControllers;

    /** The controller's representative in the EU (GDPR Art. 27), with the elements of {@code <controller>}. */
    @Parameter
    ControllerConfig representative;

    /**
     * The contact person for register matters: {@code <name>}, {@code <title>} (with {@code <titleSv>},
     * {@code <titleEn>}), {@code <address>}, {@code <phone>}, {@code <email>}, {@code <web>}. Optional; when given, an
     * e-mail address, phone number or web address is required. For more than one, use {@code <contactPersons>}.
     */
    @Parameter
    ContactConfig contactPerson;

    /**
     * The contact persons for register matters, each a {@code <contactPerson>} with the elements above; a shared
     * mailbox without a name is fine. They follow {@code <contactPerson>} when both are given.
     */
    @Parameter
    List<ContactConfig> contactPersons;

    /**
     * How people send requests about their rights, by language (Markdown): for example
     * {@code <rightsRequests><fi>Lähetä pyyntö kirjallisesti yhteyshenkilölle tai lomakkeella …</fi></rightsRequests>},
     * or the file {@code requests.<lang>.md} in {@code <textDirectory>}. Without it, the notice tells people to
     * contact the contact person (or the controller, when there is none).
     */
    @Parameter
    Map<String, String> rightsRequests;

    /**
     * Rights the notices add to the GDPR's, such as the right to forbid disclosure to the Kanta services: each a
     * {@code <right>} with {@code <title>} and {@code <text>} by language, and optionally the {@code <register>} id it
     * belongs to. They are listed in the rights section after the GDPR's.
     */
    @Parameter
    List<RightConfig> additionalRights;

    /**
     * The date the notices were drawn up, as {@code yyyy-MM-dd}. Default: the latest {@code <change>}'s date; without
     * changes the notices carry no date. It never comes from the build time, so builds stay reproducible.
     */
    @Parameter(property = "seloste.noticeDate")
    String noticeDate;

    /** Whether the documents end with a line saying seloste produced them. Default: {@code true}. */
    @Parameter(property = "seloste.footer", defaultValue = "true")
    boolean footer;

    /**
     * The data protection officer (tietosuojavastaava), with the elements of {@code <contactPerson>}. Leave it out
     * when no DPO is designated; the notice then has no DPO section.
     */
    @Parameter
    ContactConfig dpo;

    /**
     * Whether the controller is a public authority. Authorities may not rely on legitimate interests (GDPR Art. 6(1)),
     * so a purpose with that basis then fails the build.
     */
    @Parameter(property = "seloste.publicAuthority", defaultValue = "false")
    boolean publicAuthority;

    /**
     * Security measures for manual material, as keys: {@code locked-premises}, {@code physical-access-control}
     * (kulunvalvonta), {@code no-manual-material}, {@code secure-disposal}, and {@code access-control}, {@code training},
     * {@code confidentiality}, which also fit electronic material; a key that fits only the other list fails the build
     * (SELOSTE-M230). On the command line, comma-separated: {@code -Dseloste.securityManual=locked-premises,access-control}.
     */
    @Parameter(property = "seloste.securityManual")
    List<String> securityManual;

    /**
     * Security measures for electronic material, as keys: {@code user-accounts}, {@code strong-authentication},
     * {@code encryption}, {@code firewall}, {@code backups}, {@code logging}, and {@code access-control},
     * {@code training}, {@code confidentiality}, which also fit manual material (SELOSTE-M230 for a key of the other
     * list). On the command line, comma-separated: {@code -Dseloste.securityElectronic=encryption,backups}.
     */
    @Parameter(property = "seloste.securityElectronic")
    List<String> securityElectronic;

    /** More on security, by language: {@code <securityText><fi>...</fi><sv>...</sv></securityText>}. */
    @Parameter
    Map<String, String> securityText;

    /**
     * The practices the organisation's registers do not use, so that their notices may say so:
     * {@code regular-disclosures} (data are not regularly disclosed to other controllers or authorities),
     * {@code transfers} (no transfer outside the EU/EEA) and {@code automated-decisions} (no automated decisions or
     * profiling, Art. 22). A notice states such a negative only when it is declared here or in the register's
     * {@code @Register(none = ...)}; without either, and with nothing declared the other way (a recipient, a transfer,
     * {@code <automatedDecisions>}), the build fails and names the line to add. A register whose code declares a
     * disclosure or a transfer states it instead of this default. For example
     * {@code <none><practice>transfers</practice><practice>automated-decisions</practice></none>}; on the command
     * line, comma-separated: {@code -Dseloste.none=transfers,automated-decisions}.
     */
    @Parameter(property = "seloste.none")
    List<String> none;

    /**
     * Automated decision-making and profiling (Art. 22), by language: the logic involved, its significance and the
     * consequences for the data subject. The notice then also gives the right to human intervention. When there are
     * none, declare {@code automated-decisions} in {@code <none>} instead.
     */
    @Parameter
    Map<String, String> automatedDecisions;

    /** Cookies and analytics, by language. When left out, the notice has no cookie section. */
    @Parameter
    Map<String, String> cookies;

    /** The consequences of not providing the data (GDPR Art. 13(2)(e)), by language. */
    @Parameter
    Map<String, String> consequences;

    /**
     * A directory of long texts, used instead of the parameters above: {@code security.fi.md},
     * {@code automated.sv.md}, {@code cookies.en.md}, {@code consequences.fi.md}, {@code requests.fi.md} (how to send
     * requests about one's rights). Markdown (CommonMark; raw HTML is shown as text), UTF-8, at most 1 MB each; a
     * file that is a symbolic link is refused unread (SELOSTE-M227).
     */
    @Parameter(property = "seloste.textDirectory", defaultValue = "${project.basedir}/src/main/privacy/texts")
    File textDirectory;

    /** The notice's change history, oldest first: {@code <change><date>} and {@code <description>}. */
    @Parameter
    List<ChangeConfig> changes;

    /**
     * The name of the register for fields that belong to no {@code @Register}, in the first language. Required when
     * such fields exist. Example: {@code Asiakasrekisteri}.
     */
    @Parameter(property = "seloste.registerName")
    String registerName;

    /**
     * The languages to write notices in: {@code fi}, {@code sv}, {@code en}. Default: {@code fi}. The first one is
     * used for the CSV record. On the command line, comma-separated: {@code -Dseloste.languages=fi,sv}.
     */
    @Parameter(property = "seloste.languages", defaultValue = "fi")
    List<String> languages;

    /**
     * A directory of your own Pebble templates, each replacing the built-in one of the same name:
     * {@code notice.md.peb}, {@code notice.html.peb}, {@code record.html.peb}, {@code party.*.peb},
     * {@code style.css.peb}. Example: {@code ${project.basedir}/src/main/privacy/templates}. Values stay escaped in
     * your templates too. A template that fails is reported with its line (SELOSTE-M402); a directory that does not exist
     * (SELOSTE-M228), or a symbolic link in it (SELOSTE-M227), fails the goal.
     */
    @Parameter(property = "seloste.templateDirectory")
    File templateDirectory;

    /** Skips every seloste goal ({@code -Dseloste.skip}), logged. Each goal also has its own skip. Default: {@code false}. */
    @Parameter(property = "seloste.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    @Override
    MavenProject currentProject() {
        return project;
    }

    /** @return whether this goal is skipped, logging why */
    boolean skipped(String goal, boolean goalSkip, String goalProperty) {
        if (skip || goalSkip) {
            getLog().info("Skipping seloste:" + goal + " (" + (skip ? "seloste.skip" : goalProperty) + " is true)");
            return true;
        }
        return false;
    }

    /**
     * Builds the core request. Problems with the parameters the core never sees (the timestamp, change dates, text
     * files) go into the run's collector, where the core adds its own, so the build fails once listing all of them.
     */
    DocumentGenerator.Request request(List<IndexSource> modules, List<IndexSource> dependencies, Path output,
            Problems problems) {
        Map<String, Map<String, String>> texts = new TreeMap<>();
        put(texts, "security", securityText);
        put(texts, "automated", automatedDecisions);
        put(texts, "cookies", cookies);
        put(texts, "consequences", consequences);
        put(texts, "requests", rightsRequests);
        readTextFiles(texts, problems);
        List<Organisation.Change> history = new ArrayList<>();
        for (ChangeConfig change : changes == null ? List.<ChangeConfig>of() : changes) {
            LocalDate when = date(change.date, problems);
            if (when != null) {
                Map<String, String> descriptions = new TreeMap<>();
                putIfGiven(descriptions, "fi", change.description);
                putIfGiven(descriptions, "sv", change.descriptionSv);
                putIfGiven(descriptions, "en", change.descriptionEn);
                history.add(new Organisation.Change(when, descriptions));
            }
        }
        LocalDate date = noticeDate == null || noticeDate.isBlank() ? history.stream().map(Organisation.Change::date)
                .max(LocalDate::compareTo).orElse(null) : date(noticeDate, problems);
        List<fi.seloste.core.model.Contact> contacts = new ArrayList<>();
        if (contactPerson != null) {
            contacts.add(contactPerson.toModel());
        }
        if (contactPersons != null) {
            contactPersons.stream().filter(java.util.Objects::nonNull).map(ContactConfig::toModel).forEach(contacts::add);
        }
        List<Organisation.AdditionalRight> rights = new ArrayList<>();
        for (RightConfig right : additionalRights == null ? List.<RightConfig>of() : additionalRights) {
            if (right != null) {
                rights.add(new Organisation.AdditionalRight(ControllerConfig.trim(right.register), cleanTexts(right.title),
                        cleanTexts(right.text)));
            }
        }
        Organisation organisation = new Organisation(
                controller == null ? new Controller(null, null, null, null, null, null) : controller.toModel(),
                jointControllers == null ? List.of() : jointControllers.stream().map(ControllerConfig::toModel).toList(),
                representative == null ? null : representative.toModel(),
                contacts,
                dpo == null ? null : dpo.toModel(),
                publicAuthority,
                clean(securityManual),
                clean(securityElectronic),
                texts,
                history,
                practices(problems),
                rights);
        return new DocumentGenerator.Request(modules, dependencies, output, organisation,
                registerName, clean(languages), date, templateDirectory == null ? null : templateDirectory.toPath(),
                pluginVersion, footer, previousRelease(problems));
    }

    /** A date such as {@code 2026-02-13}, or {@code null} with the problem reported. */
    private static LocalDate date(String text, Problems problems) {
        try {
            return LocalDate.parse(String.valueOf(text).strip());
        } catch (DateTimeParseException e) {
            problems.report(Diagnostic.INVALID_DATE, text);
            return null;
        }
    }

    private static void putIfGiven(Map<String, String> texts, String language, String text) {
        String value = ControllerConfig.trim(text);
        if (value != null) {
            texts.put(language, value);
        }
    }

    private static Map<String, String> cleanTexts(Map<String, String> texts) {
        Map<String, String> clean = new TreeMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> putIfGiven(clean, language, text));
        }
        return clean;
    }

    /** The practices of {@code <none>}; an unknown key is reported. */
    private java.util.Set<fi.seloste.Practice> practices(Problems problems) {
        java.util.Set<fi.seloste.Practice> practices = java.util.EnumSet.noneOf(fi.seloste.Practice.class);
        for (String key : clean(none)) {
            Organisation.practice(key).ifPresentOrElse(practices::add,
                    () -> problems.report(Diagnostic.PRACTICE_UNKNOWN, key));
        }
        return practices;
    }

    /** Logs the run's warnings, each on its own lines. */
    void logWarnings(Problems problems) {
        for (fi.seloste.core.diagnostic.Problem warning : problems.warnings()) {
            warning.message().lines().forEach(getLog()::warn);
        }
    }

    /**
     * Generates the documents into {@code output}, logging each file written.
     *
     * @return the files written, in name order
     * @throws MojoFailureException listing every problem, the parameters' and the core's
     */
    List<Path> generate(List<IndexSource> modules, List<IndexSource> dependencies, Path output) throws MojoFailureException {
        Problems problems = new Problems();
        try {
            List<Path> written = new DocumentGenerator().generate(request(modules, dependencies, output, problems), problems);
            for (Path file : written) {
                getLog().info("Wrote " + file);
            }
            logWarnings(problems);
            return written;
        } catch (SelosteException e) {
            logWarnings(problems);
            throw failure(e);
        }
    }


    /** The project's compile and runtime dependencies: jars, or {@code target/classes} of reactor siblings. */
    List<IndexSource> dependencySources(MavenProject of) {
        List<IndexSource> sources = new ArrayList<>();
        for (Artifact a : of.getArtifacts()) {
            if (a.getFile() != null && (Artifact.SCOPE_COMPILE.equals(a.getScope()) || Artifact.SCOPE_RUNTIME.equals(a.getScope())
                    || Artifact.SCOPE_PROVIDED.equals(a.getScope()))) {
                sources.add(new IndexSource(a.getFile().toPath(), a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion()));
            }
        }
        sources.sort(java.util.Comparator.comparing(IndexSource::origin));
        return sources;
    }

    /**
     * The index sources of a reactor-wide run: the reactor modules this module depends on directly must have an
     * index; other dependencies and this module's own classes are read when they have one.
     *
     * @return {@code [modules, others]}
     */
    List<List<IndexSource>> reactorSources(List<MavenProject> reactorProjects) {
        java.util.Set<String> reactor = new java.util.HashSet<>();
        for (MavenProject p : reactorProjects) {
            if (!"pom".equals(p.getPackaging())) {
                reactor.add(gav(p));
            }
        }
        java.util.Set<String> direct = new java.util.HashSet<>();
        for (Artifact a : project.getArtifacts()) {
            if (a.getDependencyTrail() != null && a.getDependencyTrail().size() == 2) {
                direct.add(a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion());
            }
        }
        List<IndexSource> modules = new ArrayList<>();
        List<IndexSource> others = new ArrayList<>();
        for (IndexSource source : dependencySources(project)) {
            (reactor.contains(source.origin()) && direct.contains(source.origin()) ? modules : others).add(source);
        }
        File own = new File(project.getBuild().getOutputDirectory());
        if (own.isDirectory()) {
            others.add(0, new IndexSource(own.toPath(), gav(project)));
        }
        return List.of(modules, others);
    }

    static String gav(MavenProject p) {
        return p.getGroupId() + ":" + p.getArtifactId() + ":" + p.getVersion();
    }

    MojoFailureException failure(SelosteException e) {
        return new MojoFailureException(e.getMessage());
    }

    private static void put(Map<String, Map<String, String>> texts, String topic, Map<String, String> byLanguage) {
        if (byLanguage != null && !byLanguage.isEmpty()) {
            Map<String, String> clean = new TreeMap<>();
            byLanguage.forEach((language, text) -> {
                if (text != null && !text.isBlank()) {
                    clean.put(language.strip(), text.strip());
                }
            });
            texts.put(topic, clean);
        }
    }

    private void readTextFiles(Map<String, Map<String, String>> texts, Problems problems) {
        TextFiles.read(textDirectory == null ? null : textDirectory.toPath(), Organisation.TOPICS, clean(languages), texts,
                problems);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
