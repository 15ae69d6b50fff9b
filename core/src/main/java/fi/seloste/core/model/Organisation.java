package fi.seloste.core.model;

import fi.seloste.Practice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts about the organisation that the code cannot know, taken from the build configuration.
 *
 * @param controller the controller
 * @param jointControllers joint controllers (Art. 26), possibly empty
 * @param representative the controller's representative (Art. 27), or {@code null}
 * @param contactPersons the contact persons or channels for register matters, possibly empty
 * @param dpo the data protection officer, or {@code null} when none is designated
 * @param publicAuthority whether the controller is a public authority
 * @param securityManual security-measure keys for manual material
 * @param securityElectronic security-measure keys for electronic material
 * @param texts free texts (Markdown) by topic ({@code security}, {@code automated}, {@code cookies},
 *     {@code consequences}, {@code requests}) and language
 * @param changes the notice's change history, oldest first
 * @param none the practices the organisation declares it does not use, for every register (its {@code <none>})
 * @param rights rights that registers add to the GDPR's, such as national ones
 */
public record Organisation(Controller controller, List<Controller> jointControllers, Controller representative,
        List<Contact> contactPersons, Contact dpo, boolean publicAuthority, List<String> securityManual,
        List<String> securityElectronic, Map<String, Map<String, String>> texts, List<Change> changes,
        Set<Practice> none, List<AdditionalRight> rights) {

    /**
     * A right a register or the organisation adds to the notice's rights section, such as the right to forbid
     * disclosure to the Kanta services, with its texts in each language.
     *
     * @param register the register it belongs to, or {@code null} for every register
     * @param titles the title by language
     * @param texts what it means, by language
     */
    public record AdditionalRight(String register, Map<String, String> titles, Map<String, String> texts) {
        public AdditionalRight {
            titles = Map.copyOf(titles);
            texts = Map.copyOf(texts);
        }
    }

    /**
     * @param key a practice as written in the POM, such as {@code transfers} or {@code regular-disclosures}
     * @return the practice, when the key names one
     */
    public static Optional<Practice> practice(String key) {
        for (Practice p : Practice.values()) {
            if (keyOf(p).equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * @param practice a practice
     * @return how the POM writes it: {@code regular-disclosures}, {@code transfers}, {@code automated-decisions}
     */
    public static String keyOf(Practice practice) {
        return practice.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * @param with the practices to declare absent
     * @return this organisation, declaring those practices absent for every register
     */
    public Organisation declaringNone(Set<Practice> with) {
        return new Organisation(controller, jointControllers, representative, contactPersons, dpo, publicAuthority,
                securityManual, securityElectronic, texts, changes, with, rights);
    }

    /** Texts get {@code \n} line ends, so a file checked out with {@code \r\n} gives the same documents. */
    public Organisation {
        contactPersons = contactPersons == null ? List.of() : List.copyOf(contactPersons);
        rights = rights == null ? List.of() : List.copyOf(rights);
        none = none == null || none.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(none));
        if (texts != null) {
            Map<String, Map<String, String>> unix = new java.util.TreeMap<>();
            texts.forEach((topic, byLanguage) -> {
                Map<String, String> clean = new java.util.TreeMap<>();
                if (byLanguage != null) {
                    byLanguage.forEach((language, text) -> clean.put(language,
                            text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n')));
                }
                unix.put(topic, java.util.Collections.unmodifiableMap(clean));
            });
            texts = java.util.Collections.unmodifiableMap(unix);
        }
    }

    /**
     * @param topic a topic of {@link #TOPICS}
     * @return the POM parameter that sets it, such as {@code securityText} for {@code security}
     */
    public static String parameterOf(String topic) {
        return switch (topic) {
            case "security" -> "securityText";
            case "automated" -> "automatedDecisions";
            case "requests" -> "rightsRequests";
            default -> topic;
        };
    }

    /** The free-text topics an organisation can write. */
    public static final List<String> TOPICS = List.of("security", "automated", "cookies", "consequences", "requests");

    /**
     * One entry of the change history.
     *
     * @param date when
     * @param descriptions what changed, by language
     * @param register the register whose notice it belongs to, or {@code null} for every notice (the POM's
     *     {@code <changes>}); entries made from the diff with the previous release name their register
     */
    public record Change(LocalDate date, Map<String, String> descriptions, String register) {
        public Change {
            descriptions = Map.copyOf(descriptions);
        }

        /**
         * An entry of every notice.
         *
         * @param date when
         * @param descriptions what changed, by language
         */
        public Change(LocalDate date, Map<String, String> descriptions) {
            this(date, descriptions, null);
        }

        /**
         * @param date when
         * @param description what changed, in Finnish
         */
        public Change(LocalDate date, String description) {
            this(date, Map.of("fi", description));
        }
    }

    /**
     * @param with the change history, oldest first
     * @return this organisation with that change history
     */
    public Organisation withChanges(List<Change> with) {
        return new Organisation(controller, jointControllers, representative, contactPersons, dpo, publicAuthority,
                securityManual, securityElectronic, texts, with, none, rights);
    }

    /** @return an organisation with only a controller and contacts, for tests and simple setups */
    public static Organisation of(Controller controller, Contact contactPerson, Contact dpo) {
        return new Organisation(controller, List.of(), null, contactPerson == null ? List.of() : List.of(contactPerson), dpo,
                false, List.of(), List.of(), Map.of(), List.of(), Set.of(), List.of());
    }

    /**
     * @param topic a topic of {@link #TOPICS}
     * @param language a language code
     * @return the text, or {@code null}
     */
    public String text(String topic, String language) {
        Map<String, String> byLanguage = texts.get(topic);
        return byLanguage == null ? null : byLanguage.get(language);
    }
}
