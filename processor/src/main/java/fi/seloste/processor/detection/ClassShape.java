package fi.seloste.processor.detection;

import java.util.List;
import java.util.Set;

/**
 * What the detector sees of a class, so that a field is judged with the class it is stored in: the class's name, what
 * it is to the persistence layer, its superclass and its fields with their types, annotations and links to other
 * classes. Built by {@link ShapeReader} from javac's elements; plain data, so tests can build one by hand.
 *
 * @param name the binary name ({@code com.example.Order$Line})
 * @param simpleName the simple name ({@code Line})
 * @param role what the class is to the persistence layer
 * @param superclass the binary name of the superclass when the detector knows it as a shape, else {@code null}
 * @param fields the instance fields in declaration order (record components included)
 */
public record ClassShape(String name, String simpleName, Role role, String superclass, List<FieldShape> fields) {

    /** What a class is to the persistence layer. */
    public enum Role {
        /** {@code @Entity} or a Spring Data document or table: its own rows. */
        ENTITY,
        /** {@code @Embeddable}: stored in the rows of the classes that embed it. */
        EMBEDDABLE,
        /** {@code @MappedSuperclass}: stored in the rows of its subclasses. */
        MAPPED_SUPERCLASS,
        /** A class or record checked because its package is a data package, such as a DTO. */
        DATA
    }

    /** How a field reaches another class. */
    public enum Link {
        /** No class the detector knows: text, numbers, dates, enums, library types. */
        NONE,
        /** {@code @ManyToOne}: this row belongs to (or points at) one row of the other class. */
        MANY_TO_ONE,
        /** {@code @OneToOne}: one row of the other class goes with this one. */
        ONE_TO_ONE,
        /** {@code @OneToMany}, or an unannotated collection of entities: rows of the other class that are part of this one. */
        ONE_TO_MANY,
        /** {@code @ManyToMany}: rows shared with other rows, such as roles or groups. */
        MANY_TO_MANY,
        /** {@code @Embedded}, {@code @ElementCollection} or an embeddable: columns of this row (or a child table). */
        EMBEDDED,
        /** A field whose type is another data class, such as a DTO inside a DTO: a nested value. */
        VALUE
    }

    /** Whether a field says what it holds. */
    public enum Declaration {
        /** Neither annotation: the detector decides. */
        UNDECLARED,
        /** {@code @PersonalData}. */
        PERSONAL,
        /** {@code @NotPersonalData}. */
        NOT_PERSONAL,
        /** {@code transient} or {@code @Transient}: not stored, nothing to declare. */
        NOT_STORED
    }

    /**
     * One instance field.
     *
     * @param name the field name
     * @param type the type as {@code TypeMirror.toString()} prints it
     * @param annotations the simple names of its annotations ({@code Id}, {@code ManyToOne}, {@code CreatedDate})
     * @param link how it reaches {@code target}
     * @param target the binary name of the class it reaches (the element type of a collection), or {@code null}
     * @param enumType whether the type (or its element type) is an enum
     * @param declaration whether it is declared
     */
    public record FieldShape(String name, String type, Set<String> annotations, Link link, String target, boolean enumType,
            Declaration declaration) {

        boolean annotated(String simpleName) {
            return annotations.contains(simpleName);
        }
    }
}
