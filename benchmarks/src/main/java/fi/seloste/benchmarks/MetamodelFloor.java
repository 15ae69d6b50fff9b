package fi.seloste.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The floor of any metamodel generated as sources, measured rather than argued: the minimal indexer plus the cheapest
 * source a typed metamodel could be, one file per package holding, with {@code -Afloor=nested} (seloste's shape,
 * {@code PersonalFields.Patient.SSN}) one nested class per entity with one {@code String} constant per personal
 * field, or with {@code -Afloor=flat} one constant per field in the package's class and no nested class. Whatever
 * seloste's generated code does beyond this (descriptors, their initialisers) can only cost more.
 */
public final class MetamodelFloor extends MinimalIndexer {

    /** Per package, per entity (simple name), the personal fields. */
    private final Map<String, Map<String, Set<String>>> shape = new TreeMap<>();
    private boolean written;

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of("floor");
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        super.process(annotations, round);
        TypeElement personalData = processingEnv.getElementUtils().getTypeElement("fi.seloste.PersonalData");
        if (personalData != null && !written) {
            for (Element field : round.getElementsAnnotatedWith(personalData)) {
                Element type = field.getEnclosingElement();
                PackageElement pkg = processingEnv.getElementUtils().getPackageOf(type);
                shape.computeIfAbsent(pkg.getQualifiedName().toString(), p -> new TreeMap<>())
                        .computeIfAbsent(type.getSimpleName().toString(), t -> new java.util.TreeSet<>())
                        .add(field.getSimpleName().toString());
            }
        }
        if (!written && !shape.isEmpty() && !round.processingOver()) {
            written = true; // generated in the first round, so javac compiles it in the next, as seloste's metamodel
            boolean flat = "flat".equals(processingEnv.getOptions().get("floor"));
            shape.forEach((pkg, types) -> {
                StringBuilder source = new StringBuilder("package ").append(pkg).append(";\n\npublic final class PersonalFields {\n");
                types.forEach((type, fields) -> {
                    if (!flat) {
                        source.append("    public static final class ").append(type).append(" {\n");
                    }
                    for (String f : fields) {
                        String name = (flat ? type + "_" : "") + f.toUpperCase(java.util.Locale.ROOT);
                        source.append(flat ? "    " : "        ").append("public static final String ").append(name)
                                .append(" = \"").append(f).append("\";\n");
                    }
                    if (!flat) {
                        source.append("    }\n");
                    }
                });
                source.append("}\n");
                try (Writer out = processingEnv.getFiler().createSourceFile(pkg + ".PersonalFields").openWriter()) {
                    out.write(source.toString());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return false;
    }
}
