package fi.seloste.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every language bundle has exactly the Finnish keys, with the same placeholders, so no notice misses a text. */
class TranslationsTest {

    @Test
    void theThreeLanguagesAreAvailable() {
        assertEquals(Set.of("en", "fi", "sv"), Translations.available());
    }

    @Test
    void everyBundleHasTheSameKeysAndPlaceholders() {
        Translations fi = Translations.of("fi");
        for (String language : Translations.available()) {
            Translations other = Translations.of(language);
            assertEquals(fi.all().keySet(), other.all().keySet(), language);
            for (String key : fi.all().keySet()) {
                assertEquals(placeholders(fi.get(key)), placeholders(other.get(key)), language + ": " + key);
                assertTrue(!other.get(key).isBlank(), language + ": " + key + " is blank");
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
