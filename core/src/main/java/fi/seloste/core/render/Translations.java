package fi.seloste.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The texts of one language, read from the UTF-8 bundle {@code fi/seloste/i18n/notice_<lang>.properties};
 * adding a language means adding a bundle, not code.
 */
public final class Translations {

    private static final String BUNDLE = "fi/seloste/i18n/notice_%s.properties";

    /** Languages are probed from this list; a language is available when its bundle exists. */
    private static final String[] CANDIDATES = java.util.Locale.getISOLanguages();

    private final String language;
    private final Map<String, String> texts;

    private Translations(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** @return the languages that have a bundle */
    public static Set<String> available() {
        Set<String> result = new TreeSet<>();
        ClassLoader loader = Translations.class.getClassLoader();
        for (String candidate : CANDIDATES) {
            if (loader.getResource(String.format(java.util.Locale.ROOT, BUNDLE, candidate)) != null) {
                result.add(candidate);
            }
        }
        return result;
    }

    /**
     * @param language an available language code, such as {@code fi}
     * @return its texts
     */
    public static Translations of(String language) {
        String name = String.format(java.util.Locale.ROOT, BUNDLE, language);
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no translations for language '" + language + "'");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return new Translations(language, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the language code */
    public String language() {
        return language;
    }

    /** @return every text by key, for templates */
    public Map<String, String> all() {
        return texts;
    }

    /**
     * @param key the text key
     * @return the text
     * @throws IllegalStateException when the bundle lacks the key, which is a defect in the bundle
     */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("translation '" + key + "' is missing for language '" + language + "'");
        }
        return text;
    }

    /**
     * @param key the text key
     * @param args values for {@code {0}}, {@code {1}} ...; replaced literally, so apostrophes need no quoting
     * @return the text with the values filled in
     */
    public String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
