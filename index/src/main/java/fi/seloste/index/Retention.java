package fi.seloste.index;

import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;
import java.util.Map;

/**
 * How long a field is kept, as the law writes it: a period counted from an event (four months from the end of the
 * conversation), optionally with another period for when that event is not known (twelve years after death, or, when
 * the date of death is unknown, 120 years from birth); or criteria when no fixed period can be given; and the law that
 * sets it, if any. Texts are in Finnish, with their other languages beside them.
 *
 * @param period the period, or {@code null} with criteria
 * @param from the event the period runs from, or {@code null} with criteria
 * @param criteria the criteria deciding the time in Finnish, or {@code null} with a period
 * @param law the law that sets it, in Finnish, or {@code null}
 * @param otherwisePeriod the period that applies when {@code from} is not known, or {@code null}
 * @param otherwiseFrom the event {@code otherwisePeriod} runs from, or {@code null}
 * @param criteriaTexts the criteria in other languages ({@code sv}, {@code en}), possibly empty
 * @param lawTexts the law in other languages, possibly empty
 */
public record Retention(RetentionPeriod period, RetentionTrigger from, String criteria, String law,
        RetentionPeriod otherwisePeriod, RetentionTrigger otherwiseFrom, Map<String, String> criteriaTexts,
        Map<String, String> lawTexts) {

    /** Texts left out are empty, never null; none can change. */
    public Retention {
        criteriaTexts = Records.map(criteriaTexts);
        lawTexts = Records.map(lawTexts);
    }

    /**
     * A rule with its texts in Finnish only and no fallback period.
     *
     * @param period see the record @param from see the record @param criteria see the record @param law see the record
     */
    public Retention(RetentionPeriod period, RetentionTrigger from, String criteria, String law) {
        this(period, from, criteria, law, null, null, Map.of(), Map.of());
    }

    /**
     * @param language a language code
     * @return the criteria in that language, or {@code null} when it has none
     */
    public String criteria(String language) {
        return criteria == null ? null : language.equals("fi") ? criteria : criteriaTexts.get(language);
    }

    /**
     * @param language a language code
     * @return the law in that language, or {@code null} when it has none
     */
    public String law(String language) {
        return law == null ? null : language.equals("fi") ? law : lawTexts.get(language);
    }
}
