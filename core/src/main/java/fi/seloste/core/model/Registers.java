package fi.seloste.core.model;

import fi.seloste.Practice;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Register;
import fi.seloste.index.Undeclared;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups the merged fields into registers, one processing activity each: the unit of the Art. 30 record and of a
 * privacy notice. Fields that name no register form the default register, named by the build configuration. No
 * register vanishes: one without fields is an error, and one whose fields are all undeclared (warning mode) is still
 * written, listing them.
 */
public final class Registers {

    private Registers() {}

    /**
     * @param catalogue the merged declarations
     * @param organisation the organisation facts
     * @param registerName the name of the register for fields that name none, or {@code null}
     * @param languages the notice languages
     * @param problems where a missing name, an unknown, empty or reserved register or an unsafe id is reported
     * @return the processing activities, in id order
     */
    public static List<ProcessingActivity> of(Catalogue catalogue, Organisation organisation, String registerName,
            List<String> languages, Problems problems) {
        Map<String, List<PersonalField>> byRegister = new TreeMap<>();
        for (PersonalField f : catalogue.fields()) {
            if (ProcessingActivity.DEFAULT_ID.equals(f.register())) {
                problems.report(Diagnostic.REGISTER_ID_RESERVED, "field " + f.className() + "." + f.field()
                        + (f.origin() == null ? "" : " (" + f.origin() + ")"));
                continue;
            }
            byRegister.computeIfAbsent(f.register() == null ? ProcessingActivity.DEFAULT_ID : f.register(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<Undeclared>> undeclared = new TreeMap<>();
        for (Undeclared u : catalogue.undeclared()) {
            String id = u.register();
            undeclared.computeIfAbsent(id == null ? ProcessingActivity.DEFAULT_ID : id, k -> new ArrayList<>()).add(u);
        }
        for (Register r : catalogue.registers().values()) {
            if (r.id().equals(ProcessingActivity.DEFAULT_ID)) {
                problems.report(Diagnostic.REGISTER_ID_RESERVED, "@Register in " + r.whereDeclared());
            } else if (!byRegister.containsKey(r.id()) && !undeclared.containsKey(r.id())) {
                problems.report(Diagnostic.REGISTER_EMPTY, r.id(), r.whereDeclared(), r.id(), r.id());
            } else {
                byRegister.putIfAbsent(r.id(), List.of());
            }
        }
        undeclared.keySet().forEach(id -> byRegister.putIfAbsent(id, List.of()));

        List<ProcessingActivity> activities = new ArrayList<>();
        for (Map.Entry<String, List<PersonalField>> e : byRegister.entrySet()) {
            String id = e.getKey();
            List<PersonalField> fields = e.getValue();
            List<Undeclared> open = undeclared.getOrDefault(id, List.of());
            Set<String> subjects = new LinkedHashSet<>();
            Set<Practice> none = EnumSet.noneOf(Practice.class);
            if (id.equals(ProcessingActivity.DEFAULT_ID)) {
                if (registerName == null || registerName.isBlank()) {
                    String example = fields.isEmpty() ? open.get(0).className() + "." + open.get(0).field()
                            : fields.get(0).className() + "." + fields.get(0).field();
                    problems.report(Diagnostic.REGISTER_NAME_MISSING, fields.size() + open.size(), example);
                    continue;
                }
                Map<String, String> names = new TreeMap<>();
                languages.forEach(l -> names.put(l, registerName.strip()));
                fields.forEach(f -> subjects.addAll(f.subjects()));
                activities.add(new ProcessingActivity(id, names, Map.of(), List.copyOf(subjects),
                        PublicAuthority.keeps(null, organisation), none, organisation.none(), "<registerName> in the POM",
                        fields, open));
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
            none.addAll(register.none());
            activities.add(new ProcessingActivity(id, register.names(), register.descriptions(), List.copyOf(subjects),
                    PublicAuthority.keeps(register, organisation), none, organisation.none(), register.whereDeclared(),
                    fields, open));
        }
        for (ProcessingActivity a : activities) {
            if (!a.undeclared().isEmpty()) {
                Undeclared first = a.undeclared().get(0);
                problems.report(Diagnostic.UNDECLARED_IN_NOTICE, a.id(), a.undeclared().size(),
                        first.className() + "." + first.field());
            }
        }
        return activities;
    }
}
