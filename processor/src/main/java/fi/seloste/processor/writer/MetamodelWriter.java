package fi.seloste.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Retention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the metamodel: one {@code PersonalFields} class per package, with a nested class per class that
 * has personal fields, holding one typed {@code PersonalFieldDescriptor} constant per field. Application code
 * (exports, retention jobs) then uses the same facts as the notice.
 *
 * <p>A class with thousands of personal fields would make its nested class's static initialiser too large for javac
 * (64 KB of bytecode): past {@link #METHOD_BUDGET} its descriptors are created in chunks, each by a package-private
 * nested class of its own (so their strings do not fill the constant pool of the class with the constants), and the
 * initialiser only assigns them, so the public shape stays the same up to {@link #MAX_FIELDS_PER_CLASS}.
 *
 * <p>One source per package, not per class: javac's {@code Filer} compares every new file with all files
 * created before it, so thousands of files cost quadratic time (see {@code docs/performance.md}).
 */
public final class MetamodelWriter {

    /** The simple name of the generated class in each package. */
    public static final String CLASS_NAME = "PersonalFields";

    private static final ClassName DESCRIPTOR = ClassName.get("fi.seloste.metamodel", "PersonalFieldDescriptor");
    private static final ClassName TRIGGER = ClassName.get("fi.seloste", "RetentionTrigger");
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    private static final TypeName DESCRIPTORS = ParameterizedTypeName.get(LIST, DESCRIPTOR);

    /**
     * The estimated bytes of bytecode one generated method may hold: javac refuses a method over 65,535 bytes ("code
     * too large"), and a class's static initialiser holds every constant's initialiser.
     */
    static final int METHOD_BUDGET = 30_000;

    /**
     * The most personal fields one class's metamodel holds: its static initialiser still assigns every constant (8
     * bytes of bytecode each, with about 20 per chunk), and javac refuses a method over 65,535 bytes.
     */
    public static final int MAX_FIELDS_PER_CLASS = 8_000;

    private final String processorName;
    private final boolean generatedAvailable;

    /**
     * @param processorName the value of {@code @Generated}
     * @param generatedAvailable whether {@code javax.annotation.processing.Generated} exists on the target
     */
    public MetamodelWriter(String processorName, boolean generatedAvailable) {
        this.processorName = processorName;
        this.generatedAvailable = generatedAvailable;
    }

    /** @return the name of a package's generated class */
    public static ClassName className(String packageName) {
        return ClassName.get(packageName, CLASS_NAME);
    }

    /**
     * @param packageName the package
     * @param classes each class of the package with its personal fields, both sorted
     * @param originating the compiled elements the file is generated from
     * @return the package's {@code PersonalFields} source
     */
    public JavaFile forPackage(String packageName, Map<ClassName, List<PersonalField>> classes,
            List<? extends javax.lang.model.element.Element> originating) {
        TypeSpec.Builder type = TypeSpec.classBuilder(CLASS_NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The personal fields declared with {@code @PersonalData} in this package: one nested class per class.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (generatedAvailable) {
            type.addAnnotation(generated());
        }
        originating.forEach(type::addOriginatingElement);
        Set<String> nestedNames = new HashSet<>();
        List<CodeBlock> all = new ArrayList<>();
        for (Map.Entry<ClassName, List<PersonalField>> e : classes.entrySet()) {
            String nested = nestedName(e.getKey(), nestedNames);
            type.addType(nestedClass(nested, e.getKey(), e.getValue()));
            all.add(CodeBlock.of("$L.FIELDS", nested));
        }
        CodeBlock.Builder init = CodeBlock.builder().addStatement("$T<$T> all = new $T<>()", LIST, DESCRIPTOR, ArrayList.class);
        for (CodeBlock list : all) {
            init.addStatement("all.addAll($L)", list);
        }
        type.addField(FieldSpec.builder(DESCRIPTORS, "ALL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every personal field of this package, by class and then by name.\n")
                .build());
        type.addStaticBlock(init.addStatement("ALL = $T.unmodifiableList(all)", COLLECTIONS).build());
        return JavaFile.builder(packageName, type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private TypeSpec nestedClass(String name, ClassName owner, List<PersonalField> fields) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The personal fields of {@link $T}.\n", owner)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<List<PersonalField>> chunks = chunks(fields);
        boolean chunked = chunks.size() > 1;
        List<String> constants = new ArrayList<>();
        for (PersonalField f : fields) {
            String constant = constantName(f.field());
            constants.add(constant);
            String label = f.labels().getOrDefault("fi", f.field());
            FieldSpec.Builder field = FieldSpec.builder(DESCRIPTOR, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L", "{@code " + f.field() + "}: " + javadocText(label) + "\n");
            type.addField(chunked ? field.build() : field.initializer(descriptor(owner, f)).build());
        }
        FieldSpec.Builder all = FieldSpec.builder(DESCRIPTORS, "FIELDS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every personal field of {@link $T}, sorted by name.\n", owner);
        if (!chunked) {
            type.addField(all.initializer("$T.unmodifiableList($T.asList($L))", COLLECTIONS, ARRAYS, String.join(", ", constants))
                    .build());
            return type.build();
        }
        type.addField(all.build());
        CodeBlock.Builder init = CodeBlock.builder()
                .addStatement("$T<$T> fields = new $T<>($L)", LIST, DESCRIPTOR, ArrayList.class, fields.size())
                .addStatement("$T[] chunk", DESCRIPTOR);
        int next = 0;
        for (int i = 0; i < chunks.size(); i++) {
            List<PersonalField> chunk = chunks.get(i);
            List<CodeBlock> created = new ArrayList<>();
            chunk.forEach(f -> created.add(descriptor(owner, f)));
            type.addType(TypeSpec.classBuilder("Chunk" + i)
                    .addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                    .addMethod(MethodSpec.methodBuilder("create")
                            .addModifiers(Modifier.STATIC)
                            .returns(ArrayTypeName.of(DESCRIPTOR))
                            .addStatement("return new $T[] {\n$>$L$<\n}", DESCRIPTOR, CodeBlock.join(created, ",\n"))
                            .build())
                    .build());
            init.addStatement("chunk = Chunk$L.create()", i);
            for (int j = 0; j < chunk.size(); j++) {
                init.addStatement("$L = chunk[$L]", constants.get(next++), j);
            }
            init.addStatement("fields.addAll($T.asList(chunk))", ARRAYS);
        }
        type.addStaticBlock(init.addStatement("FIELDS = $T.unmodifiableList(fields)", COLLECTIONS).build());
        return type.build();
    }

    /**
     * The expression that creates one field's descriptor. JavaPoet emits every piece of a code block separately (a
     * regular expression splits each into lines, twice per file), so the constant arguments are rendered here as one
     * piece; only the types stay JavaPoet's, so that imports and names that need qualifying come out as JavaPoet
     * decides.
     */
    static CodeBlock descriptor(ClassName owner, PersonalField f) {
        Retention r = f.retention();
        StringBuilder before = new StringBuilder(", ");
        literal(before, f.field()).append(", ");
        literal(before, f.labels().getOrDefault("fi", f.field())).append(", ");
        literalArray(before, f.purposes()).append(", ");
        literal(before, r.period() == null ? null : r.period().toString()).append(", ");
        StringBuilder after = new StringBuilder(", ");
        literal(after, r.criteria()).append(", ");
        literalArray(after, f.categories()).append(", ").append(f.special()).append(", ");
        literal(after, f.register()).append(')');
        if (r.from() == null) {
            return CodeBlock.of("new $T($T.class$L", DESCRIPTOR, owner, before.append("null").append(after).toString());
        }
        return CodeBlock.of("new $T($T.class$L$T.$L$L", DESCRIPTOR, owner, before.toString(), TRIGGER, r.from().name(),
                after.toString());
    }

    /** {@code new String[0]} or {@code new String[] {"a", "b"}}, as JavaPoet writes {@link #array}. */
    private static StringBuilder literalArray(StringBuilder out, List<String> values) {
        if (values.isEmpty()) {
            return out.append("new String[0]");
        }
        out.append("new String[] {");
        for (int i = 0; i < values.size(); i++) {
            literal(out.append(i == 0 ? "" : ", "), values.get(i));
        }
        return out.append('}');
    }

    /**
     * A Java string literal on one line: {@code null} bare; quotes, backslashes and the usual control characters
     * escaped; any other control character, and the line and paragraph separators, as Unicode escapes. This is what
     * JavaPoet writes for {@code $S}, except for texts with line breaks: JavaPoet splits those over lines, and it
     * broke a literal at U+2028 and U+2029 (its line splitting counts them as line ends), which javac refused.
     * {@code MetamodelWriterTest} compares the two.
     */
    static StringBuilder literal(StringBuilder out, String text) {
        if (text == null) {
            return out.append("null");
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        String hex = Integer.toHexString(c);
                        out.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /**
     * A class's fields in order, split so that no generated method exceeds {@link #METHOD_BUDGET}: one chunk (the
     * simple form, every constant initialised where it is declared) while they fit one static initialiser, else
     * chunks each created by its own nested class.
     */
    static List<List<PersonalField>> chunks(List<PersonalField> fields) {
        List<List<PersonalField>> chunks = new ArrayList<>();
        List<PersonalField> current = new ArrayList<>();
        long size = 0;
        for (PersonalField f : fields) {
            size += bytecodeEstimate(f);
        }
        if (size <= METHOD_BUDGET) {
            chunks.add(List.copyOf(fields));
            return chunks;
        }
        size = 0;
        for (PersonalField f : fields) {
            long cost = bytecodeEstimate(f);
            if (!current.isEmpty() && size + cost > METHOD_BUDGET) {
                chunks.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(f);
            size += cost;
        }
        chunks.add(current);
        return chunks;
    }

    /**
     * An upper bound of the bytes of bytecode that create one descriptor and store it: about 45 for the constructor
     * call and its constant arguments, 7 for each purpose or category in an array, 8 to store it.
     */
    private static long bytecodeEstimate(PersonalField f) {
        return 56 + 8L * (f.purposes().size() + f.categories().size());
    }

    private AnnotationSpec generated() {
        return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                .addMember("value", "$S", processorName).build();
    }

    /** {@code ChatConversation.Attachment} becomes {@code ChatConversation_Attachment}; never the outer class's name. */
    static String nestedName(ClassName owner, Set<String> taken) {
        String name = String.join("_", owner.simpleNames());
        if (name.equals(CLASS_NAME)) {
            name = name + "_";
        }
        while (!taken.add(name)) {
            name = name + "_";
        }
        return name;
    }

    /** Labels are data: in Javadoc they may not end the comment, start a tag or become HTML. */
    private static String javadocText(String label) {
        return label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;").replace("\n", " ").replace("\r", " ");
    }

    /** {@code customerName} becomes {@code CUSTOMER_NAME}; {@code home.street} becomes {@code HOME_STREET}. */
    static String constantName(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '.') {
                out.append('_');
            } else if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(field.charAt(i - 1))) {
                out.append('_').append(c);
            } else {
                out.append(Character.toUpperCase(c));
            }
        }
        String name = out.toString().toUpperCase(Locale.ROOT);
        return name.equals("FIELDS") ? "FIELDS_" : name;
    }
}
