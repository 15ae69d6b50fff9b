package fi.seloste.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a generated source tree that looks like a real JPA domain model, so javac and the processor are
 * timed on a workload with the shape of the code seloste is meant for, without a JPA jar.
 *
 * <p>Every entity has {@code personalPerEntity} {@code @PersonalData} fields (purpose from the project's
 * purpose catalogue, retention, source, some with a category and labels in three languages), one
 * {@code @NotPersonalData} field whose name looks personal, and five plain fields ({@code id},
 * {@code createdAt}, {@code status}, {@code priority}, {@code version}) that the detector must leave alone,
 * plus getters, setters and {@code toString}. Entities are spread over packages of
 * {@link #CLASSES_PER_PACKAGE}. A stub {@code jakarta.persistence.Entity} annotation is generated with them.
 *
 * @param root the project directory
 * @param sourceRoot the directory under which every source lives
 * @param sources every generated source file
 * @param entities the number of entity classes
 * @param personalPerEntity the number of {@code @PersonalData} fields in each entity
 */
public record SyntheticProject(Path root, Path sourceRoot, List<Path> sources, int entities, int personalPerEntity) {

    /** Entities in each package. */
    public static final int CLASSES_PER_PACKAGE = 50;

    private static final String[] PURPOSES = {
        "CUSTOMER_SERVICE", "BILLING", "DELIVERY", "SECURITY", "MARKETING", "CARE_PLANNING", "STATISTICS", "ACCOUNTING",
    };

    /** A personal field the generator can put into an entity. */
    private record Template(String name, String type, String fi, String sv, String en, String category,
            String source, String retention, String trigger) {}

    private static final Template[] PERSONAL = {
        new Template("fullName", "String", "Nimi", "Namn", "Name", "IDENTITY", "DATA_SUBJECT", "P2Y", "RELATIONSHIP_END"),
        new Template("emailAddress", "String", "Sähköpostiosoite", "E-postadress", "E-mail address", "CONTACT",
                "DATA_SUBJECT", "P2Y", "RELATIONSHIP_END"),
        new Template("phoneNumber", "String", "Puhelinnumero", "Telefonnummer", "Phone number", "CONTACT",
                "DATA_SUBJECT", "P1Y", "LAST_LOGIN"),
        new Template("streetAddress", "String", "Katuosoite", "Gatuadress", "Street address", null,
                "POPULATION_REGISTER", "P5Y", "RELATIONSHIP_END"),
        new Template("birthDate", "java.time.LocalDate", "Syntymäaika", "Födelsedatum", "Date of birth", "IDENTITY",
                "POPULATION_REGISTER", "P5Y", "RELATIONSHIP_END"),
        new Template("ipAddress", "String", "IP-osoite", "IP-adress", "IP address", "ONLINE_IDENTIFIERS",
                "SERVICE_GENERATED", "P90D", "COLLECTION"),
        new Template("iban", "String", "Tilinumero", "Kontonummer", "Bank account", "FINANCIAL",
                "DATA_SUBJECT", "P6Y", "FISCAL_YEAR_END"),
        new Template("homeLocation", "String", "Kotipaikka", "Hemort", "Home location", "LOCATION",
                "DATA_SUBJECT", "P1Y", "USER_DELETION"),
        new Template("nickname", "String", "Kutsumanimi", "Smeknamn", "Nickname", null,
                "DATA_SUBJECT", "P4M", "LAST_LOGIN"),
        new Template("employerName", "String", "Työnantaja", "Arbetsgivare", "Employer", "EMPLOYMENT",
                "EMPLOYER", "P2Y", "RELATIONSHIP_END"),
        new Template("messageText", "String", "Viestin sisältö \"<b>&</b>\"", "Meddelandets innehåll",
                "Message text", "COMMUNICATION_CONTENT", "DATA_SUBJECT", "P4M", "CONVERSATION_END"),
        new Template("loyaltyNumber", "String", "Kanta-asiakasnumero", "Stamkundsnummer", "Loyalty number", null,
                "DATA_SUBJECT", "P3Y", "CONSENT_WITHDRAWN"),
    };

    /** Names that look personal but are not; each carries {@code @NotPersonalData}. */
    private static final String[][] OPT_OUTS = {
        {"emailTemplate", "Id of the e-mail template, not an address"},
        {"emailProvider", "Name of the mail provider used to send notices, not an address"},
        {"emailFooterText", "Footer text shared by all e-mails, written by staff"},
    };

    /**
     * The plain fields: javac compiles them, the detector must not flag them. (An {@code amount} in a customer's
     * entity is the customer's money since issue 14, so the fourth plain field is a priority.)
     */
    private static final String[][] PLAIN = {
        {"id", "long"}, {"createdAt", "java.time.Instant"}, {"status", "String"},
        {"priority", "int"}, {"version", "int"},
    };

    /**
     * Generates a project, replacing whatever was in {@code root}.
     *
     * @param root the project directory
     * @param entities the number of entity classes
     * @param personalPerEntity {@code @PersonalData} fields in each entity, at most 12
     * @return the project
     */
    public static SyntheticProject generate(Path root, int entities, int personalPerEntity) throws IOException {
        if (personalPerEntity < 1 || personalPerEntity > PERSONAL.length) {
            throw new IllegalArgumentException("personalPerEntity must be 1.." + PERSONAL.length);
        }
        Directories.delete(root);
        Path src = root.resolve("src");
        List<Path> sources = new ArrayList<>();
        sources.add(write(src, "jakarta/persistence/Entity.java", entityStub()));
        sources.add(write(src, "bench/catalogue/Purposes.java", catalogue()));
        SyntheticProject project = new SyntheticProject(root, src, sources, entities, personalPerEntity);
        for (int i = 0; i < entities; i++) {
            sources.add(write(src, project.relativePath(i), project.entitySource(i, 0)));
        }
        return project;
    }

    /** @return the total number of {@code @PersonalData} fields */
    public int personalFields() {
        return entities * personalPerEntity;
    }

    /** @return the number of generated lines of code, counted once after generation */
    public long lines() throws IOException {
        long lines = 0;
        for (Path p : sources) {
            try (var stream = Files.lines(p, StandardCharsets.UTF_8)) {
                lines += stream.count();
            }
        }
        return lines;
    }

    /**
     * Rewrites one entity with a visible change (labels and a retention period differ by variant), as a
     * developer's edit would, and returns its file.
     *
     * @param index which entity
     * @param variant a number that selects the change; different numbers give different sources
     * @return the rewritten file
     */
    public Path change(int index, int variant) throws IOException {
        return write(sourceRoot, relativePath(index), entitySource(index, variant));
    }

    /** @return the binary name of entity {@code index} */
    public String entityName(int index) {
        return packageName(index) + "." + simpleName(index);
    }

    private String relativePath(int index) {
        return packageName(index).replace('.', '/') + "/" + simpleName(index) + ".java";
    }

    private static String packageName(int index) {
        return String.format(Locale.ROOT, "bench.p%03d", index / CLASSES_PER_PACKAGE);
    }

    private static String simpleName(int index) {
        String[] kinds = {"Customer", "Patient", "Order", "Employee", "Member", "Visitor", "Subscriber", "Contact"};
        return String.format(Locale.ROOT, "%s%05d", kinds[index % kinds.length], index);
    }

    private static Path write(Path src, String relative, String text) throws IOException {
        Path file = src.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String entityStub() {
        return """
                package jakarta.persistence;

                import java.lang.annotation.ElementType;
                import java.lang.annotation.Retention;
                import java.lang.annotation.RetentionPolicy;
                import java.lang.annotation.Target;

                /** Stand-in for the JPA annotation, so the benchmark needs no JPA jar. */
                @Retention(RetentionPolicy.RUNTIME)
                @Target(ElementType.TYPE)
                public @interface Entity {
                    String name() default "";
                }
                """;
    }

    private static String catalogue() {
        StringBuilder b = new StringBuilder();
        b.append("package bench.catalogue;\n\n");
        b.append("import fi.seloste.LegalBasis;\nimport fi.seloste.Purpose;\n\n");
        b.append("/** The purposes of processing of the generated project. */\n");
        b.append("public final class Purposes {\n\n    private Purposes() {}\n");
        String[] basis = {"CONTRACT", "CONTRACT", "CONTRACT", "LEGITIMATE_INTERESTS", "CONSENT", "LEGAL_OBLIGATION",
            "LEGITIMATE_INTERESTS", "LEGAL_OBLIGATION"};
        for (int i = 0; i < PURPOSES.length; i++) {
            String key = PURPOSES[i].toLowerCase(Locale.ROOT).replace('_', '-');
            b.append("\n    @Purpose(fi = \"Käyttötarkoitus ").append(i).append(": ").append(key)
                    .append(" – asiakkaiden palveleminen\", sv = \"Ändamål ").append(i).append(" för kunderna\",\n")
                    .append("             en = \"Purpose ").append(i).append(" <").append(key).append("> & co\", ")
                    .append("basis = LegalBasis.").append(basis[i]);
            if (basis[i].equals("LEGITIMATE_INTERESTS")) {
                b.append(",\n             legitimateInterest = \"Palvelun turvallisuus ja kehittäminen\"");
            }
            b.append(")\n    public static final String ").append(PURPOSES[i]).append(" = \"").append(key).append("\";\n");
        }
        b.append("}\n");
        return b.toString();
    }

    private String entitySource(int index, int variant) {
        String simple = simpleName(index);
        List<Template> personal = new ArrayList<>();
        for (int k = 0; k < personalPerEntity; k++) {
            personal.add(PERSONAL[(index + k) % PERSONAL.length]);
        }
        String[] optOut = OPT_OUTS[index % OPT_OUTS.length];

        StringBuilder b = new StringBuilder(8 * 1024);
        b.append("package ").append(packageName(index)).append(";\n\n");
        b.append("import bench.catalogue.Purposes;\n");
        b.append("import fi.seloste.DataCategories;\n");
        b.append("import fi.seloste.NotPersonalData;\n");
        b.append("import fi.seloste.PersonalData;\n");
        b.append("import fi.seloste.RetentionTrigger;\n");
        b.append("import fi.seloste.Sources;\n");
        b.append("import jakarta.persistence.Entity;\n\n");
        b.append("/** Generated entity ").append(index).append(" (\"Åsa & <Örjan>\"), variant ").append(variant).append(". */\n");
        b.append("@Entity\npublic class ").append(simple).append(" {\n\n");

        List<String[]> all = new ArrayList<>();
        for (String[] plain : PLAIN) {
            b.append("    private ").append(plain[1]).append(' ').append(plain[0]).append(";\n");
            all.add(plain);
        }
        b.append('\n');
        for (int k = 0; k < personal.size(); k++) {
            Template t = personal.get(k);
            String purpose = "Purposes." + PURPOSES[(index + k) % PURPOSES.length];
            if ((index + k) % 3 == 0) {
                purpose = "{" + purpose + ", Purposes." + PURPOSES[(index + k + 1) % PURPOSES.length] + "}";
            }
            String retention = t.retention;
            String fi = t.fi;
            if (variant != 0 && k == 0) {
                retention = variant % 2 == 0 ? "P3Y" : "P4Y";
                fi = t.fi + " (muutos " + variant + ")";
            }
            b.append("    @PersonalData(purpose = ").append(purpose)
                    .append(", retention = \"").append(retention).append("\", retentionFrom = RetentionTrigger.")
                    .append(t.trigger).append(",\n");
            b.append("            source = Sources.").append(t.source);
            if (t.category != null) {
                b.append(", category = DataCategories.").append(t.category);
            }
            b.append(",\n            label = \"").append(escape(fi)).append("\", labelSv = \"").append(escape(t.sv))
                    .append("\", labelEn = \"").append(escape(t.en)).append("\")\n");
            b.append("    private ").append(t.type).append(' ').append(t.name).append(";\n\n");
            all.add(new String[] {t.name, t.type});
        }
        b.append("    @NotPersonalData(reason = \"").append(optOut[1]).append("\")\n");
        b.append("    private String ").append(optOut[0]).append(";\n");
        all.add(new String[] {optOut[0], "String"});

        for (String[] f : all) {
            String cap = Character.toUpperCase(f[0].charAt(0)) + f[0].substring(1);
            b.append("\n    public ").append(f[1]).append(" get").append(cap).append("() {\n        return ")
                    .append(f[0]).append(";\n    }\n");
            b.append("\n    public void set").append(cap).append('(').append(f[1]).append(' ').append(f[0])
                    .append(") {\n        this.").append(f[0]).append(" = ").append(f[0]).append(";\n    }\n");
        }
        b.append("\n    @Override\n    public String toString() {\n        return \"").append(simple)
                .append("[id=\" + id + \", status=\" + status + \", version=\" + version + \"]\";\n    }\n");
        b.append("}\n");
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
