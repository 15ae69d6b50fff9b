package fi.seloste.core.model;

import fi.seloste.RecipientKind;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.Country;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Term;
import fi.seloste.index.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The recipients of one register, kept apart as the law does: processors act for the controller and are not
 * disclosures (Art. 28), other controllers and authorities receive disclosures (Art. 13(1)(e)), and a recipient in a
 * country outside the EU/EEA is a transfer (Chapter V) whatever its role.
 *
 * @param processors the processors
 * @param disclosures the independent controllers and authorities that receive data
 * @param transfers every recipient in a third country, with its country
 * @param invalid keys of recipients left out because their declaration is broken (reported), so that no one concludes
 *     from the lists that there are none
 */
public record Recipients(List<Recipient> processors, List<Recipient> disclosures, List<Recipient> transfers,
        List<String> invalid) {

    /**
     * One recipient.
     *
     * @param term its declaration
     * @param country where it processes the data, or {@code null} when not stated
     */
    public record Recipient(Term term, Country country) {}

    public Recipients {
        processors = List.copyOf(processors);
        disclosures = List.copyOf(disclosures);
        transfers = List.copyOf(transfers);
        invalid = List.copyOf(invalid);
    }

    /**
     * @param activity the register
     * @param catalogue the merged declarations
     * @param problems where unknown recipients, unknown countries and transfers without a safeguard are reported
     * @return the register's recipients, in the order its fields name them
     */
    public static Recipients of(ProcessingActivity activity, Catalogue catalogue, Problems problems) {
        Set<String> keys = new LinkedHashSet<>();
        for (PersonalField f : activity.fields()) {
            keys.addAll(f.recipients());
        }
        List<Recipient> processors = new ArrayList<>();
        List<Recipient> disclosures = new ArrayList<>();
        List<Recipient> transfers = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String key : keys) {
            Term term = catalogue.terms(Vocabulary.RECIPIENTS).get(key);
            if (term == null) {
                problems.report(Diagnostic.UNKNOWN_KEY, "recipient", key);
                invalid.add(key);
                continue;
            }
            Country country = null;
            if (term.country() != null) {
                country = Country.of(term.country()).orElse(null);
                if (country == null) {
                    problems.report(Diagnostic.COUNTRY_INVALID, key, term.whereDeclared(), term.country(),
                            "which is not an ISO 3166-1 alpha-2 country code such as US or SE");
                    invalid.add(key);
                    continue;
                }
                if (country.isThirdCountry() && term.safeguard() == null) {
                    problems.report(Diagnostic.COUNTRY_INVALID, key, term.whereDeclared(), term.country(),
                            "outside the EU/EEA, but no transfer safeguard (Art. 45 to 49)");
                    invalid.add(key);
                    continue;
                }
            }
            Recipient recipient = new Recipient(term, country);
            (term.recipientKind() == RecipientKind.PROCESSOR ? processors : disclosures).add(recipient);
            if (country != null && country.isThirdCountry()) {
                transfers.add(recipient);
            }
        }
        return new Recipients(processors, disclosures, transfers, invalid);
    }
}
