package fi.seloste.core.render;

import fi.seloste.SpecialCategoryCondition;
import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.model.ProcessingActivity;
import fi.seloste.core.rights.ApplicableRight;
import fi.seloste.core.rights.Limitation;
import fi.seloste.core.rights.RightsFacts;
import fi.seloste.core.rights.RightsRules;
import fi.seloste.index.PersonalField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words the rights a register's legal facts give, in one language: which rights apply and what limits them is the
 * rule table's decision ({@link RightsRules}); this class only gathers the register's facts for it and finds the
 * sentences.
 */
final class RightsText {

    /**
     * One right as a notice states it.
     *
     * @param key the right's key @param title its title with the article @param text what it means
     * @param notes what limits it here, possibly none
     */
    public record Right(String key, String title, String text, List<String> notes) {}

    private final Translations t;

    RightsText(Translations t) {
        this.t = t;
    }

    /**
     * @param activity the register
     * @param purposes its purposes, with their bases and whether they are direct marketing
     * @param conditions the Art. 9(2) conditions of its special-category data
     * @param automatedDecisions whether automated decisions are declared for it
     * @return the rights the rule table gives, in its order, each with the sentences that limit it
     */
    List<Right> rights(ProcessingActivity activity, List<DeclaredPurpose> purposes, Set<SpecialCategoryCondition> conditions,
            boolean automatedDecisions) {
        List<String> laws = new ArrayList<>();
        for (PersonalField f : activity.fields()) {
            String law = f.retention().law(t.language()) != null ? f.retention().law(t.language()) : f.retention().law();
            if (law != null && !laws.contains(law)) {
                laws.add(law);
            }
        }
        RightsFacts facts = new RightsFacts(NoticeModel.bases(purposes), conditions, laws, activity.publicAuthority(),
                purposes.stream().anyMatch(DeclaredPurpose::directMarketing), automatedDecisions);
        List<Right> rights = new ArrayList<>();
        for (ApplicableRight applicable : RightsRules.of(facts)) {
            List<String> notes = new ArrayList<>();
            for (Limitation limitation : applicable.limitations()) {
                notes.add(limitation.takesLaws()
                        ? t.format("right.limit." + limitation.key(), String.join(", ", applicable.laws()))
                        : t.get("right.limit." + limitation.key()));
            }
            rights.add(right(applicable.right().key(), notes));
        }
        return rights;
    }

    private Right right(String key, List<String> notes) {
        return new Right(key, t.get("right." + key + ".title"), t.get("right." + key + ".text"), List.copyOf(notes));
    }
}
