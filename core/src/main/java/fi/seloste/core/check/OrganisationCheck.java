package fi.seloste.core.check;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.model.BusinessId;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.render.Translations;
import java.util.List;
import java.util.Set;

/**
 * Checks the organisation facts from the build configuration before anything is written, and reports
 * every missing or malformed fact with the parameter to fix.
 */
public final class OrganisationCheck {

    private OrganisationCheck() {}

    /**
     * @param organisation the configured facts
     * @param languages the requested languages
     * @param available the languages that have translations
     * @param problems where every missing or malformed fact is reported
     */
    public static void check(Organisation organisation, List<String> languages, Set<String> available, Problems problems) {
        Controller controller = organisation.controller();
        if (controller == null || blank(controller.name())) {
            problems.report(Diagnostic.CONTROLLER_NAME_MISSING.problem());
        }
        if (controller != null) {
            if (!blank(controller.businessId())) {
                BusinessId.problemWith(controller.businessId()).ifPresent(why ->
                        problems.report(Diagnostic.BUSINESS_ID_INVALID.problem(controller.businessId(), why)));
            }
            if (!blank(controller.name()) && blank(controller.address()) && blank(controller.email()) && blank(controller.phone())
                    && blank(controller.web())) {
                problems.report(Diagnostic.CONTROLLER_UNREACHABLE.problem());
            }
        }
        for (Contact contact : organisation.contactPersons()) {
            checkContact("contactPerson", "the contact person", contact, problems);
        }
        checkContact("dpo", "the data protection officer", organisation.dpo(), problems);
        for (Controller joint : organisation.jointControllers()) {
            if (joint == null || blank(joint.name())) {
                problems.report(Diagnostic.CONTACT_NAME_MISSING.problem("jointControllers><jointController", "jointController", "jointController"));
            }
        }
        Translations fi = Translations.of("fi");
        List<String> known = fi.all().keySet().stream().filter(k -> k.startsWith(MEASURE))
                .map(k -> k.substring(MEASURE.length())).sorted().toList();
        checkMeasures("securityManual", organisation.securityManual(), known, problems);
        checkMeasures("securityElectronic", organisation.securityElectronic(), known, problems);
        checkPlace("securityManual", "manual material", organisation.securityManual(), ELECTRONIC_ONLY, problems);
        checkPlace("securityElectronic", "electronic material", organisation.securityElectronic(), MANUAL_ONLY, problems);
        if (languages.isEmpty()) {
            problems.report(Diagnostic.LANGUAGE_UNSUPPORTED.problem("(none)", String.join(", ", available)));
        }
        for (String language : languages) {
            if (!available.contains(language)) {
                problems.report(Diagnostic.LANGUAGE_UNSUPPORTED.problem(language, String.join(", ", available)));
            }
        }
    }

    private static final String MEASURE = "security.measure.";

    /** Measures that only make sense for paper: listing them for electronic material would say something false. */
    private static final List<String> MANUAL_ONLY = List.of("locked-premises", "physical-access-control",
            "no-manual-material", "secure-disposal");

    /** Measures that only make sense for systems. */
    private static final List<String> ELECTRONIC_ONLY = List.of("user-accounts", "strong-authentication", "encryption",
            "firewall", "backups", "logging");

    private static void checkPlace(String element, String what, List<String> measures, List<String> wrong, Problems problems) {
        for (String m : measures) {
            if (wrong.contains(m)) {
                String other = element.equals("securityManual") ? "securityElectronic" : "securityManual";
                problems.report(Diagnostic.SECURITY_MEASURE_MISPLACED.problem(element, m, what, other));
            }
        }
    }

    private static void checkMeasures(String element, List<String> measures, List<String> known, Problems problems) {
        for (String m : measures) {
            if (!known.contains(m)) {
                problems.report(Diagnostic.SECURITY_MEASURE_UNKNOWN.problem(element, m, String.join(", ", known)));
            }
        }
    }

    private static void checkContact(String parameter, String who, Contact contact, Problems problems) {
        if (contact == null) {
            return;
        }
        if (!contact.reachable()) {
            problems.report(Diagnostic.CONTACT_UNREACHABLE.problem(parameter, who));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
