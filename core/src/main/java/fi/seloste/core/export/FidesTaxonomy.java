package fi.seloste.core.export;

import fi.seloste.LegalBasis;
import fi.seloste.SpecialCategoryCondition;
import fi.seloste.TransferSafeguard;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which entry of Fides' own taxonomy (fideslang: data categories, data uses, data subjects, and the legal-basis names
 * of its models) stands for each of seloste's terms, kept in one table. A seloste term without an entry is exported
 * as a new entry under the nearest Fides parent ({@code user} for a data category), as Fides extends its taxonomy.
 */
final class FidesTaxonomy {

    private FidesTaxonomy() {}

    /** {@code LegalBasisForProcessingEnum} values. */
    static final Map<LegalBasis, String> LEGAL_BASES = new EnumMap<>(Map.of(
            LegalBasis.CONSENT, "Consent",
            LegalBasis.CONTRACT, "Contract",
            LegalBasis.LEGAL_OBLIGATION, "Legal obligations",
            LegalBasis.VITAL_INTERESTS, "Vital interests",
            LegalBasis.PUBLIC_TASK, "Public interest",
            LegalBasis.LEGITIMATE_INTERESTS, "Legitimate interests"));

    /** {@code SpecialCategoryLegalBasisEnum} values. */
    static final Map<SpecialCategoryCondition, String> SPECIAL_CONDITIONS = new EnumMap<>(Map.of(
            SpecialCategoryCondition.EXPLICIT_CONSENT, "Explicit consent",
            SpecialCategoryCondition.EMPLOYMENT_AND_SOCIAL_SECURITY, "Employment, social security and social protection",
            SpecialCategoryCondition.VITAL_INTERESTS, "Vital interests",
            SpecialCategoryCondition.NOT_FOR_PROFIT_MEMBERS, "Not-for-profit bodies",
            SpecialCategoryCondition.MADE_PUBLIC, "Made public by the data subject",
            SpecialCategoryCondition.LEGAL_CLAIMS, "Legal claims or judicial acts",
            SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST, "Reasons of substantial public interest (with a basis in law)",
            SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE, "Health or social care (with a basis in law)",
            SpecialCategoryCondition.PUBLIC_HEALTH, "Public health (with a basis in law)",
            SpecialCategoryCondition.ARCHIVING_RESEARCH_STATISTICS, "Archiving, research and statistics (with a basis in law)"));

    /** {@code LegalBasisForTransfersEnum} values; the Data Privacy Framework is an adequacy decision. */
    static final Map<TransferSafeguard, String> SAFEGUARDS = new EnumMap<>(Map.of(
            TransferSafeguard.ADEQUACY_DECISION, "Adequacy Decision",
            TransferSafeguard.DATA_PRIVACY_FRAMEWORK, "Adequacy Decision",
            TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES, "SCCs",
            TransferSafeguard.BINDING_CORPORATE_RULES, "BCRs",
            TransferSafeguard.DEROGATION, "Other"));

    /** The built-in data categories, as Fides data categories. */
    static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("identity", "user.name"),
            Map.entry("contact", "user.contact"),
            Map.entry("identity-code", "user.government_id.national_identification_number"),
            Map.entry("health", "user.health_and_medical"),
            Map.entry("financial", "user.financial"),
            Map.entry("location", "user.location"),
            Map.entry("online-identifiers", "user.device"),
            Map.entry("communication-content", "user.content.private"),
            Map.entry("usage", "user.behavior"),
            Map.entry("employment", "user.workplace"),
            Map.entry("other", "user"));

    /** The built-in groups of data subjects that Fides has too. */
    static final Map<String, String> SUBJECTS = Map.of(
            "customer", "customer",
            "patient", "patient",
            "employee", "employee",
            "visitor", "visitor");

    /** @return the Fides data use of a purpose: marketing communications, a legal obligation, or the service itself */
    static String dataUse(boolean directMarketing, LegalBasis basis) {
        if (directMarketing) {
            return "marketing.communications";
        }
        return basis == LegalBasis.LEGAL_OBLIGATION ? "essential.legal_obligation" : "essential.service";
    }

    /** @return the entry for a key, or {@code null} for none or for a free text (no key) */
    static String of(Map<String, String> entries, String key) {
        return key == null ? null : entries.get(key);
    }

    /** @return a Fides key made of a seloste key or text: what {@code FIDES_KEY_PATTERN} forbids becomes {@code _} */
    static String key(String text) {
        StringBuilder key = new StringBuilder();
        text.codePoints().forEach(c -> key.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')
                ? (char) c : '_'));
        return key.toString();
    }
}
