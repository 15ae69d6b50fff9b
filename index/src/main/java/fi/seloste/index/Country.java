package fi.seloste.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A country by its ISO 3166-1 alpha-2 code, with whether data sent there leave the EU/EEA and under which adequacy
 * decision, and its name in Finnish, Swedish and English, so that the processor and the notice agree on what is a
 * transfer (GDPR Chapter V) and every JDK prints the same names.
 *
 * @param code the upper-case two-letter code, such as {@code SE}
 * @param area where the country stands under Chapter V
 * @param names the country's name by language ({@code fi}, {@code sv}, {@code en})
 */
public record Country(String code, Area area, Map<String, String> names) {

    /** Where a country stands under GDPR Chapter V. */
    public enum Area {
        /** A member state of the European Union: not a transfer. */
        EU_MEMBER,
        /** Iceland, Liechtenstein or Norway, in the EEA: not a transfer. */
        EEA_MEMBER,
        /** A third country with an adequacy decision of the Commission (Art. 45), such as Switzerland or Japan. */
        ADEQUACY_DECISION,
        /** The United States: adequate only for organisations certified under the EU–US Data Privacy Framework. */
        DATA_PRIVACY_FRAMEWORK,
        /** A third country without an adequacy decision: a transfer needs Art. 46, 47 or 49. */
        THIRD_COUNTRY
    }

    private static final String RESOURCE = "countries.tsv";
    private static final Map<String, Country> ALL = load();

    /** The names can not change. */
    public Country {
        names = Records.map(names);
    }

    /**
     * @param code a code as written, such as {@code "SE"}
     * @return the country, when {@code code} is an assigned ISO 3166-1 alpha-2 code in upper case
     */
    public static Optional<Country> of(String code) {
        return Optional.ofNullable(code == null ? null : ALL.get(code));
    }

    /** @return whether sending data there is a transfer outside the EU/EEA */
    public boolean isThirdCountry() {
        return area != Area.EU_MEMBER && area != Area.EEA_MEMBER;
    }

    /**
     * @param language a language code
     * @return the country's name in that language, else in English
     */
    public String name(String language) {
        return names.getOrDefault(language, names.get("en"));
    }

    private static Map<String, Country> load() {
        Map<String, Country> countries = new TreeMap<>();
        try (InputStream in = Country.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the seloste-index jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Area area = switch (cells[1]) {
                    case "EU" -> Area.EU_MEMBER;
                    case "EEA" -> Area.EEA_MEMBER;
                    case "ADEQUATE" -> Area.ADEQUACY_DECISION;
                    case "DPF" -> Area.DATA_PRIVACY_FRAMEWORK;
                    default -> Area.THIRD_COUNTRY;
                };
                countries.put(cells[0], new Country(cells[0], area, Map.of("fi", cells[2], "sv", cells[3], "en", cells[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(countries);
    }
}
