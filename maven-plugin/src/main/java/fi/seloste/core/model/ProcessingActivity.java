package fi.seloste.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One register (processing activity): its name and the personal fields that belong to it, with the
 * views a record and a notice need (purposes, sources, retention groups) derived in one place.
 *
 * @param name the register name, such as "Asiakaspalvelu-chatin rekisteri"
 * @param fields the fields, sorted by class and field name
 */
public record ProcessingActivity(String name, List<PersonalField> fields) {

    public ProcessingActivity {
        fields = List.copyOf(fields);
    }

    /** @return every purpose, once, in the order of the sorted fields */
    public List<String> purposes() {
        Set<String> result = new LinkedHashSet<>();
        fields.forEach(f -> result.addAll(f.purposes()));
        return List.copyOf(result);
    }

    /** @return every source, once, in the order of the sorted fields */
    public List<String> sources() {
        Set<String> result = new LinkedHashSet<>();
        fields.forEach(f -> result.addAll(f.sources()));
        return List.copyOf(result);
    }

    /** @return the data labels, once each, in the order of the sorted fields */
    public List<String> labels() {
        Set<String> result = new LinkedHashSet<>();
        fields.forEach(f -> result.add(f.label()));
        return List.copyOf(result);
    }

    /** @return the fields grouped by how long they are kept, groups in the order of the sorted fields */
    public List<RetentionGroup> retentionGroups() {
        Map<RetentionRule, Set<String>> groups = new LinkedHashMap<>();
        for (PersonalField f : fields) {
            groups.computeIfAbsent(f.retention(), r -> new LinkedHashSet<>()).add(f.label());
        }
        List<RetentionGroup> result = new ArrayList<>();
        groups.forEach((rule, labels) -> result.add(new RetentionGroup(rule, List.copyOf(labels))));
        return result;
    }

    /**
     * Data kept for the same time.
     *
     * @param rule how long
     * @param labels which data
     */
    public record RetentionGroup(RetentionRule rule, List<String> labels) {}
}
