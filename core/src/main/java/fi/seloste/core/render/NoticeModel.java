package fi.seloste.core.render;

import fi.seloste.LegalBasis;
import fi.seloste.Practice;
import fi.seloste.SourceKind;
import fi.seloste.SpecialCategoryCondition;
import fi.seloste.TransferSafeguard;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.model.Catalogue;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.model.DeclaredSource;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.ProcessingActivity;
import fi.seloste.core.model.Recipients;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Retention;
import fi.seloste.index.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one notice says, in one language, resolved from the catalogue and the organisation facts, so the
 * templates only lay it out. Every sentence it carries stands on a declared fact: a negative (no disclosures, no
 * transfers, no automated decisions) only when it is declared, the Art. 14 paragraph only for a third-party source,
 * and the rights that the legal facts give ({@link RightsText}). Every missing translation is reported.
 *
 * @param language the language code
 * @param registerName the register's name
 * @param registerDescription the register's description, or {@code null}
 * @param controller the controller
 * @param jointControllers joint controllers
 * @param representative the representative, or {@code null}
 * @param contactPersons the contact persons or channels
 * @param dpo the DPO, or {@code null}
 * @param purposes purposes with their legal basis and the law behind it
 * @param legitimateInterests the legitimate interests, when a purpose relies on them
 * @param subjects the data-subject groups
 * @param content the data, grouped by category
 * @param specialConditions the Art. 9(2) conditions, when special data is processed
 * @param identityGrounds the tietosuojalaki 29 § grounds, when identity codes are processed
 * @param sources the sources, each with the data it gives
 * @param art14 whether a source is a third party (Art. 14)
 * @param processors the processors acting for the controller
 * @param disclosures the recipients of regular disclosures
 * @param noDisclosures the sentence that data are not regularly disclosed, when that is declared, else {@code null}
 * @param transfers the recipients outside the EU/EEA
 * @param noTransfers the sentence that data are not transferred, when that is declared, else {@code null}
 * @param transferCopy whether a transfer relies on safeguards a copy of which can be asked for (Art. 46, 47)
 * @param retention how long each data is kept
 * @param securityManual measures for manual material
 * @param securityElectronic measures for electronic material
 * @param securityText free text on security, or {@code null}
 * @param automated the declared text on automated decisions, or the declared "none" sentence
 * @param cookies the text on cookies, or {@code null}
 * @param consequences the consequences of not providing data, or {@code null}
 * @param requests how to send requests about one's rights, or {@code null} for the contact persons (or controller)
 * @param rights the rights that apply, in article order, then the rights the organisation adds
 * @param undeclared fields that look personal but are not declared yet (warning mode), as {@code Class.field}
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
        List<Party> contactPersons,
        Party dpo,
        List<PurposeLine> purposes,
        List<String> legitimateInterests,
        List<String> subjects,
        List<ContentGroup> content,
        List<String> specialConditions,
        List<String> identityGrounds,
        List<SourceLine> sources,
        boolean art14,
        List<RecipientLine> processors,
        List<RecipientLine> disclosures,
        String noDisclosures,
        List<RecipientLine> transfers,
        String noTransfers,
        boolean transferCopy,
        List<RetentionLine> retention,
        List<String> securityManual,
        List<String> securityElectronic,
        RichText securityText,
        RichText automated,
        RichText cookies,
        RichText consequences,
        RichText requests,
        List<RightsText.Right> rights,
        List<String> undeclared,
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

        static Party of(Contact c, TextResolver r, String parameter) {
            if (c == null) {
                return null;
            }
            String title = c.titles().isEmpty() ? null : r.text(c.titles(), "title of <" + parameter + ">",
                    c.name() == null ? c.email() : c.name(), "<" + parameter + "><title" + suffix(r.language()) + ">...</title"
                            + suffix(r.language()) + "></" + parameter + ">");
            return new Party(c.name(), title, null, c.address(), c.phone(), c.email(), c.web());
        }
    }

    /** @param text the purpose @param basis its legal basis in words @param law the law behind the basis, or {@code null} */
    public record PurposeLine(String text, String basis, String law) {}

    /** @param category the category's name @param labels the data in it */
    public record ContentGroup(String category, List<String> labels) {}

    /** @param name the source @param data the categories or, for uncategorised fields, the data it gives */
    public record SourceLine(String name, List<String> data) {}

    /** @param name the recipient @param role its role @param country the country's name or {@code null} @param safeguard the safeguard or {@code null} */
    public record RecipientLine(String name, String role, String country, String safeguard) {}

    /** @param labels the data @param text how long, in words @param law the law, or {@code null} */
    public record RetentionLine(List<String> labels, String text, String law) {}

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
        TextResolver r = new TextResolver(catalogue, language, problems);

        String name = r.text(activity.names(), "register", activity.id(), "@Register(" + language + " = \"...\")");
        String description = activity.descriptions().isEmpty() ? null
                : r.text(activity.descriptions(), "register description", activity.id(),
                        "@Register(description" + TextResolver.capital(language) + " = \"...\")");

        List<DeclaredPurpose> declared = DeclaredPurpose.of(activity, catalogue, problems);
        List<PurposeLine> purposes = new ArrayList<>();
        List<String> interests = new ArrayList<>();
        Set<SpecialCategoryCondition> conditions = new LinkedHashSet<>();
        for (DeclaredPurpose p : declared) {
            String text = p.freeText() ? r.freeText(p.key(), "purpose")
                    : r.text(p.texts(), "purpose", p.key(), "@Purpose(" + language + " = \"...\")");
            String law = p.law().isEmpty() ? null : p.freeText() ? r.freeText(p.law().get("fi"), "law")
                    : r.text(p.law(), "law of purpose", p.key(), "@Purpose(law" + suffix(language) + " = \"...\")");
            purposes.add(new PurposeLine(text, t.get("basis." + p.basis().name()), law));
            if (p.basis() == LegalBasis.LEGITIMATE_INTERESTS && !p.legitimateInterest().isEmpty()) {
                interests.add(text + ": " + (p.freeText() ? r.freeText(p.legitimateInterest().get("fi"), "legitimate interest")
                        : r.text(p.legitimateInterest(), "legitimate interest of purpose", p.key(),
                                "@Purpose(legitimateInterest" + TextResolver.capital(language) + " = \"...\")")));
            }
            if (p.specialCondition() != null && activity.fields().stream().anyMatch(f -> f.special() && f.purposes().contains(p.key()))) {
                conditions.add(p.specialCondition());
            }
        }

        Map<String, Set<String>> groups = new LinkedHashMap<>();
        Set<String> grounds = new LinkedHashSet<>();
        for (PersonalField f : inDeclarationOrder(activity.fields())) {
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
        List<ContentGroup> content = new ArrayList<>();
        // a group whose only data is named as the group says it once ("Henkilötunnus", not "Henkilötunnus: Henkilötunnus")
        groups.forEach((category, labels) -> content.add(new ContentGroup(category,
                labels.size() == 1 && labels.contains(category) ? List.of() : List.copyOf(labels))));

        List<String> subjects = new ArrayList<>();
        for (String key : activity.subjects()) {
            subjects.add(r.term(Vocabulary.SUBJECTS, key));
        }
        List<SourceLine> sources = new ArrayList<>();
        boolean art14 = false;
        for (DeclaredSource source : DeclaredSource.of(activity, catalogue, problems)) {
            Set<String> data = new LinkedHashSet<>();
            for (PersonalField f : source.fields()) {
                if (f.categories().isEmpty()) {
                    data.add(r.label(f));
                }
                f.categories().forEach(c -> data.add(r.term(Vocabulary.CATEGORIES, c)));
            }
            sources.add(new SourceLine(source.freeText() ? r.freeText(source.key(), "source")
                    : r.term(Vocabulary.SOURCES, source.key()), List.copyOf(data)));
            art14 |= source.kind() == SourceKind.THIRD_PARTY;
        }

        Recipients recipients = Recipients.of(activity, catalogue, problems);
        List<RecipientLine> processors = recipients.processors().stream().map(x -> line(x, r, t, false)).toList();
        List<RecipientLine> disclosures = recipients.disclosures().stream().map(x -> line(x, r, t, false)).toList();
        List<RecipientLine> transfers = recipients.transfers().stream().map(x -> line(x, r, t, true)).toList();

        List<RetentionLine> retention = retention(activity, r, t);

        String declaredAutomated = r.organisationText(organisation, "automated");
        RichText automated = declaredAutomated != null ? RichText.of(declaredAutomated)
                : activity.declaresNone(Practice.AUTOMATED_DECISIONS) ? RichText.of(t.get("automated.none")) : null;
        List<RightsText.Right> rights = new ArrayList<>(new RightsText(t).rights(activity, declared, conditions,
                declaredAutomated != null && !activity.declaresNone(Practice.AUTOMATED_DECISIONS)));
        for (Organisation.AdditionalRight added : organisation.rights()) {
            if (added.register() == null || added.register().equals(activity.id())) {
                String what = added.titles().getOrDefault("fi", added.titles().values().stream().findFirst().orElse("?"));
                String fix = "<additionalRights><right><title><" + language + ">...</" + language + "></title><text><"
                        + language + ">...</" + language + "></text></right></additionalRights>";
                rights.add(new RightsText.Right("additional", r.text(added.titles(), "additional right", what, fix),
                        r.text(added.texts(), "text of additional right", what, fix), List.of()));
            }
        }

        List<String> manual = organisation.securityManual().stream().map(k -> t.get("security.measure." + k)).toList();
        List<String> electronic = organisation.securityElectronic().stream().map(k -> t.get("security.measure." + k)).toList();
        List<ChangeLine> changes = new ArrayList<>();
        for (Organisation.Change c : organisation.changes()) {
            if (c.register() != null && !c.register().equals(activity.id())) {
                continue; // an entry from the diff belongs to its own register's notice
            }
            changes.add(new ChangeLine(formatDate(t, c.date()), r.text(c.descriptions(), "change of", c.date().toString(),
                    "<changes><change><description" + suffix(language) + ">...</description" + suffix(language)
                            + "></change></changes>")));
        }
        List<String> undeclared = activity.undeclared().stream().map(u -> u.className() + "." + u.field()).toList();
        return new NoticeModel(language, name, description, Party.of(organisation.controller()),
                organisation.jointControllers().stream().map(Party::of).toList(), Party.of(organisation.representative()),
                organisation.contactPersons().stream().map(c -> Party.of(c, r, "contactPerson")).toList(),
                Party.of(organisation.dpo(), r, "dpo"), purposes, interests,
                subjects, content, conditions.stream().map(c -> t.get("special." + c.name())).toList(), List.copyOf(grounds),
                sources, art14, processors, disclosures,
                disclosures.isEmpty() && activity.declaresNone(Practice.REGULAR_DISCLOSURES) ? t.get("recipients.none") : null,
                transfers, transfers.isEmpty() && activity.declaresNone(Practice.TRANSFERS) ? t.get("transfers.none") : null,
                recipients.transfers().stream().anyMatch(x -> x.term().safeguard() == TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES
                        || x.term().safeguard() == TransferSafeguard.BINDING_CORPORATE_RULES),
                retention, manual, electronic, RichText.of(r.organisationText(organisation, "security")), automated,
                RichText.of(r.organisationText(organisation, "cookies")),
                RichText.of(r.organisationText(organisation, "consequences")),
                RichText.of(r.organisationText(organisation, "requests")), List.copyOf(rights), undeclared, date == null ? null : t.format("changes.date", formatDate(t, date)), changes);
    }

    private static RecipientLine line(Recipients.Recipient recipient, TextResolver r, Translations t, boolean transfer) {
        var term = recipient.term();
        return new RecipientLine(r.term(Vocabulary.RECIPIENTS, term.key()),
                term.recipientKind() == null ? null : t.get("recipient." + term.recipientKind().name()),
                recipient.country() == null ? null : recipient.country().name(r.language()),
                transfer && term.safeguard() != null ? t.get("safeguard." + term.safeguard().name()) : null);
    }

    /**
     * How long each kind of data is kept, one line per rule, naming data by category: a category all of whose data
     * share the rule is named alone, one split between rules is named with its data in parentheses, and data without
     * a category by their labels. So a register of 27 fields reads as a few categories, not one long run of labels.
     */
    private static List<RetentionLine> retention(ProcessingActivity activity, TextResolver r, Translations t) {
        RetentionText words = new RetentionText(t);
        List<PersonalField> fields = inDeclarationOrder(activity.fields());
        Map<String, Set<Retention>> rulesOfCategory = new LinkedHashMap<>();
        for (PersonalField f : fields) {
            f.categories().forEach(c -> rulesOfCategory.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(f.retention()));
        }
        Map<Retention, Map<String, Set<String>>> byRule = new LinkedHashMap<>();
        Map<Retention, PersonalField> firstOfRule = new LinkedHashMap<>();
        for (PersonalField f : fields) {
            firstOfRule.putIfAbsent(f.retention(), f);
            Map<String, Set<String>> items = byRule.computeIfAbsent(f.retention(), k -> new LinkedHashMap<>());
            if (f.categories().isEmpty()) {
                items.computeIfAbsent(r.label(f), k -> new LinkedHashSet<>());
            }
            for (String category : f.categories()) {
                String name = r.term(Vocabulary.CATEGORIES, category);
                Set<String> labels = items.computeIfAbsent(name, k -> new LinkedHashSet<>());
                if (rulesOfCategory.get(category).size() > 1 && !r.label(f).equals(name)) {
                    labels.add(r.label(f));
                }
            }
        }
        List<RetentionLine> lines = new ArrayList<>();
        byRule.forEach((rule, items) -> {
            List<String> names = new ArrayList<>();
            items.forEach((name, labels) -> names.add(labels.isEmpty() ? name : name + " (" + String.join(", ", labels) + ")"));
            String suffix = suffix(t.language());
            String criteria = rule.criteria() == null ? null : r.text(withFinnish(rule.criteria(), rule.criteriaTexts()),
                    "retention criteria", rule.criteria(), retentionFix("retentionCriteria" + suffix, firstOfRule.get(rule)));
            String law = rule.law() == null ? null : r.text(withFinnish(rule.law(), rule.lawTexts()), "retention law",
                    rule.law(), retentionFix("retentionLaw" + suffix, firstOfRule.get(rule)));
            lines.add(new RetentionLine(List.copyOf(names), words.describe(rule, criteria),
                    law == null ? null : t.format("retention.law", law)));
        });
        return lines;
    }

    /**
     * Where to add a retention text: the index keeps the field, not which annotation set its retention (the field's
     * {@code @PersonalData}, or the {@code @PersonalDataDefaults} of its class or package), so the fix names both and the
     * first field that uses the rule, with its file and line.
     */
    private static String retentionFix(String attribute, PersonalField first) {
        return "@PersonalData(" + attribute + " = \"...\") or @PersonalDataDefaults(" + attribute + " = \"...\"), where the retention of "
                + first.className() + "." + first.field() + " is declared"
                + (first.sourceFile() == null ? "" : " (" + first.sourceFile() + ":" + first.line() + ")");
    }

    private static Map<String, String> withFinnish(String finnish, Map<String, String> others) {
        Map<String, String> texts = new java.util.TreeMap<>(others);
        texts.put("fi", finnish);
        return texts;
    }

    /** @return whether special categories are processed; used by templates */
    public boolean special() {
        return !specialConditions.isEmpty();
    }

    /** A date as the language writes it: {@code 13.2.2026}, {@code 13 februari 2026}, {@code 13 February 2026}. */
    static String formatDate(Translations t, LocalDate date) {
        return t.format(t.get("date.style").equals("long") ? "date.long" : "date.numeric", date.getDayOfMonth(),
                date.getMonthValue(), date.getYear(), t.get("date.month." + date.getMonthValue()));
    }

    /** The fields as the code declares them: by class, then by line (fields without a line by name). */
    private static List<PersonalField> inDeclarationOrder(List<PersonalField> fields) {
        List<PersonalField> ordered = new ArrayList<>(fields);
        ordered.sort(java.util.Comparator.comparing(PersonalField::className)
                .thenComparingInt(f -> f.line() == 0 ? Integer.MAX_VALUE : f.line()).thenComparing(PersonalField::field));
        return ordered;
    }

    private static String suffix(String language) {
        return language.equals("fi") ? "" : TextResolver.capital(language);
    }

    /** @return the bases of the purposes, for the rights */
    static Set<LegalBasis> bases(List<DeclaredPurpose> purposes) {
        Set<LegalBasis> bases = EnumSet.noneOf(LegalBasis.class);
        purposes.forEach(p -> bases.add(p.basis()));
        return bases;
    }
}
