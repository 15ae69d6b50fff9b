package fi.seloste.core.model;

import fi.seloste.Practice;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Undeclared;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One register (processing activity): one entry of the Art. 30 record and one privacy notice per language.
 *
 * @param id the register id; {@code default} for fields that name no register
 * @param names the name by language
 * @param descriptions the description by language
 * @param subjects the data-subject keys of the register and its fields
 * @param publicAuthority whether a public authority keeps it
 * @param none the practices the register itself declares absent ({@code @Register(none = ...)})
 * @param organisationNone the practices the organisation declares absent for registers that declare nothing else
 * @param declaredIn where the register is declared, for messages
 * @param fields its fields, sorted by class and field
 * @param undeclared fields of it that look personal but are not declared (warning mode), sorted
 */
public record ProcessingActivity(String id, Map<String, String> names, Map<String, String> descriptions,
        List<String> subjects, boolean publicAuthority, Set<Practice> none, Set<Practice> organisationNone, String declaredIn,
        List<PersonalField> fields, List<Undeclared> undeclared) {

    /** The id of the register that holds fields naming no register. */
    public static final String DEFAULT_ID = "default";

    public ProcessingActivity {
        names = Map.copyOf(names);
        descriptions = Map.copyOf(descriptions);
        subjects = List.copyOf(subjects);
        none = Set.copyOf(none);
        organisationNone = Set.copyOf(organisationNone);
        fields = List.copyOf(fields);
        undeclared = List.copyOf(undeclared);
    }

    /**
     * @param practice a practice
     * @return whether the register or the organisation declares that it does not use it
     */
    public boolean declaresNone(Practice practice) {
        return none.contains(practice) || organisationNone.contains(practice);
    }
}
