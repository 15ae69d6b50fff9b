package fi.seloste.processor.validation;

import fi.seloste.index.Country;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.VariableElement;

/**
 * The GDPR Chapter V rules for a {@code @Recipient}'s country and safeguard, on the same country table the notice
 * names countries from ({@link Country}): a country is an assigned ISO 3166-1 alpha-2 code; a member state of the
 * EU/EEA is not a transfer and takes no safeguard; a third country needs one, and the one it names must exist for
 * that country (an adequacy decision only where the Commission made one, the Data Privacy Framework only for the
 * United States). One error per recipient, the first that applies.
 */
final class TransferRules {

    private static final String US = "US";

    private final Reporter reporter;

    TransferRules(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * @param field the {@code @Recipient} constant
     * @param a its annotation
     * @param where the constant, for messages
     * @param code the country as written, stripped, or {@code null}
     * @param safeguard the safeguard's constant name ({@code NONE} when not written)
     */
    void check(VariableElement field, AnnotationValues a, String where, String code, String safeguard) {
        if (code == null) {
            if (!safeguard.equals("NONE")) {
                reporter.report(Diagnostic.SAFEGUARD_WITHOUT_COUNTRY, field, a.mirror(), a.value("safeguard"), where, safeguard);
            }
            return;
        }
        Optional<Country> found = Country.of(code);
        if (found.isEmpty()) {
            String upper = code.toUpperCase(Locale.ROOT);
            String hint = !upper.equals(code) && Country.of(upper).isPresent() ? " Did you mean '" + upper + "'?" : "";
            reporter.report(Diagnostic.COUNTRY_UNKNOWN, field, a.mirror(), a.value("country"), where, code, hint);
            return;
        }
        Country country = found.get();
        String name = country.name("en");
        if (!country.isThirdCountry()) {
            if (!safeguard.equals("NONE")) {
                reporter.report(Diagnostic.SAFEGUARD_INSIDE_EEA, field, a.mirror(), a.value("safeguard"), where, code, name,
                        safeguard);
            }
            return;
        }
        switch (safeguard) {
            case "NONE" -> reporter.report(Diagnostic.TRANSFER_WITHOUT_SAFEGUARD, field, a.mirror(), a.value("country"),
                    where, code, suggestion(country));
            case "ADEQUACY_DECISION" -> {
                if (country.area() == Country.Area.DATA_PRIVACY_FRAMEWORK) {
                    reporter.report(Diagnostic.SAFEGUARD_DOES_NOT_FIT, field, a.mirror(), a.value("safeguard"), where, code,
                            name, safeguard, "the Commission's adequacy decision for the United States covers only "
                                    + "organisations certified under the EU-US Data Privacy Framework",
                            "safeguard = TransferSafeguard.DATA_PRIVACY_FRAMEWORK when the recipient is certified, "
                                    + "otherwise STANDARD_CONTRACTUAL_CLAUSES");
                } else if (country.area() == Country.Area.THIRD_COUNTRY) {
                    reporter.report(Diagnostic.SAFEGUARD_DOES_NOT_FIT, field, a.mirror(), a.value("safeguard"), where, code,
                            name, safeguard, "the European Commission has made no adequacy decision (Art. 45) for it",
                            "safeguard = TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES, BINDING_CORPORATE_RULES or "
                                    + "DEROGATION, the one that applies");
                }
            }
            case "DATA_PRIVACY_FRAMEWORK" -> {
                if (!code.equals(US)) {
                    reporter.report(Diagnostic.SAFEGUARD_DOES_NOT_FIT, field, a.mirror(), a.value("safeguard"), where, code,
                            name, safeguard, "the EU-US Data Privacy Framework covers only recipients in the United States",
                            country.area() == Country.Area.ADEQUACY_DECISION
                                    ? "safeguard = TransferSafeguard.ADEQUACY_DECISION"
                                    : "safeguard = TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES, BINDING_CORPORATE_RULES "
                                            + "or DEROGATION, the one that applies");
                }
            }
            default -> {
                // standard contractual clauses, binding corporate rules and derogations serve any third country
            }
        }
    }

    /** The safeguard to suggest for a third country without one. */
    private static String suggestion(Country country) {
        return switch (country.area()) {
            case ADEQUACY_DECISION -> "TransferSafeguard.ADEQUACY_DECISION (the Commission has one for " + country.name("en")
                    + ")";
            case DATA_PRIVACY_FRAMEWORK -> "TransferSafeguard.DATA_PRIVACY_FRAMEWORK (when the recipient is certified "
                    + "under it) or STANDARD_CONTRACTUAL_CLAUSES";
            default -> "TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES (or the one that applies)";
        };
    }
}
