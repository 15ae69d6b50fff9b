package fi.seloste.benchmarks.documents;

import fi.seloste.core.load.IndexSource;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a multi-module Maven project shaped like a large real system (a shared catalogue module and six register
 * modules, the last of which is the application that runs {@code seloste:generate}), so document generation is
 * measured on indexes that the real processor wrote for code that looks like the code seloste is meant for.
 *
 * <p>The catalogue module declares 12 {@code @Purpose}s (every legal basis, legitimate interests, Art. 9(2)
 * conditions), 8 {@code @Recipient}s (three outside the EU/EEA with their safeguards) and its own data categories,
 * sources and data subjects. Each register module declares its {@code @Register} on its root package and
 * {@code @PersonalDataDefaults} on every package, and holds entity classes of {@value #FIELDS_PER_CLASS}
 * {@code @PersonalData} fields each (plus {@code id}, {@code createdAt}, {@code version} and one
 * {@code @NotPersonalData} field), {@value #CLASSES_PER_PACKAGE} classes per package. A field's facts come from the
 * register's template list: explicit or inherited purposes (one or two), categories (built-in, custom, special,
 * identity code), sources, recipients, retention periods with and without a law, retention criteria. Labels exist
 * in Finnish, Swedish and English, are made of the template's label and the entity's kind, so the same label recurs
 * over classes as in a real model, and contain non-ASCII letters, quotes, {@code &}, {@code <} and {@code >}.
 *
 * @param root the project directory
 * @param fields the number of {@code @PersonalData} fields over all modules
 * @param selosteVersion the version of seloste's artifacts the project uses
 */
public record DocumentWorkload(Path root, int fields, String selosteVersion) {

    /** The generated project's group; its version names the field count, so sizes never share an installed jar. */
    public static final String GROUP = "fi.seloste.bench";
    public static final int FIELDS_PER_CLASS = 10;
    public static final int CLASSES_PER_PACKAGE = 50;
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    public static final String OUTPUT_TIMESTAMP = "2026-01-01T00:00:00Z";
    public static final String JPA_VERSION = "3.1.0";
    /** The module whose {@code seloste:generate} is measured; it depends on all the others. */
    public static final String APP = "web";

    /** The register modules, in build order; the last is {@link #APP}. */
    public static List<String> registerModules() {
        return RegisterModules.ALL.stream().map(RegisterModule::id).toList();
    }

    /** @return the artifact id of a module of the generated project */
    public static String artifactId(String module) {
        return "bench-" + module;
    }

    /** @return the version of the generated modules, such as {@code 10000-fields} */
    public String version() {
        return fields + "-fields";
    }

    /** @return the entity classes, over all register modules */
    public int classes() {
        return fields / FIELDS_PER_CLASS;
    }

    /** @return the app module's directory */
    public Path app() {
        return root.resolve(APP);
    }

    /**
     * Writes the project, replacing whatever was in {@link #root}.
     *
     * @return the number of source files written
     */
    public int write() throws IOException {
        if (fields % FIELDS_PER_CLASS != 0 || fields < FIELDS_PER_CLASS * RegisterModules.ALL.size()) {
            throw new IllegalArgumentException("the field count must be a multiple of " + FIELDS_PER_CLASS + " and at least "
                    + FIELDS_PER_CLASS * RegisterModules.ALL.size());
        }
        delete(root);
        int files = 0;
        ProjectPoms poms = new ProjectPoms(this);
        write(root.resolve("pom.xml"), poms.parentPom());
        write(root.resolve("catalogue/pom.xml"), poms.modulePom("catalogue", "Purpose catalogue and vocabulary", List.of(), false));
        Path catalogue = root.resolve("catalogue/src/main/java/bench/catalogue");
        write(catalogue.resolve("Purposes.java"), CatalogueSources.purposes());
        write(catalogue.resolve("Recipients.java"), CatalogueSources.recipients());
        write(catalogue.resolve("Vocabulary.java"), CatalogueSources.vocabulary());
        files += 3;
        List<String> others = new ArrayList<>(List.of("catalogue"));
        for (int r = 0; r < RegisterModules.ALL.size(); r++) {
            RegisterModule register = RegisterModules.ALL.get(r);
            boolean app = register.id().equals(APP);
            write(root.resolve(register.id()).resolve("pom.xml"), poms.modulePom(register.id(), register.en(),
                    app ? others : List.of("catalogue"), app));
            Path src = root.resolve(register.id()).resolve("src/main/java/bench").resolve(register.id());
            write(src.resolve("package-info.java"), EntitySources.rootPackageInfo(register));
            files++;
            // entity i of the whole project belongs to register i % registers, so every register gets its share
            int local = 0;
            for (int i = r; i < classes(); i += RegisterModules.ALL.size(), local++) {
                String pkg = String.format(Locale.ROOT, "p%03d", local / CLASSES_PER_PACKAGE);
                if (local % CLASSES_PER_PACKAGE == 0) {
                    write(src.resolve(pkg).resolve("package-info.java"), EntitySources.packageInfo(register, pkg));
                    files++;
                }
                RegisterModule.Kind kind = register.kinds().get(local % register.kinds().size());
                String simple = String.format(Locale.ROOT, "%s%05d", kind.stem(), i);
                write(src.resolve(pkg).resolve(simple + ".java"), EntitySources.entity(register, kind, pkg, simple, local));
                files++;
            }
            if (!app) {
                others.add(register.id());
            }
        }
        return files;
    }

    /**
     * The index sources {@code seloste:generate} reads in the app module, as the Maven goal builds them: its own
     * class output, and every compile and runtime dependency, sorted by {@code group:artifact:version}.
     *
     * @param repository the local Maven repository the project was installed into
     * @param tail the read-only repository behind it, where third-party jars live
     * @return {@code [module, dependencies...]}
     */
    public List<IndexSource> dependencies(Path repository, Path tail) {
        List<IndexSource> result = new ArrayList<>();
        for (String module : registerModules()) {
            if (!module.equals(APP)) {
                result.add(artifact(repository, GROUP, artifactId(module), version()));
            }
        }
        result.add(artifact(repository, GROUP, artifactId("catalogue"), version()));
        result.add(artifact(repository, "fi.seloste", "seloste-annotations", selosteVersion));
        IndexSource jpa = artifact(repository, "jakarta.persistence", "jakarta.persistence-api", JPA_VERSION);
        result.add(Files.exists(jpa.path()) ? jpa : artifact(tail, "jakarta.persistence", "jakarta.persistence-api", JPA_VERSION));
        result.sort(Comparator.comparing(IndexSource::origin));
        return result;
    }

    /** @return the app module's own class output, the index source that must exist */
    public IndexSource module() {
        return new IndexSource(app().resolve("target/classes"), GROUP + ":" + artifactId(APP) + ":" + version());
    }

    private static IndexSource artifact(Path repository, String group, String artifact, String version) {
        Path jar = repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".jar");
        return new IndexSource(jar, group + ":" + artifact + ":" + version);
    }

    /**
     * The organisation facts of the app module's plugin configuration, as the Maven goal turns them into the
     * core's model; {@link ProjectPoms#parentPom()} writes the same facts into the POM.
     */
    public static Organisation organisation() {
        Map<String, Map<String, String>> texts = new TreeMap<>();
        texts.put("cookies", new TreeMap<>(Map.of(
                "fi", "Verkkopalvelu käyttää välttämättömiä evästeitä sekä – luvallasi – analytiikkaevästeitä <_ga>.",
                "sv", "Webbtjänsten använder nödvändiga kakor och – med ditt samtycke – analyskakor <_ga>.",
                "en", "The service uses necessary cookies and – with your consent – analytics cookies <_ga>.")));
        texts.put("consequences", new TreeMap<>(Map.of(
                "fi", "Ilman yhteystietoja emme voi toimittaa tilauksia & hoitaa asiakassuhdetta.",
                "sv", "Utan kontaktuppgifter kan vi inte leverera beställningar & sköta kundrelationen.",
                "en", "Without contact details we cannot deliver orders & manage the customer relationship.")));
        return new Organisation(
                new Controller("Esimerkki & Poika Oy \"Suuri\"", "7654321-2", "Mallikatu 5 A, 00100 Helsinki", "09 555 0200",
                        "kirjaamo@esimerkki.example", "https://esimerkki.example"),
                List.of(), null, List.of(new Contact("Åsa Öhman-Ääritalo",
                        Map.of("fi", "asiakkuuspäällikkö", "sv", "kundansvarig chef", "en", "customer relations manager"), null,
                        "09 555 0210", "asa.ohman@esimerkki.example", null)),
                new Contact("Ville Vastaava", null, null, "09 555 0299", "tietosuoja@esimerkki.example"),
                false,
                List.of("locked-premises", "confidentiality", "secure-disposal"),
                List.of("user-accounts", "strong-authentication", "encryption", "logging", "backups"),
                texts,
                List.of(new Organisation.Change(LocalDate.of(2025, 6, 1), Map.of("fi", "Seloste laadittu koodista",
                                "sv", "Beskrivningen upprättad ur koden", "en", "Notice drawn up from the code")),
                        new Organisation.Change(LocalDate.of(2026, 1, 1), Map.of("fi", "Markkinointirekisteri & verkkopalvelu lisätty",
                                "sv", "Marknadsföringsregistret & webbtjänsten tillagda", "en", "Marketing register & web service added"))),
                // what the registers' code does not declare, the organisation declares absent (seloste states no
                // negative nobody declared); a register whose code declares disclosures or transfers states them
                java.util.EnumSet.allOf(fi.seloste.Practice.class), List.of());
    }


    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
