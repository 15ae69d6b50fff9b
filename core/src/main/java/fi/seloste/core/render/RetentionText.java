package fi.seloste.core.render;

import fi.seloste.RetentionPeriod;
import fi.seloste.index.Retention;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a retention rule out in words in one language, such as "4 kuukautta keskustelun
 * päättymisestä", with singular and plural forms and the trigger phrase taken from the bundle.
 */
public final class RetentionText {

    private final Translations t;

    public RetentionText(Translations translations) {
        this.t = translations;
    }

    /**
     * @param rule the rule
     * @return the rule in words
     */
    public String describe(Retention rule) {
        String criteria = rule.criteria(t.language());
        return describe(rule, criteria == null ? rule.criteria() : criteria);
    }

    /**
     * @param rule the rule
     * @param criteria its criteria in this language, when it has criteria
     * @return the rule in words, with its fallback period ("or, where that date is not known, ...") when it has one
     */
    public String describe(Retention rule, String criteria) {
        if (rule.period() == null) {
            return t.format("retention.criteria", criteria);
        }
        String main = t.format("retention.pattern", period(rule.period()), t.get("retention.from." + rule.from().name())).strip();
        if (rule.otherwisePeriod() == null) {
            return main;
        }
        return t.format("retention.otherwise", main, t.format("retention.pattern", period(rule.otherwisePeriod()),
                t.get("retention.from." + rule.otherwiseFrom().name())).strip());
    }

    /**
     * @param period the period
     * @return the period in words, such as "1 vuosi 6 kuukautta"
     */
    public String period(RetentionPeriod period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.years(), "years");
        add(parts, period.months(), "months");
        add(parts, period.weeks(), "weeks");
        add(parts, period.days(), "days");
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String last = parts.remove(parts.size() - 1);
        return String.join(t.get("period.separator"), parts) + t.get("period.lastSeparator") + last;
    }

    private void add(List<String> parts, int amount, String unit) {
        if (amount > 0) {
            parts.add(t.format("period." + unit + (amount == 1 ? ".one" : ".other"), amount));
        }
    }
}
