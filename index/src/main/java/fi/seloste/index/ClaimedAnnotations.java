package fi.seloste.index;

import java.util.List;

/**
 * The annotations that make javac run the seloste processor: a module whose classes carry none of them needs no
 * index, so the plugin decides from this same list, read from bytecode, whether a missing index is an error.
 */
public final class ClaimedAnnotations {

    /** seloste's own annotations. */
    public static final List<String> SELOSTE = List.of(
            "fi.seloste.PersonalData", "fi.seloste.NotPersonalData", "fi.seloste.PersonalDataDefaults",
            "fi.seloste.Purpose", "fi.seloste.Register", "fi.seloste.Source", "fi.seloste.DataCategory",
            "fi.seloste.DataSubject", "fi.seloste.Recipient");

    /** Persistence annotations: the classes whose fields are checked for undeclared personal data. */
    public static final List<String> PERSISTENCE = List.of(
            "jakarta.persistence.Entity", "jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass",
            "javax.persistence.Entity", "javax.persistence.Embeddable", "javax.persistence.MappedSuperclass",
            "org.springframework.data.mongodb.core.mapping.Document",
            "org.springframework.data.relational.core.mapping.Table",
            "org.springframework.data.neo4j.core.schema.Node",
            "org.springframework.data.elasticsearch.annotations.Document");

    /** Every claimed annotation: {@link #SELOSTE} then {@link #PERSISTENCE}, as qualified names. */
    public static final List<String> ALL = concat(SELOSTE, PERSISTENCE);

    private ClaimedAnnotations() {}

    /**
     * @param qualifiedName a qualified name such as {@code fi.seloste.PersonalData}
     * @return its descriptor in class files, such as {@code Lfi/seloste/PersonalData;}
     */
    public static String descriptor(String qualifiedName) {
        return "L" + qualifiedName.replace('.', '/') + ";";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
