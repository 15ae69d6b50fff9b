package fi.seloste.core.model;

import fi.seloste.index.PersonalField;
import java.util.List;
import java.util.Map;

/**
 * One register (processing activity): one entry of the Art. 30 record and one privacy notice per language.
 *
 * @param id the register id; {@code default} for fields that name no register
 * @param names the name by language
 * @param descriptions the description by language
 * @param subjects the data-subject keys of the register and its fields
 * @param publicAuthority whether a public authority keeps it
 * @param fields its fields, sorted by class and field
 */
public record ProcessingActivity(String id, Map<String, String> names, Map<String, String> descriptions,
        List<String> subjects, boolean publicAuthority, List<PersonalField> fields) {

    /** The id of the register that holds fields naming no register. */
    public static final String DEFAULT_ID = "default";

    public ProcessingActivity {
        names = Map.copyOf(names);
        descriptions = Map.copyOf(descriptions);
        subjects = List.copyOf(subjects);
        fields = List.copyOf(fields);
    }
}
