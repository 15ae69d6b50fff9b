package fi.seloste.processor.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps a label or description in every language it was written in, because records and notices are published in
 * Finnish, Swedish and English: keyed by ISO 639-1 code, with blank entries left out.
 */
public final class Texts {

    private Texts() {}

    /**
     * @param fi the Finnish text or {@code null}
     * @param sv the Swedish text or {@code null}
     * @param en the English text or {@code null}
     * @return the non-blank texts, stripped, in a sorted map
     */
    public static Map<String, String> of(String fi, String sv, String en) {
        Map<String, String> texts = new TreeMap<>();
        put(texts, "fi", fi);
        put(texts, "sv", sv);
        put(texts, "en", en);
        return texts;
    }

    private static void put(Map<String, String> texts, String language, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(language, text.strip());
        }
    }
}
