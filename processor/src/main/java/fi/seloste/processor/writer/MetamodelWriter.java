package fi.seloste.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import fi.seloste.processor.model.PersonalField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Generates, for each class with personal fields, a companion {@code <Class>_PersonalData} that exposes
 * the fields as typed {@code PersonalFieldDescriptor} constants, so application code (exports, retention
 * jobs) uses the same facts as the notice. One class per entity keeps javac's Filer cost linear.
 */
public final class MetamodelWriter {

    /** The suffix of generated companion classes. */
    public static final String SUFFIX = "_PersonalData";

    private static final ClassName DESCRIPTOR = ClassName.get("fi.seloste.metamodel", "PersonalFieldDescriptor");
    private static final ClassName TRIGGER = ClassName.get("fi.seloste", "RetentionTrigger");
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");

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

    /**
     * @param owner the class the fields belong to
     * @param fields its personal fields, sorted
     * @return the companion's source
     */
    public JavaFile companion(ClassName owner, List<PersonalField> fields) {
        String name = String.join("_", owner.simpleNames()) + SUFFIX;
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The personal fields of {@link $T}, as declared with {@code @PersonalData}.\n", owner)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (generatedAvailable) {
            type.addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                    .addMember("value", "$S", processorName).build());
        }
        List<String> constants = new ArrayList<>();
        for (PersonalField f : fields) {
            String constant = constantName(f.field());
            constants.add(constant);
            PersonalField.Retention r = f.retention();
            String label = f.labels().getOrDefault("fi", f.field());
            CodeBlock init = CodeBlock.builder()
                    .add("new $T($T.class, $S, $S, $L, $S, $L, $S, $L, $L, $S)", DESCRIPTOR, owner, f.field(), label,
                            list(f.purposes()), r.period(), r.from() == null ? "null" : CodeBlock.of("$T.$L", TRIGGER, r.from()),
                            r.criteria(), list(f.categories()), f.special(), f.register())
                    .build();
            type.addField(FieldSpec.builder(DESCRIPTOR, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("{@code $L}: $L\n", f.field(), label.replace("*/", "* /"))
                    .initializer(init)
                    .build());
        }
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, DESCRIPTOR), "FIELDS",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every personal field of {@link $T}, sorted by name.\n", owner)
                .initializer("$T.unmodifiableList($T.asList($L))", COLLECTIONS, ARRAYS, String.join(", ", constants))
                .build());
        return JavaFile.builder(owner.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static CodeBlock list(List<String> values) {
        if (values.isEmpty()) {
            return CodeBlock.of("$T.<String>emptyList()", COLLECTIONS);
        }
        CodeBlock.Builder b = CodeBlock.builder().add("$T.asList(", ARRAYS);
        for (int i = 0; i < values.size(); i++) {
            b.add(i == 0 ? "$S" : ", $S", values.get(i));
        }
        return b.add(")").build();
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
