package fi.seloste.core;

import fi.seloste.core.model.BusinessId;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import java.util.ArrayList;
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
     * @param registerName the configured register name
     * @param languages the requested languages
     * @param available the languages that have translations
     * @return the problems found, empty when all is well
     */
    public static List<Problem> check(Organisation organisation, String registerName, List<String> languages, Set<String> available) {
        List<Problem> problems = new ArrayList<>();
        Controller controller = organisation.controller();
        if (controller == null || blank(controller.name())) {
            problems.add(Diagnostic.CONTROLLER_NAME_MISSING.problem());
        }
        if (controller != null) {
            if (!blank(controller.businessId())) {
                BusinessId.problemWith(controller.businessId()).ifPresent(why ->
                        problems.add(Diagnostic.BUSINESS_ID_INVALID.problem(controller.businessId(), why)));
            }
            if (!blank(controller.name()) && blank(controller.address()) && blank(controller.email()) && blank(controller.phone())) {
                problems.add(Diagnostic.CONTROLLER_UNREACHABLE.problem());
            }
        }
        checkContact("contactPerson", "the contact person", organisation.contactPerson(), problems);
        checkContact("dpo", "the data protection officer", organisation.dpo(), problems);
        if (blank(registerName)) {
            problems.add(Diagnostic.REGISTER_NAME_MISSING.problem());
        }
        for (String language : languages) {
            if (!available.contains(language)) {
                problems.add(Diagnostic.LANGUAGE_UNSUPPORTED.problem(language, String.join(", ", available)));
            }
        }
        return problems;
    }

    private static void checkContact(String parameter, String who, Contact contact, List<Problem> problems) {
        if (contact == null) {
            return;
        }
        if (blank(contact.name())) {
            problems.add(Diagnostic.CONTACT_NAME_MISSING.problem(parameter, parameter, parameter));
        }
        if (blank(contact.email()) && blank(contact.phone())) {
            problems.add(Diagnostic.CONTACT_UNREACHABLE.problem(parameter, who));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
