package fi.seloste.core.render;

import fi.seloste.LegalBasis;
import fi.seloste.Sources;
import fi.seloste.SpecialCategoryCondition;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.model.Catalogue;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.ProcessingActivity;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Purpose;
import fi.seloste.index.Retention;
import fi.seloste.index.Term;
import fi.seloste.index.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one notice says, in one language, resolved from the catalogue and the organisation facts,
 * so the templates only lay it out. It decides which sections apply and which rights follow from the
 * legal bases, and reports every missing translation.
 *
 * @param language the language code
 * @param registerName the register's name
 * @param registerDescription the register's description, or {@code null}
 * @param controller the controller
 * @param jointControllers joint controllers
 * @param representative the representative, or {@code null}
 * @param contactPerson the contact person, or {@code null}
 * @param dpo the DPO, or {@code null}
 * @param purposes purposes with their legal basis
 * @param legitimateInterests the legitimate interests, when a purpose relies on them
 * @param subjects the data-subject groups
 * @param content the data, grouped by category
 * @param specialConditions the Art. 9(2) conditions, when special data is processed
 * @param identityGrounds the tietosuojalaki 29 § grounds, when identity codes are processed
 * @param sources the sources
 * @param art14 whether data comes from elsewhere than the data subject (Art. 14)
 * @param recipients the recipients
 * @param transfers the recipients outside the EU/EEA
 * @param retention how long each data is kept
 * @param securityManual measures for manual material
 * @param securityElectronic measures for electronic material
 * @param securityText free text on security, or {@code null}
 * @param automated the text on automated decisions, never {@code null}
 * @param cookies the text on cookies, or {@code null}
 * @param consequences the consequences of not providing data, or {@code null}
 * @param rights the rights that apply, in article order
 * @param dated the "drawn up on" sentence, or {@code null}
 * @param changes the change history
 */
public record NoticeModel(
        String language,
        String registerName,
        String registerDescription,
        Party controller,
        List<Party> jointControllers,
        Party representative,
        Party contactPerson,
        Party dpo,
        List<PurposeLine> purposes,
        List<String> legitimateInterests,
        List<String> subjects,
        List<ContentGroup> content,
        List<String> specialConditions,
        List<String> identityGrounds,
        List<String> sources,
        boolean art14,
        List<RecipientLine> recipients,
        List<RecipientLine> transfers,
        List<RetentionLine> retention,
        List<String> securityManual,
        List<String> securityElectronic,
        String securityText,
        String automated,
        String cookies,
        String consequences,
        List<Right> rights,
        String dated,
        List<ChangeLine> changes) {

    /**
     * A controller, representative or contact person, as the templates show them.
     *
     * @param name the name @param title the title or {@code null} @param businessId the Y-tunnus or {@code null}
     * @param address the address or {@code null} @param phone the phone or {@code null}
     * @param email the e-mail or {@code null} @param web the web address or {@code null}
     */
    public record Party(String name, String title, String businessId, String address, String phone, String email, String web) {
        static Party of(Controller c) {
            return c == null ? null : new Party(c.name(), null, c.businessId(), c.address(), c.phone(), c.email(), c.web());
        }

        static Party of(Contact c) {
            return c == null ? null : new Party(c.name(), c.title(), null, c.address(), c.phone(), c.email(), null);
        }
    }

    /** @param text the purpose @param basis its legal basis in words, or {@code null} in free-text mode */
    public record PurposeLine(String text, String basis) {}

    /** @param category the category's name @param labels the data in it */
    public record ContentGroup(String category, List<String> labels) {}

    /** @param name the recipient @param role its role @param country the third country or {@code null} @param safeguard the safeguard or {@code null} */
    public record RecipientLine(String name, String role, String country, String safeguard) {}

    /** @param labels the data @param text how long, in words @param law the law, or {@code null} */
    public record RetentionLine(List<String> labels, String text, String law) {}

    /** @param key the right's key @param title its title with the article @param text what it means @param note a limitation, or {@code null} */
    public record Right(String key, String title, String text, String note) {}

    /** @param date the date in words @param description what changed */
    public record ChangeLine(String date, String description) {}

    /**
     * @param activity the register
     * @param catalogue the merged declarations
     * @param organisation the organisation facts
     * @param language the language
     * @param date the notice date, or {@code null}
     * @param problems where missing translations are reported
     * @return the notice's content
     */
    public static NoticeModel build(ProcessingActivity activity, Catalogue catalogue, Organisation organisation,
            String language, LocalDate date, Problems problems) {
        Translations t = Translations.of(language);
        Resolver r = new Resolver(catalogue, language, problems);

        String name = r.text(activity.names(), "register", activity.id(), "@Register(" + language + " = \"...\")");
        String description = activity.descriptions().isEmpty() ? null
                : r.text(activity.descriptions(), "register description", activity.id(), "@Register(description" + capital(language) + " = \"...\")");

        Set<String> purposeKeys = new LinkedHashSet<>();
        activity.fields().forEach(f -> purposeKeys.addAll(f.purposes()));
        List<PurposeLine> purposes = new ArrayList<>();
        List<String> interests = new ArrayList<>();
        Set<LegalBasis> bases = EnumSet.noneOf(LegalBasis.class);
        Set<SpecialCategoryCondition> conditions = new LinkedHashSet<>();
        for (String key : purposeKeys) {
            Purpose p = catalogue.purposes().get(key);
            if (p == null) {
                purposes.add(new PurposeLine(r.freeText(key, "purpose"), null));
                continue;
            }
            bases.add(p.basis());
            String text = r.text(p.texts(), "purpose", key, "@Purpose(" + language + " = \"...\")");
            purposes.add(new PurposeLine(text, t.get("basis." + p.basis().name())));
            if (p.basis() == LegalBasis.LEGITIMATE_INTERESTS && !p.legitimateInterest().isEmpty()) {
                interests.add(text + ": " + r.text(p.legitimateInterest(), "legitimate interest of purpose", key,
                        "@Purpose(legitimateInterest" + capital(language) + " = \"...\")"));
            }
            if (p.specialCondition() != null && activity.fields().stream().anyMatch(f -> f.special() && f.purposes().contains(key))) {
                conditions.add(p.specialCondition());
            }
        }

        Map<String, Set<String>> groups = new LinkedHashMap<>();
        Set<String> grounds = new LinkedHashSet<>();
        boolean explicitConsent = false;
        for (PersonalField f : activity.fields()) {
            String label = r.label(f);
            if (f.categories().isEmpty()) {
                groups.computeIfAbsent(t.get("content.uncategorised"), k -> new LinkedHashSet<>()).add(label);
            }
            for (String category : f.categories()) {
                groups.computeIfAbsent(r.term(Vocabulary.CATEGORIES, category), k -> new LinkedHashSet<>()).add(label);
            }
            if (f.special() && f.specialCondition() != null) {
                conditions.add(SpecialCategoryCondition.valueOf(f.specialCondition()));
            }
            if (f.identityCodeGround() != null) {
                grounds.add(t.get("identity." + f.identityCodeGround()));
            }
        }
        for (SpecialCategoryCondition c : conditions) {
            explicitConsent |= c == SpecialCategoryCondition.EXPLICIT_CONSENT;
        }
        List<ContentGroup> content = new ArrayList<>();
        groups.forEach((category, labels) -> content.add(new ContentGroup(category, List.copyOf(labels))));

        List<String> subjects = new ArrayList<>();
        for (String key : activity.subjects()) {
            subjects.add(r.term(Vocabulary.SUBJECTS, key));
        }
        Set<String> sourceKeys = new LinkedHashSet<>();
        activity.fields().forEach(f -> sourceKeys.addAll(f.sources()));
        List<String> sources = new ArrayList<>();
        boolean art14 = false;
        for (String key : sourceKeys) {
            sources.add(catalogue.terms(Vocabulary.SOURCES).containsKey(key) ? r.term(Vocabulary.SOURCES, key) : r.freeText(key, "source"));
            art14 |= !key.equals(Sources.DATA_SUBJECT);
        }
        Set<String> recipientKeys = new LinkedHashSet<>();
        activity.fields().forEach(f -> recipientKeys.addAll(f.recipients()));
        List<RecipientLine> recipients = new ArrayList<>();
        List<RecipientLine> transfers = new ArrayList<>();
        for (String key : recipientKeys) {
            Term term = catalogue.terms(Vocabulary.RECIPIENTS).get(key);
            if (term == null) {
                r.unknown("recipient", key);
                continue;
            }
            RecipientLine line = new RecipientLine(r.term(Vocabulary.RECIPIENTS, key),
                    term.recipientKind() == null ? null : t.get("recipient." + term.recipientKind().name()),
                    term.country(), term.safeguard() == null ? null : t.get("safeguard." + term.safeguard().name()));
            recipients.add(line);
            if (term.country() != null) {
                transfers.add(line);
            }
        }

        RetentionText words = new RetentionText(t);
        Map<Retention, Set<String>> byRule = new LinkedHashMap<>();
        for (PersonalField f : activity.fields()) {
            byRule.computeIfAbsent(f.retention(), k -> new LinkedHashSet<>()).add(r.label(f));
        }
        List<RetentionLine> retention = new ArrayList<>();
        byRule.forEach((rule, labels) -> retention.add(new RetentionLine(List.copyOf(labels), words.describe(rule),
                rule.law() == null ? null : t.format("retention.law", rule.law()))));

        List<Right> rights = new ArrayList<>();
        rights.add(right(t, "access", null));
        rights.add(right(t, "rectification", null));
        boolean statutory = bases.contains(LegalBasis.LEGAL_OBLIGATION) || bases.contains(LegalBasis.PUBLIC_TASK);
        rights.add(right(t, "erasure", statutory ? t.get("right.erasure.limited") : null));
        rights.add(right(t, "restriction", null));
        if (bases.contains(LegalBasis.CONSENT) || bases.contains(LegalBasis.CONTRACT)) {
            rights.add(right(t, "portability", null));
        }
        if (bases.contains(LegalBasis.PUBLIC_TASK) || bases.contains(LegalBasis.LEGITIMATE_INTERESTS)) {
            rights.add(right(t, "objection", null));
        }
        if (bases.contains(LegalBasis.CONSENT) || explicitConsent) {
            rights.add(right(t, "withdrawal", null));
        }

        List<String> manual = organisation.securityManual().stream().map(k -> t.get("security.measure." + k)).toList();
        List<String> electronic = organisation.securityElectronic().stream().map(k -> t.get("security.measure." + k)).toList();
        String automated = r.organisationText(organisation, "automated");
        List<ChangeLine> changes = new ArrayList<>();
        for (Organisation.Change c : organisation.changes()) {
            changes.add(new ChangeLine(formatDate(t, c.date()), c.description()));
        }
        return new NoticeModel(language, name, description, Party.of(organisation.controller()),
                organisation.jointControllers().stream().map(Party::of).toList(), Party.of(organisation.representative()),
                Party.of(organisation.contactPerson()), Party.of(organisation.dpo()), purposes, interests,
                subjects, content, conditions.stream().map(c -> t.get("special." + c.name())).toList(), List.copyOf(grounds),
                sources, art14, recipients, transfers, retention, manual, electronic,
                r.organisationText(organisation, "security"), automated == null ? t.get("automated.none") : automated,
                r.organisationText(organisation, "cookies"), r.organisationText(organisation, "consequences"),
                rights, date == null ? null : t.format("changes.date", formatDate(t, date)), changes);
    }

    /** @return whether any of the retention lines or content exist; used by templates */
    public boolean special() {
        return !specialConditions.isEmpty();
    }

    static String formatDate(Translations t, LocalDate date) {
        return t.format("date.pattern", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static Right right(Translations t, String key, String note) {
        return new Right(key, t.get("right." + key + ".title"), t.get("right." + key + ".text"), note);
    }

    private static String capital(String language) {
        return Character.toUpperCase(language.charAt(0)) + language.substring(1);
    }

    /** Looks texts up in one language, collecting a problem for each one that is missing. */
    private static final class Resolver {
        private final Catalogue catalogue;
        private final String language;
        private final Problems problems;
        private final Map<Vocabulary, Map<String, String>> terms = new EnumMap<>(Vocabulary.class);

        Resolver(Catalogue catalogue, String language, Problems problems) {
            this.catalogue = catalogue;
            this.language = language;
            this.problems = problems;
        }

        String text(Map<String, String> texts, String what, String key, String fix) {
            String text = texts.get(language);
            if (text == null) {
                problems.report(Diagnostic.TRANSLATION_MISSING.problem(what, key, language, fix));
                return texts.getOrDefault("fi", key);
            }
            return text;
        }

        /**
         * A term in this language, looked up once per key: a notice asks for the same few terms once per field. A
         * problem is reported on the first lookup; later ones would only repeat it.
         */
        String term(Vocabulary kind, String key) {
            Map<String, String> known = terms.computeIfAbsent(kind, k -> new HashMap<>());
            String text = known.get(key);
            if (text == null) {
                text = lookUp(kind, key);
                known.put(key, text);
            }
            return text;
        }

        private String lookUp(Vocabulary kind, String key) {
            Term term = catalogue.terms(kind).get(key);
            if (term == null) {
                unknown(kind.indexName(), key);
                return key;
            }
            return text(term.texts(), kind.indexName().replaceAll("s$", "").replace("categorie", "category"), key,
                    "@" + kind.annotationSimpleName() + "(" + language + " = \"...\") on the constant " + key);
        }

        String label(PersonalField f) {
            if (f.labels().isEmpty()) {
                return f.field();
            }
            String label = f.label(language);
            if (label == null) {
                problems.report(Diagnostic.TRANSLATION_MISSING.problem("label of field", f.className() + "." + f.field(), language,
                        "@PersonalData(label" + (language.equals("fi") ? "" : capital(language)) + " = \"...\")"
                                + (f.sourceFile() == null ? "" : " in " + f.sourceFile() + ":" + f.line())));
                return f.anyLabel();
            }
            return label;
        }

        String freeText(String text, String what) {
            if (!language.equals("fi")) {
                problems.report(Diagnostic.FREE_TEXT_UNTRANSLATABLE.problem(what, text, language));
            }
            return text;
        }

        void unknown(String what, String key) {
            problems.report(Diagnostic.UNKNOWN_KEY.problem(what, key));
        }

        String organisationText(Organisation organisation, String topic) {
            Map<String, String> texts = organisation.texts().get(topic);
            if (texts == null || texts.isEmpty()) {
                return null;
            }
            String text = texts.get(language);
            if (text == null) {
                problems.report(Diagnostic.TRANSLATION_MISSING.problem("organisation text", topic, language,
                        "<" + Organisation.parameterOf(topic) + "><" + language + ">...</" + language + "></"
                                + Organisation.parameterOf(topic) + "> or the file " + topic + "." + language
                                + ".md in <textDirectory>"));
                return texts.values().iterator().next();
            }
            return text;
        }

    }
}
