package fi.seloste.processor.detection;

import fi.seloste.processor.detection.ClassShape.Declaration;
import fi.seloste.processor.detection.ClassShape.FieldShape;
import fi.seloste.processor.detection.ClassShape.Link;
import fi.seloste.processor.detection.ClassShape.Role;
import fi.seloste.processor.detection.PersonalFieldDetector.Suspicion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small world of hand-built classes, judged together as one compilation would, so that the detector's tests can say
 * which classes a field's verdict depends on.
 */
final class JudgeWorld {
    private final Map<String, ClassShape> classes = new LinkedHashMap<>();
    private FieldJudge judge;

    JudgeWorld add(String name, Role role, FieldShape... fields) {
        return add(name, role, null, fields);
    }

    JudgeWorld add(String name, Role role, String superclass, FieldShape... fields) {
        classes.put(name, new ClassShape("com.example." + name, name, role,
                superclass == null ? null : "com.example." + superclass, List.of(fields)));
        judge = null;
        return this;
    }

    private FieldJudge judge() {
        if (judge == null) {
            Map<String, ClassShape> byName = new LinkedHashMap<>();
            classes.values().forEach(c -> byName.put(c.name(), c));
            judge = new FieldJudge(classes.values(), n -> Optional.ofNullable(byName.get(n)));
        }
        return judge;
    }

    Optional<Suspicion> judge(String className, String field) {
        ClassShape shape = classes.get(className);
        FieldShape f = shape.fields().stream().filter(x -> x.name().equals(field)).findFirst().orElseThrow();
        return judge().judge(shape, f);
    }

    boolean personal(String className, String field) {
        return judge(className, field).isPresent();
    }

    String reason(String className, String field) {
        return judge(className, field).orElseThrow(() -> new AssertionError(className + "." + field + " not flagged")).reason();
    }

    FieldJudge strict() {
        return judge();
    }

    ClassShape shape(String className) {
        return classes.get(className);
    }

    static FieldShape f(String name, String type, String... annotations) {
        return new FieldShape(name, type, Set.of(annotations), Link.NONE, null, false, Declaration.UNDECLARED);
    }

    static FieldShape link(String name, Link link, String target, String... annotations) {
        return new FieldShape(name, "com.example." + target, Set.of(annotations), link, "com.example." + target, false,
                Declaration.UNDECLARED);
    }

    /** A link as the shape reader records a field typed by a class without a relation annotation: a plain value. */
    static FieldShape value(String name, String type, String target) {
        return new FieldShape(name, type, Set.of(), Link.VALUE, "com.example." + target, false, Declaration.UNDECLARED);
    }
}
