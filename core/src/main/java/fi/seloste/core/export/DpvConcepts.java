package fi.seloste.core.export;

import fi.seloste.LegalBasis;
import fi.seloste.RecipientKind;
import fi.seloste.SourceKind;
import fi.seloste.SpecialCategoryCondition;
import fi.seloste.TransferSafeguard;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which concept of the W3C Data Privacy Vocabulary (DPV 2.x: {@code dpv:}, the personal-data extension {@code pd:} and
 * the GDPR extension {@code eu-gdpr:}) stands for each of seloste's own legal and vocabulary terms, kept in one table
 * so the export and its test agree on it. A term without an entry here has no DPV concept of its own and is exported
 * under the generic one ({@code dpv:Purpose}, {@code dpv:PersonalData}, {@code dpv:DataSubject}) with its own label.
 */
final class DpvConcepts {

    private DpvConcepts() {}

    /** GDPR Art. 6(1)(a)-(f). */
    static final Map<LegalBasis, String> LEGAL_BASES = new EnumMap<>(Map.of(
            LegalBasis.CONSENT, "eu-gdpr:A6-1-a",
            LegalBasis.CONTRACT, "eu-gdpr:A6-1-b",
            LegalBasis.LEGAL_OBLIGATION, "eu-gdpr:A6-1-c",
            LegalBasis.VITAL_INTERESTS, "eu-gdpr:A6-1-d",
            LegalBasis.PUBLIC_TASK, "eu-gdpr:A6-1-e",
            LegalBasis.LEGITIMATE_INTERESTS, "eu-gdpr:A6-1-f"));

    /** GDPR Art. 9(2)(a)-(j). */
    static final Map<SpecialCategoryCondition, String> SPECIAL_CONDITIONS = new EnumMap<>(Map.of(
            SpecialCategoryCondition.EXPLICIT_CONSENT, "eu-gdpr:A9-2-a",
            SpecialCategoryCondition.EMPLOYMENT_AND_SOCIAL_SECURITY, "eu-gdpr:A9-2-b",
            SpecialCategoryCondition.VITAL_INTERESTS, "eu-gdpr:A9-2-c",
            SpecialCategoryCondition.NOT_FOR_PROFIT_MEMBERS, "eu-gdpr:A9-2-d",
            SpecialCategoryCondition.MADE_PUBLIC, "eu-gdpr:A9-2-e",
            SpecialCategoryCondition.LEGAL_CLAIMS, "eu-gdpr:A9-2-f",
            SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST, "eu-gdpr:A9-2-g",
            SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE, "eu-gdpr:A9-2-h",
            SpecialCategoryCondition.PUBLIC_HEALTH, "eu-gdpr:A9-2-i",
            SpecialCategoryCondition.ARCHIVING_RESEARCH_STATISTICS, "eu-gdpr:A9-2-j"));

    /**
     * GDPR Chapter V. The EU-US Data Privacy Framework is the Commission's adequacy decision of 10 July 2023 (Art. 45(3));
     * Art. 49 has no one concept for "a derogation", so it is the generic transfer basis.
     */
    static final Map<TransferSafeguard, String> SAFEGUARDS = new EnumMap<>(Map.of(
            TransferSafeguard.ADEQUACY_DECISION, "eu-gdpr:A45-3",
            TransferSafeguard.DATA_PRIVACY_FRAMEWORK, "eu-gdpr:A45-3",
            TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES, "eu-gdpr:A46-2-c",
            TransferSafeguard.BINDING_CORPORATE_RULES, "eu-gdpr:A46-2-b",
            TransferSafeguard.DEROGATION, "dpv:DataTransferLegalBasis"));

    /** Who a recipient is. An independent controller receiving data is a third party in the GDPR's sense (Art. 4(10)). */
    static final Map<RecipientKind, String> RECIPIENT_KINDS = new EnumMap<>(Map.of(
            RecipientKind.PROCESSOR, "dpv:DataProcessor",
            RecipientKind.INDEPENDENT_CONTROLLER, "dpv:ThirdParty",
            RecipientKind.AUTHORITY, "dpv:Authority"));

    /** Who a source is; data the service observes come from the data subject's own activity. */
    static final Map<SourceKind, String> SOURCE_KINDS = new EnumMap<>(Map.of(
            SourceKind.DATA_SUBJECT, "dpv:DataSubjectDataSource",
            SourceKind.OBSERVED, "dpv:DataSubjectDataSource",
            SourceKind.THIRD_PARTY, "dpv:ThirdPartyDataSource"));

    /** The built-in sources that DPV names more closely than by their kind. */
    static final Map<String, String> SOURCES = Map.of("public-sources", "dpv:PublicDataSource");

    /** The built-in data categories ({@code fi.seloste.DataCategories}). */
    static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("identity", "pd:Identifying"),
            Map.entry("contact", "pd:Contact"),
            Map.entry("identity-code", "pd:OfficialID"),
            Map.entry("health", "pd:Health"),
            Map.entry("financial", "pd:Financial"),
            Map.entry("location", "pd:Location"),
            Map.entry("online-identifiers", "pd:DeviceBased"),
            Map.entry("communication-content", "pd:Communication"),
            Map.entry("usage", "pd:ServiceConsumptionBehaviour"),
            Map.entry("employment", "pd:CurrentEmployment"),
            Map.entry("other", "dpv:PersonalData"));

    /** The built-in groups of data subjects ({@code fi.seloste.DataSubjects}); partner contacts have no concept. */
    static final Map<String, String> SUBJECTS = Map.of(
            "customer", "dpv:Customer",
            "patient", "dpv:Patient",
            "guardian", "dpv:GuardianOfDataSubject",
            "employee", "dpv:Employee",
            "visitor", "dpv:Visitor",
            "member", "dpv:Member");

    /** The security-measure keys of {@code <securityManual>} and {@code <securityElectronic>}. */
    static final Map<String, String> MEASURES = Map.ofEntries(
            Map.entry("locked-premises", "dpv:PhysicalSecureStorage"),
            Map.entry("physical-access-control", "dpv:PhysicalAccessControlMethod"),
            Map.entry("secure-disposal", "dpv:DataDeletionPolicy"),
            Map.entry("user-accounts", "dpv:IdentityManagementMethod"),
            Map.entry("strong-authentication", "dpv:MultiFactorAuthentication"),
            Map.entry("encryption", "dpv:Encryption"),
            Map.entry("firewall", "dpv:NetworkSecurityProtocols"),
            Map.entry("backups", "dpv:DataBackupProtocols"),
            Map.entry("logging", "dpv:LoggingPolicy"),
            Map.entry("access-control", "dpv:AccessControlMethod"),
            Map.entry("training", "dpv:StaffTraining"),
            Map.entry("confidentiality", "dpv:NDA"));

    /** @return the concept for a key, or {@code null} for none or for a free text (no key) */
    static String of(Map<String, String> concepts, String key) {
        return key == null ? null : concepts.get(key);
    }

    /** A purpose's own DPV concept, when its declared facts name one: direct marketing, or a legal obligation. */
    static String purpose(boolean directMarketing, LegalBasis basis) {
        if (directMarketing) {
            return "dpv:DirectMarketing";
        }
        return basis == LegalBasis.LEGAL_OBLIGATION ? "dpv:LegalCompliance" : null;
    }
}
