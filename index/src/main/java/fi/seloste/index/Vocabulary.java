package fi.seloste.index;

/**
 * The vocabularies a field refers to by key (sources, data categories, data subjects, recipients), each with its
 * name in the index, the annotation that declares entries and seloste's class of built-in entries.
 */
public enum Vocabulary {
    SOURCES("source", "sources", "fi.seloste.Source", "fi.seloste.Sources"),
    CATEGORIES("data category", "categories", "fi.seloste.DataCategory", "fi.seloste.DataCategories"),
    SUBJECTS("data subject", "subjects", "fi.seloste.DataSubject", "fi.seloste.DataSubjects"),
    RECIPIENTS("recipient", "recipients", "fi.seloste.Recipient", null);

    private final String noun;
    private final String indexName;
    private final String annotation;
    private final String builtIn;

    Vocabulary(String noun, String indexName, String annotation, String builtIn) {
        this.noun = noun;
        this.indexName = indexName;
        this.annotation = annotation;
        this.builtIn = builtIn;
    }

    /** @return what an entry is called in messages, such as {@code data category} */
    public String noun() {
        return noun;
    }

    /** @return the vocabulary's name in the index, such as {@code categories} */
    public String indexName() {
        return indexName;
    }

    /** @return the declaring annotation's qualified name */
    public String annotation() {
        return annotation;
    }

    /** @return the declaring annotation's simple name */
    public String annotationSimpleName() {
        return annotation.substring(annotation.lastIndexOf('.') + 1);
    }

    /** @return the qualified name of seloste's class with built-in entries, or {@code null} */
    public String builtIn() {
        return builtIn;
    }

    /**
     * @param indexName a vocabulary's name in the index
     * @return the vocabulary, or {@code null} when there is none of that name
     */
    public static Vocabulary ofIndexName(String indexName) {
        for (Vocabulary v : values()) {
            if (v.indexName.equals(indexName)) {
                return v;
            }
        }
        return null;
    }

    /**
     * @param className a binary class name
     * @return whether it is one of seloste's classes with built-in entries (user code may live under
     *     {@code fi.seloste} too, so the package alone does not say)
     */
    public static boolean isBuiltIn(String className) {
        for (Vocabulary v : values()) {
            if (className != null && className.equals(v.builtIn)) {
                return true;
            }
        }
        return false;
    }
}
