package fi.seloste.core.model;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Register;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups the merged fields into registers, one processing activity each: the unit of the Art. 30 record and of a
 * privacy notice. Fields that name no register form the default register, named by the build configuration.
 */
public final class Registers {

    private Registers() {}

    /**
     * @param catalogue the merged declarations
     * @param organisation the organisation facts
     * @param registerName the name of the register for fields that name none, or {@code null}
     * @param languages the notice languages
     * @param problems where a missing name, an unknown register or an unsafe id is reported
     * @return the processing activities, in id order
     */
    public static List<ProcessingActivity> of(Catalogue catalogue, Organisation organisation, String registerName,
            List<String> languages, Problems problems) {
        Map<String, List<PersonalField>> byRegister = new TreeMap<>();
        for (PersonalField f : catalogue.fields()) {
            byRegister.computeIfAbsent(f.register() == null ? ProcessingActivity.DEFAULT_ID : f.register(), k -> new ArrayList<>()).add(f);
        }
        List<ProcessingActivity> activities = new ArrayList<>();
        for (Map.Entry<String, List<PersonalField>> e : byRegister.entrySet()) {
            String id = e.getKey();
            List<PersonalField> fields = e.getValue();
            Set<String> subjects = new LinkedHashSet<>();
            if (id.equals(ProcessingActivity.DEFAULT_ID) && fields.stream().allMatch(f -> f.register() == null)) {
                if (registerName == null || registerName.isBlank()) {
                    problems.report(Diagnostic.REGISTER_NAME_MISSING, fields.size(), fields.get(0).className() + "." + fields.get(0).field());
                    continue;
                }
                Map<String, String> names = new TreeMap<>();
                languages.forEach(l -> names.put(l, registerName.strip()));
                fields.forEach(f -> subjects.addAll(f.subjects()));
                activities.add(new ProcessingActivity(id, names, Map.of(), List.copyOf(subjects),
                        PublicAuthority.keeps(null, organisation), fields));
                continue;
            }
            Register register = catalogue.registers().get(id);
            if (register == null) {
                problems.report(Diagnostic.UNKNOWN_KEY, "register", id);
                continue;
            }
            if (!RegisterId.isSafe(id)) {
                problems.report(Diagnostic.INVALID_REGISTER_ID, id, register.whereDeclared());
                continue;
            }
            subjects.addAll(register.subjects());
            fields.forEach(f -> subjects.addAll(f.subjects()));
            activities.add(new ProcessingActivity(id, register.names(), register.descriptions(), List.copyOf(subjects),
                    PublicAuthority.keeps(register, organisation), fields));
        }
        return activities;
    }
}
