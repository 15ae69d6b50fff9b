package fi.seloste.processor.detection;

import static fi.seloste.processor.detection.Dictionary.ACTOR_VERBS;
import static fi.seloste.processor.detection.Dictionary.BY;
import static fi.seloste.processor.detection.Dictionary.PERSON_CLASS;

import fi.seloste.processor.detection.ClassShape.FieldShape;
import fi.seloste.processor.detection.ClassShape.Link;
import fi.seloste.processor.detection.ClassShape.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the shapes of classes say beyond their names, for {@link ClassContexts} and {@link FieldJudge}: whether a
 * class's rows have a key of their own (and so are referred to, not stored with a field's class), which field is a
 * class's own surrogate key, whether a link names an audit actor, and which glued class-name head ends in a person word.
 */
final class ShapeFacts {

    private final Map<String, ClassShape> shapes;
    /** Whether each class's rows have a key of their own, decided once per class. */
    private final Map<String, Boolean> keyedClasses = new HashMap<>();
    /** Whether each link name names an audit actor; contexts are decided in rounds, names are read once. */
    private final Map<String, Boolean> auditActors = new HashMap<>();

    /** @param shapes the classes of the round by binary name, filled by {@link ClassContexts} before it asks */
    ShapeFacts(Map<String, ClassShape> shapes) {
        this.shapes = shapes;
    }

    /**
     * How a field links to its target, read with the target: a plain field whose class has its own key (an
     * {@code @Id}, or a number or UUID named after the class, {@code Concept.conceptId}) refers to a row of its own,
     * as a {@code @ManyToOne} or {@code @OneToMany} would, and is not a value stored with the field's class (a
     * patient's {@code causeOfDeath} names a concept of the dictionary; it does not make the dictionary a person's).
     */
    Link linkOf(FieldShape field) {
        if (field.link() != Link.VALUE || field.target() == null) {
            return field.link();
        }
        ClassShape target = shapes.get(field.target());
        if (target == null || !keyed(target)) {
            return field.link();
        }
        String type = field.type() == null ? "" : field.type();
        return type.indexOf('<') >= 0 || type.endsWith("[]") ? Link.ONE_TO_MANY : Link.MANY_TO_ONE;
    }

    /** Whether a class's rows have a key of their own: an {@code @Id} or a key named after the class. */
    private boolean keyed(ClassShape shape) {
        return keyedClasses.computeIfAbsent(shape.name(), n -> {
            if (shape.role() == Role.EMBEDDABLE) {
                return false;
            }
            for (FieldShape f : storedFields(shape)) {
                if (f.annotated("Id") || f.annotated("EmbeddedId") || ownKey(shape, f)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Whether a field is the class's own surrogate key by its name (guide N1): a number or UUID named after the class
     * or one of its superclasses, {@code Patient.patientId}, {@code Obs.obsId}, {@code Wahl.wahlId}. A text key named
     * so ({@code ulkomainenHenkilonumeroId}) may be a person's number and is judged by its words.
     */
    static boolean ownKey(ClassShape owner, FieldShape field) {
        String name = field.name();
        String simple = owner.simpleName();
        if (name.length() != simple.length() + 2 || !name.regionMatches(true, 0, simple, 0, simple.length())
                || !name.regionMatches(true, simple.length(), "id", 0, 2)) {
            return false;
        }
        String type = field.type() == null ? "" : field.type();
        return switch (type) {
            case "int", "long", "short", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "Integer", "Long",
                    "Short", "java.util.UUID", "UUID", "java.math.BigInteger", "BigInteger" -> true;
            default -> false;
        };
    }

    /** The fields of a class and of its known superclasses: a row of the class stores them all. */
    List<FieldShape> storedFields(ClassShape shape) {
        List<FieldShape> fields = new ArrayList<>(shape.fields());
        Set<String> seen = new HashSet<>();
        ClassShape parent = shape.superclass() == null ? null : shapes.get(shape.superclass());
        while (parent != null && seen.add(parent.name())) {
            fields.addAll(parent.fields());
            parent = parent.superclass() == null ? null : shapes.get(parent.superclass());
        }
        return fields;
    }

    /**
     * Whether a link field names who did something to the row: an actor verb before "by" ({@code createdBy},
     * {@code retiredBy}, {@code geaendertVon}, {@code skapadAv}) or an actor noun alone ({@code creator}).
     */
    boolean auditActor(FieldShape field) {
        return auditActors.computeIfAbsent(field.name(), name -> {
            List<String> words = nameWords(name);
            int n = words.size();
            if (n == 1) {
                return ACTOR_VERBS.contains(words.get(0));
            }
            return n >= 2 && BY.contains(words.get(n - 1)) && ACTOR_VERBS.contains(words.get(n - 2));
        });
    }

    /**
     * The person word a glued compound head ends with, or null: German, Finnish and Swedish glue the words of a class
     * name ({@code Wahlvorstandsmitglied}, {@code Oikeustulkki}, {@code Privatlakare}), and the last one says what the
     * rows are. Only heads that are no known word are cut, after at least three letters, and only at a person word of
     * at least five letters, so that short words ({@code kind}, {@code user}) never cut a name.
     */
    static String personHead(String head) {
        return gluedHead(head, PERSON_CLASS);
    }

    /**
     * The word of {@code heads} a glued class-name head ends with, by the rule of {@link #personHead}: an organisation
     * heads a glued name as it heads a camel-case one ({@code Praktikumsstelle}, a position of an office, like
     * {@code Stelle}). Things do not: a glued group or list ({@code Tietoryhma}) is often a group of a person's data.
     */
    static String gluedHead(String head, Set<String> heads) {
        if (head.length() < 8 || Dictionary.VOCABULARY.contains(head)) {
            return null;
        }
        for (String word : heads) {
            if (word.length() >= 5 && head.length() - word.length() >= 3 && head.endsWith(word)) {
                return word;
            }
        }
        return null;
    }

    private static List<String> nameWords(String name) {
        return ClassContexts.nameWords(name);
    }
}
