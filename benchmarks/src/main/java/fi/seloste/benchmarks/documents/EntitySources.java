package fi.seloste.benchmarks.documents;

import fi.seloste.benchmarks.documents.RegisterModule.FieldTemplate;
import fi.seloste.benchmarks.documents.RegisterModule.Kind;
import java.util.List;

/**
 * The Java sources of a register module: its package-info files with {@code @Register} and
 * {@code @PersonalDataDefaults}, and its annotated entity classes.
 */
final class EntitySources {

    private EntitySources() {}

    private static final String IMPORTS = """
            import bench.catalogue.Purposes;
            import bench.catalogue.Recipients;
            import bench.catalogue.Vocabulary;
            import fi.seloste.DataCategories;
            import fi.seloste.DataSubjects;
            import fi.seloste.PersonalDataDefaults;
            import fi.seloste.RetentionTrigger;
            import fi.seloste.Sources;
            """;

    static String rootPackageInfo(RegisterModule r) {
        return "/** " + r.en() + ": the register and the defaults of its root package. */\n"
                + "@Register(id = \"" + r.id() + "\", fi = \"" + java(r.fi()) + "\", sv = \"" + java(r.sv()) + "\", en = \"" + java(r.en())
                + "\",\n        descriptionFi = \"" + java(r.descriptions().get(0)) + "\",\n        descriptionSv = \""
                + java(r.descriptions().get(1)) + "\",\n        descriptionEn = \"" + java(r.descriptions().get(2)) + "\",\n        "
                + r.registerFacts() + ")\n"
                + "@PersonalDataDefaults(" + r.defaults() + ")\n"
                + "package bench." + r.id() + ";\n\n"
                + IMPORTS + "import fi.seloste.Register;\n";
    }

    static String packageInfo(RegisterModule r, String pkg) {
        return "/** Part of the " + r.en() + ": its facts come from the register. */\n"
                + "@PersonalDataDefaults(register = \"" + r.id() + "\", " + r.defaults() + ")\n"
                + "package bench." + r.id() + "." + pkg + ";\n\n" + IMPORTS;
    }

    static String entity(RegisterModule r, Kind kind, String pkg, String simple, int local) {
        StringBuilder b = new StringBuilder(4096);
        b.append("package bench.").append(r.id()).append('.').append(pkg).append(";\n\n");
        b.append("import bench.catalogue.Purposes;\nimport bench.catalogue.Recipients;\nimport bench.catalogue.Vocabulary;\n");
        b.append("import fi.seloste.DataCategories;\nimport fi.seloste.DataSubjects;\nimport fi.seloste.IdentityCodeGround;\n");
        b.append("import fi.seloste.NotPersonalData;\nimport fi.seloste.PersonalData;\nimport fi.seloste.RetentionTrigger;\n");
        b.append("import fi.seloste.Sources;\nimport jakarta.persistence.Entity;\nimport jakarta.persistence.Id;\n\n");
        b.append("/** Generated entity: ").append(kind.en()).append(" (\"").append(kind.fi()).append("\"). */\n");
        b.append("@Entity\n@SuppressWarnings(\"unused\")\npublic class ").append(simple).append(" {\n\n");
        b.append("    @Id\n    private long id;\n    private java.time.Instant createdAt;\n    private int version;\n\n");
        List<FieldTemplate> templates = r.templates();
        for (int k = 0; k < DocumentWorkload.FIELDS_PER_CLASS; k++) {
            FieldTemplate t = templates.get((local + k) % templates.size());
            b.append("    @PersonalData(").append(t.facts()).append(",\n");
            b.append("            label = \"").append(java(t.fi() + " (" + kind.fi() + ")")).append("\", labelSv = \"")
                    .append(java(t.sv() + " (" + kind.sv() + ")")).append("\", labelEn = \"").append(java(t.en() + " (" + kind.en() + ")"))
                    .append("\")\n");
            b.append("    private ").append(t.type()).append(' ').append(t.name()).append(";\n\n");
        }
        b.append("    @NotPersonalData(reason = \"The id of the e-mail template used for notifications, not an address\")\n");
        b.append("    private String emailTemplate;\n}\n");
        return b.toString();
    }

    private static String java(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
