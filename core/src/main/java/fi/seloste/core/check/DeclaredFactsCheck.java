package fi.seloste.core.check;

import fi.seloste.LegalBasis;
import fi.seloste.Practice;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.model.Catalogue;
import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.model.DeclaredSource;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.ProcessingActivity;
import fi.seloste.core.model.Recipients;
import fi.seloste.index.PersonalField;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that every statement a notice will make stands on a declared fact before anything is rendered: a negative
 * (no disclosures, no transfers, no automated decisions) only when it is declared, never against a declaration that
 * says otherwise, a basis for every purpose, a kind for every source, a valid country for every recipient. It also
 * warns about what a DPO would want to look at: special categories without a DPO, a law missing behind a statutory
 * basis, and a cookie text that names a tracker whose transfer nobody declared.
 */
public final class DeclaredFactsCheck {

    private DeclaredFactsCheck() {}

    /** Services whose names in a cookie text mean data go to a third country: name as written, country code. */
    private static final List<Map.Entry<String, String>> TRACKERS = List.of(
            Map.entry("Google Analytics", "US"), Map.entry("Google Tag Manager", "US"), Map.entry("Google Ads", "US"),
            Map.entry("DoubleClick", "US"), Map.entry("Facebook Pixel", "US"), Map.entry("Meta Pixel", "US"),
            Map.entry("Microsoft Clarity", "US"), Map.entry("LinkedIn Insight", "US"), Map.entry("TikTok Pixel", "US"),
            Map.entry("Mixpanel", "US"), Map.entry("YouTube", "US"));

    /**
     * @param activities the registers
     * @param catalogue the merged declarations
     * @param organisation the organisation facts
     * @param problems where errors and warnings go
     */
    public static void check(List<ProcessingActivity> activities, Catalogue catalogue, Organisation organisation,
            Problems problems) {
        for (ProcessingActivity activity : activities) {
            List<DeclaredPurpose> purposes = DeclaredPurpose.of(activity, catalogue, problems);
            DeclaredSource.of(activity, catalogue, problems);
            Recipients recipients = Recipients.of(activity, catalogue, problems);
            if (recipients.invalid().isEmpty()) { // else its recipients are reported: what it discloses is not known yet
                practices(activity, recipients, organisation, problems);
            }
            for (DeclaredPurpose p : purposes) {
                if (p.freeText() && organisation.publicAuthority() && p.basis() == LegalBasis.LEGITIMATE_INTERESTS) {
                    // a catalogue purpose is checked once by PublicAuthority; a free text only exists on its fields
                    problems.report(Diagnostic.PUBLIC_AUTHORITY_LEGITIMATE_INTEREST, p.name(), p.whereDeclared());
                }
                if (p.needsLaw() && p.law().isEmpty()) {
                    problems.report(Diagnostic.BASIS_WITHOUT_LAW, p.name(), p.whereDeclared(), p.basis().name());
                }
            }
            special(activity, organisation, problems);
            trackers(activity, organisation, recipients, problems);
        }
    }

    private static void practices(ProcessingActivity activity, Recipients recipients, Organisation organisation,
            Problems problems) {
        practice(activity, Practice.REGULAR_DISCLOSURES, "data are regularly disclosed to other controllers or "
                + "authorities", recipients.disclosures().isEmpty() ? null
                : "it names recipients that receive disclosures: "
                        + String.join(", ", recipients.disclosures().stream().map(r -> r.term().key()).toList()),
                "declare them with @Recipient(kind = RecipientKind.INDEPENDENT_CONTROLLER or AUTHORITY) in "
                        + "@PersonalData(recipients = …)", problems);
        practice(activity, Practice.TRANSFERS, "data are transferred outside the EU/EEA",
                recipients.transfers().isEmpty() ? null : "it names recipients in third countries: "
                        + String.join(", ", recipients.transfers().stream()
                                .map(r -> r.term().key() + " (" + r.country().code() + ")").toList()),
                "declare each recipient there with @Recipient(country = \"US\", safeguard = …)", problems);
        Map<String, String> automated = organisation.texts().get("automated");
        practice(activity, Practice.AUTOMATED_DECISIONS, "automated decisions or profiling are used",
                automated == null || automated.isEmpty() ? null : "<automatedDecisions> describes them",
                "describe them in <automatedDecisions><fi>…</fi></automatedDecisions> (the logic, its "
                        + "significance and consequences, Art. 13(2)(f))", problems);
    }

    /**
     * A practice is either declared (it is used: {@code used} says how) or declared absent; neither is an error naming
     * the line to add. The register's own absence contradicts its own facts; the organisation's {@code <none>} is what
     * registers that declare nothing else say, so it only contradicts the organisation's own
     * {@code <automatedDecisions>}.
     */
    private static void practice(ProcessingActivity activity, Practice practice, String question, String used,
            String howToDeclare, Problems problems) {
        boolean none = activity.declaresNone(practice);
        String key = Organisation.keyOf(practice);
        boolean contradicted = activity.none().contains(practice)
                || (practice == Practice.AUTOMATED_DECISIONS && activity.organisationNone().contains(practice));
        if (used != null && contradicted) {
            problems.report(Diagnostic.PRACTICE_CONTRADICTED, activity.id(), key, activity.none().contains(practice)
                    ? "none = Practice." + practice.name() + " in " + activity.declaredIn()
                    : "<none><practice>" + key + "</practice></none>", used);
        } else if (used == null && !none) {
            String register = activity.id().equals(ProcessingActivity.DEFAULT_ID) ? ""
                    : " add none = Practice." + practice.name() + " to @Register(id = \"" + activity.id() + "\", …), or";
            problems.report(Diagnostic.PRACTICE_UNDECLARED, activity.id(), activity.declaredIn(), question,
                    "If so, " + howToDeclare + ". If not," + register + " add to the seloste-maven-plugin configuration "
                            + "<none><practice>" + key + "</practice></none>");
        }
    }

    private static void special(ProcessingActivity activity, Organisation organisation, Problems problems) {
        if (organisation.dpo() != null) {
            return;
        }
        List<String> special = activity.fields().stream().filter(PersonalField::special)
                .map(f -> f.className() + "." + f.field()).limit(3).toList();
        if (!special.isEmpty()) {
            problems.report(Diagnostic.SPECIAL_WITHOUT_DPO, activity.id(), String.join(", ", special));
        }
    }

    private static void trackers(ProcessingActivity activity, Organisation organisation, Recipients recipients,
            Problems problems) {
        Map<String, String> cookies = organisation.texts().get("cookies");
        if (cookies == null) {
            return;
        }
        String text = String.join("\n", cookies.values()).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> tracker : TRACKERS) {
            String country = tracker.getValue();
            if (text.contains(tracker.getKey().toLowerCase(Locale.ROOT))
                    && recipients.transfers().stream().noneMatch(r -> r.country().code().equals(country))) {
                problems.report(Diagnostic.TRACKER_WITHOUT_TRANSFER, "cookies", tracker.getKey(), country, activity.id());
            }
        }
    }
}
