package fi.seloste.processor.detection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The external detection corpus as data, and the stand-in sources rebuilt from it, so that tests compile classes with
 * the names, types, annotations and relations of real public entities without this project keeping anyone's code.
 *
 * <p>Under {@code src/test/resources/detection/external}: {@code types.csv} lists every type of a project (the
 * collected classes, their nested types and every other type they refer to, as stand-ins), {@code fields.csv} the
 * instance fields of the collected classes in declaration order, {@code labels.csv} one label per field and
 * {@code split.csv} which projects are held out. {@link #writeSources} turns one project into compilable Java: each
 * type with its kind, type parameters, supertypes and annotations, each field with its declared type (fully
 * qualified), {@code transient}/{@code volatile} and annotations, and a bodiless annotation type for every annotation
 * used. Nothing else of the original classes is kept: no method, initialiser, comment or annotation argument.
 */
final class ExternalCorpus {

    static final List<String> TYPES_HEADER = List.of("project", "class", "kind", "collected", "modifiers",
            "type_parameters", "superclass", "interfaces", "annotations");
    static final List<String> FIELDS_HEADER = List.of("project", "class", "field", "declared", "type", "modifiers",
            "annotations");
    static final List<String> LABELS_HEADER = List.of("project", "class", "field", "type", "personal", "kind", "note");

    /**
     * One type of a project: a collected class, a nested type or a stand-in for a type it refers to.
     *
     * @param binaryName {@code a.b.Outer$Inner} for nested types
     * @param kind class, enum, record or interface
     * @param typeParameters as written in a declaration, {@code <T extends java.io.Serializable>}, or empty
     * @param superclass fully qualified with type arguments, or empty
     */
    record Type(String project, String binaryName, String kind, boolean collected, Set<String> modifiers,
            String typeParameters, String superclass, List<String> interfaces, List<String> annotations) {

        String packageName() {
            String top = topLevel();
            int dot = top.lastIndexOf('.');
            return dot < 0 ? "" : top.substring(0, dot);
        }

        String topLevel() {
            int dollar = binaryName.indexOf('$');
            return dollar < 0 ? binaryName : binaryName.substring(0, dollar);
        }

        String simpleName() {
            int cut = Math.max(binaryName.lastIndexOf('$'), binaryName.lastIndexOf('.'));
            return binaryName.substring(cut + 1);
        }

        /** The binary name of the type this one is nested in, or null for a top-level type. */
        String outer() {
            int dollar = binaryName.lastIndexOf('$');
            return dollar < 0 ? null : binaryName.substring(0, dollar);
        }
    }

    /**
     * One instance field of a collected class.
     *
     * @param declared the type as the original source wrote it ({@code Set<Komplettering>}), as labels.csv has it
     * @param type the type fully qualified, as javac prints it ({@code java.util.Set<a.b.Komplettering>})
     */
    record Field(String project, String className, String name, String declared, String type, Set<String> modifiers,
            List<String> annotations) {
    }

    /** One row of labels.csv. */
    record Label(int line, String project, String className, String field, String type, String personal, String kind,
            String note) {

        boolean isPersonal() {
            return personal.equals("yes");
        }
    }

    final Path folder;
    final List<Type> types;
    final List<Field> fields;
    final List<Label> labels;
    /** project -> dev or heldout, in file order. */
    final Map<String, String> split;

    private ExternalCorpus(Path folder, List<Type> types, List<Field> fields, List<Label> labels, Map<String, String> split) {
        this.folder = folder;
        this.types = types;
        this.fields = fields;
        this.labels = labels;
        this.split = split;
    }

    /** Reads the corpus from the test class path. */
    static ExternalCorpus load() {
        URL url = ExternalCorpus.class.getResource("/detection/external/labels.csv");
        if (url == null) {
            throw new IllegalStateException("detection/external/labels.csv is not on the test class path");
        }
        try {
            Path folder = Path.of(url.toURI()).getParent();
            return new ExternalCorpus(folder, readTypes(folder.resolve("types.csv")), readFields(folder.resolve("fields.csv")),
                    readLabels(folder.resolve("labels.csv")), readSplit(folder.resolve("split.csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The projects that have types, sorted. */
    Set<String> projects() {
        Set<String> out = new TreeSet<>();
        types.forEach(t -> out.add(t.project()));
        return out;
    }

    List<Type> typesOf(String project) {
        return types.stream().filter(t -> t.project().equals(project)).toList();
    }

    List<Field> fieldsOf(String project, String className) {
        return fields.stream().filter(f -> f.project().equals(project) && f.className().equals(className)).toList();
    }

    // -------------------------------------------------------------------------------------------------- generating

    /**
     * Writes the stand-in sources of one project under {@code dir} (one file per top-level type, plus one per
     * annotation type used) and returns the files written.
     */
    List<Path> writeSources(String project, Path dir) throws IOException {
        List<Type> all = typesOf(project);
        Map<String, Type> byName = new LinkedHashMap<>();
        all.forEach(t -> byName.put(t.binaryName(), t));
        Map<String, List<Type>> nested = new LinkedHashMap<>();
        for (Type t : all) {
            if (t.outer() != null) {
                if (!byName.containsKey(t.outer())) {
                    throw new IllegalStateException(project + ": " + t.binaryName() + " is nested in an unlisted type");
                }
                nested.computeIfAbsent(t.outer(), k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, List<Field>> fieldsByClass = new LinkedHashMap<>();
        for (Field f : fields) {
            if (f.project().equals(project)) {
                fieldsByClass.computeIfAbsent(f.className(), k -> new ArrayList<>()).add(f);
            }
        }
        Set<String> annotations = new TreeSet<>();
        all.forEach(t -> annotations.addAll(t.annotations()));
        fieldsByClass.values().forEach(list -> list.forEach(f -> annotations.addAll(f.annotations())));
        List<Path> written = new ArrayList<>();
        for (Type t : all) {
            if (t.outer() != null) {
                continue;
            }
            StringBuilder src = new StringBuilder();
            src.append("// Stand-in rebuilt from seloste's external detection corpus (types.csv, fields.csv).\n");
            if (!t.packageName().isEmpty()) {
                src.append("package ").append(t.packageName()).append(";\n\n");
            }
            declare(src, t, nested, fieldsByClass, "");
            written.add(write(dir, t.binaryName(), src));
        }
        for (String annotation : annotations) {
            if (byName.containsKey(annotation) || annotation.indexOf('$') >= 0) {
                throw new IllegalStateException(project + ": annotation " + annotation + " cannot be written as a stand-in");
            }
            int dot = annotation.lastIndexOf('.');
            StringBuilder src = new StringBuilder();
            if (dot > 0) {
                src.append("package ").append(annotation, 0, dot).append(";\n\n");
            }
            src.append("public @interface ").append(annotation.substring(dot + 1)).append(" {\n}\n");
            written.add(write(dir, annotation, src));
        }
        return written;
    }

    private static Path write(Path dir, String qualifiedName, CharSequence source) throws IOException {
        Path file = dir.resolve(qualifiedName.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }

    private static void declare(StringBuilder src, Type t, Map<String, List<Type>> nested,
            Map<String, List<Field>> fieldsByClass, String indent) {
        for (String a : t.annotations()) {
            src.append(indent).append('@').append(a).append('\n');
        }
        src.append(indent).append("public ");
        if (t.outer() != null && !t.kind().equals("interface")) {
            src.append("static ");
        }
        if (t.modifiers().contains("abstract")) {
            src.append("abstract ");
        }
        src.append(t.kind()).append(' ').append(t.simpleName()).append(t.typeParameters());
        List<Field> fields = fieldsByClass.getOrDefault(t.binaryName(), List.of());
        if (t.kind().equals("record")) {
            src.append('(');
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                src.append(i == 0 ? "" : ", ");
                for (String a : f.annotations()) {
                    src.append('@').append(a).append(' ');
                }
                src.append(f.type()).append(' ').append(f.name());
            }
            src.append(')');
        }
        if (!t.superclass().isEmpty()) {
            src.append(" extends ").append(t.superclass());
        }
        if (!t.interfaces().isEmpty()) {
            src.append(t.kind().equals("interface") ? " extends " : " implements ")
                    .append(String.join(", ", t.interfaces()));
        }
        src.append(" {\n");
        String inner = indent + "    ";
        if (t.kind().equals("enum")) {
            src.append(inner).append(";\n");
        }
        if (!t.kind().equals("record")) {
            for (Field f : fields) {
                for (String a : f.annotations()) {
                    src.append(inner).append('@').append(a).append('\n');
                }
                src.append(inner).append("private ");
                for (String m : f.modifiers()) {
                    src.append(m).append(' ');
                }
                src.append(f.type()).append(' ').append(f.name()).append(";\n");
            }
        }
        for (Type n : nested.getOrDefault(t.binaryName(), List.of())) {
            src.append('\n');
            declare(src, n, nested, fieldsByClass, inner);
        }
        src.append(indent).append("}\n");
    }

    // ----------------------------------------------------------------------------------------------------- reading

    private static List<Type> readTypes(Path file) throws IOException {
        List<List<String>> rows = rows(file, TYPES_HEADER);
        List<Type> out = new ArrayList<>();
        for (List<String> r : rows) {
            out.add(new Type(r.get(0), r.get(1), r.get(2), r.get(3).equals("yes"), words(r.get(4)), r.get(5), r.get(6),
                    List.copyOf(words(r.get(7))), List.copyOf(words(r.get(8)))));
        }
        return out;
    }

    private static List<Field> readFields(Path file) throws IOException {
        List<List<String>> rows = rows(file, FIELDS_HEADER);
        List<Field> out = new ArrayList<>();
        for (List<String> r : rows) {
            out.add(new Field(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), words(r.get(5)), List.copyOf(words(r.get(6)))));
        }
        return out;
    }

    private static List<Label> readLabels(Path file) throws IOException {
        List<List<String>> rows = rows(file, LABELS_HEADER);
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            out.add(new Label(i + 2, r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)));
        }
        return out;
    }

    private static Map<String, String> readSplit(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> r : rows(file, List.of("project", "set"))) {
            if (out.put(r.get(0), r.get(1)) != null) {
                throw new IllegalStateException("split.csv lists " + r.get(0) + " twice");
            }
        }
        return out;
    }

    /** The records after the header, each checked to have the header's width. */
    private static List<List<String>> rows(Path file, List<String> header) throws IOException {
        List<List<String>> rows = readCsv(file);
        if (rows.isEmpty() || !rows.get(0).equals(header)) {
            throw new IllegalStateException(file.getFileName() + ": header is not " + header);
        }
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalStateException(file.getFileName() + " record " + (i + 1) + " has " + rows.get(i).size()
                        + " cells: " + rows.get(i));
            }
        }
        return rows.subList(1, rows.size());
    }

    private static Set<String> words(String cell) {
        return cell.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(cell.strip().split(" +")));
    }

    /** RFC 4180: comma-separated, double quotes around cells that hold commas, quotes or line breaks. */
    static List<List<String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.contains("\r")) {
            throw new IllegalStateException(file.getFileName() + " must use \\n line ends");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n') {
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalStateException(file.getFileName() + " ends inside a quoted cell");
        }
        if (any || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
