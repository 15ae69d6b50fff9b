package fi.seloste.processor.model;

/** The vocabularies a field refers to by key, with the annotation that declares entries and the built-in class. */
public enum TermKind {
    SOURCE("source", "sources", "fi.seloste.Source", "fi.seloste.Sources"),
    CATEGORY("data category", "categories", "fi.seloste.DataCategory", "fi.seloste.DataCategories"),
    SUBJECT("data subject", "subjects", "fi.seloste.DataSubject", "fi.seloste.DataSubjects"),
    RECIPIENT("recipient", "recipients", "fi.seloste.Recipient", null);

    private final String noun;
    private final String indexName;
    private final String annotation;
    private final String builtIn;

    TermKind(String noun, String indexName, String annotation, String builtIn) {
        this.noun = noun;
        this.indexName = indexName;
        this.annotation = annotation;
        this.builtIn = builtIn;
    }

    /** @return what an entry is called in messages */
    public String noun() {
        return noun;
    }

    /** @return the vocabulary's name in the index */
    public String indexName() {
        return indexName;
    }

    /** @return the declaring annotation's qualified name */
    public String annotation() {
        return annotation;
    }

    /** @return the qualified name of the class with built-in entries, or {@code null} */
    public String builtIn() {
        return builtIn;
    }

    /**
     * @param className a binary class name
     * @return whether it is one of seloste's classes with built-in entries (user code may live under
     *     {@code fi.seloste} too, so the package alone does not say)
     */
    public static boolean isBuiltIn(String className) {
        for (TermKind kind : values()) {
            if (className.equals(kind.builtIn)) {
                return true;
            }
        }
        return false;
    }

    /** @return the declaring annotation's simple name */
    public String annotationSimpleName() {
        return annotation.substring(annotation.lastIndexOf('.') + 1);
    }
}
