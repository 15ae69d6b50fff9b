package fi.seloste.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
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
        List<String> constants = new ArrayList<>();
        for (PersonalField f : fields) {
            String constant = constantName(f.field());
            constants.add(constant);
            Retention r = f.retention();
            String label = f.labels().getOrDefault("fi", f.field());
            CodeBlock init = CodeBlock.of("new $T($T.class, $S, $S, $L, $S, $L, $S, $L, $L, $S)", DESCRIPTOR, owner, f.field(),
                    label, array(f.purposes()), r.period() == null ? null : r.period().toString(),
                    r.from() == null ? "null" : CodeBlock.of("$T.$L", TRIGGER, r.from().name()),
                    r.criteria(), array(f.categories()), f.special(), f.register());
            type.addField(FieldSpec.builder(DESCRIPTOR, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("{@code $L}: $L\n", f.field(), javadocText(label))
                    .initializer(init)
                    .build());
        }
        type.addField(FieldSpec.builder(DESCRIPTORS, "FIELDS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every personal field of {@link $T}, sorted by name.\n", owner)
                .initializer("$T.unmodifiableList($T.asList($L))", COLLECTIONS, ARRAYS, String.join(", ", constants))
                .build());
        return type.build();
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

    private static CodeBlock array(List<String> values) {
        if (values.isEmpty()) {
            return CodeBlock.of("new String[0]");
        }
        List<CodeBlock> items = new ArrayList<>();
        for (String v : values) {
            items.add(CodeBlock.of("$S", v));
        }
        return CodeBlock.of("new String[] {$L}", CodeBlock.join(items, ", "));
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
