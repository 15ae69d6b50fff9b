package fi.seloste.core.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.seloste.core.model.Catalogue;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.PersonalField;
import fi.seloste.core.model.ProcessingActivity;
import fi.seloste.core.model.Purpose;
import fi.seloste.core.model.RetentionRule;
import fi.seloste.core.model.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the Art. 30(1) record of processing activities as language-neutral JSON ({@code register.json}):
 * items (a) to (g) per activity, with every text in every language it has and every field's origin.
 * Its shape is described by {@code fi/seloste/schema/register.schema.json}.
 */
public final class RecordWriter {

    /** The record format version; raised when the format changes incompatibly. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    /**
     * @param organisation the organisation facts
     * @param catalogue the merged declarations
     * @param activities the registers
     * @return the record as JSON text ending in a newline
     */
    public String json(Organisation organisation, Catalogue catalogue, List<ProcessingActivity> activities) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.set("controller", party(organisation.controller()));
        ArrayNode joint = root.putArray("jointControllers");
        organisation.jointControllers().forEach(c -> joint.add(party(c)));
        if (organisation.representative() != null) {
            root.set("representative", party(organisation.representative()));
        }
        if (organisation.contactPerson() != null) {
            root.set("contactPerson", contact(organisation.contactPerson()));
        }
        if (organisation.dpo() != null) {
            root.set("dataProtectionOfficer", contact(organisation.dpo()));
        }
        root.put("publicAuthority", organisation.publicAuthority());
        ArrayNode list = root.putArray("processingActivities");
        for (ProcessingActivity activity : activities) {
            list.add(activity(activity, catalogue, organisation));
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode activity(ProcessingActivity activity, Catalogue catalogue, Organisation organisation) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", activity.id());
        node.set("names", mapper.valueToTree(activity.names()));
        node.set("descriptions", mapper.valueToTree(activity.descriptions()));

        Set<String> purposeKeys = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<String> recipients = new LinkedHashSet<>();
        for (PersonalField f : activity.fields()) {
            purposeKeys.addAll(f.purposes());
            categories.addAll(f.categories());
            sources.addAll(f.sources());
            recipients.addAll(f.recipients());
        }
        ArrayNode purposes = node.putArray("purposes"); // Art. 30(1)(b)
        for (String key : purposeKeys) {
            Purpose p = catalogue.purposes().get(key);
            ObjectNode item = purposes.addObject();
            if (p == null) {
                item.putObject("texts").put("fi", key);
                continue;
            }
            item.put("key", key);
            item.set("texts", mapper.valueToTree(p.texts()));
            item.put("legalBasis", p.basis().name());
            if (!p.legitimateInterest().isEmpty()) {
                item.set("legitimateInterest", mapper.valueToTree(p.legitimateInterest()));
            }
            if (p.specialCondition() != null) {
                item.put("specialCategoryCondition", p.specialCondition().name());
            }
        }
        terms(node.putArray("dataSubjects"), catalogue, Term.Vocabulary.SUBJECTS, activity.subjects()); // (c)
        terms(node.putArray("categoriesOfPersonalData"), catalogue, Term.Vocabulary.CATEGORIES, categories); // (c)
        terms(node.putArray("sources"), catalogue, Term.Vocabulary.SOURCES, sources);
        terms(node.putArray("recipients"), catalogue, Term.Vocabulary.RECIPIENTS, recipients); // (d)
        ArrayNode transfers = node.putArray("transfers"); // (e)
        for (String key : recipients) {
            Term t = catalogue.terms(Term.Vocabulary.RECIPIENTS).get(key);
            if (t != null && t.country() != null) {
                ObjectNode item = transfers.addObject();
                item.put("recipient", key);
                item.put("country", t.country());
                item.put("safeguard", t.safeguard() == null ? null : t.safeguard().name());
            }
        }
        ArrayNode retention = node.putArray("retention"); // (f)
        Map<RetentionRule, Set<String>> byRule = new LinkedHashMap<>();
        activity.fields().forEach(f -> byRule.computeIfAbsent(f.retention(), k -> new LinkedHashSet<>()).add(f.className() + "#" + f.field()));
        byRule.forEach((rule, fieldKeys) -> {
            ObjectNode item = retention.addObject();
            retentionInto(item, rule);
            ArrayNode applies = item.putArray("fields");
            fieldKeys.forEach(applies::add);
        });
        ObjectNode security = node.putObject("security"); // (g)
        ArrayNode manual = security.putArray("manual");
        organisation.securityManual().forEach(manual::add);
        ArrayNode electronic = security.putArray("electronic");
        organisation.securityElectronic().forEach(electronic::add);
        Map<String, String> securityText = organisation.texts().get("security");
        if (securityText != null) {
            security.set("texts", mapper.valueToTree(securityText));
        }
        ArrayNode fields = node.putArray("fields");
        for (PersonalField f : activity.fields()) {
            ObjectNode field = fields.addObject();
            field.put("className", f.className());
            field.put("field", f.field());
            if (f.declaredIn() != null) {
                field.put("declaredIn", f.declaredIn());
            }
            field.put("javaType", f.javaType());
            field.set("labels", mapper.valueToTree(f.labels()));
            strings(field.putArray("purposes"), f.purposes());
            strings(field.putArray("sources"), f.sources());
            strings(field.putArray("categories"), f.categories());
            strings(field.putArray("subjects"), f.subjects());
            strings(field.putArray("recipients"), f.recipients());
            retentionInto(field.putObject("retention"), f.retention());
            field.put("special", f.special());
            if (f.specialCondition() != null) {
                field.put("specialCategoryCondition", f.specialCondition());
            }
            if (f.identityCodeGround() != null) {
                field.put("identityCodeGround", f.identityCodeGround());
            }
            if (f.sourceFile() != null) {
                field.put("sourceFile", f.sourceFile());
                field.put("line", f.line());
            }
            field.put("origin", f.origin());
        }
        return node;
    }

    private void terms(ArrayNode array, Catalogue catalogue, Term.Vocabulary kind, Iterable<String> keys) {
        for (String key : keys) {
            Term t = catalogue.terms(kind).get(key);
            ObjectNode item = array.addObject();
            if (t == null) {
                item.putObject("texts").put("fi", key);
                continue;
            }
            item.put("key", key);
            item.set("texts", mapper.valueToTree(t.texts()));
            if (t.special()) {
                item.put("special", true);
            }
            if (t.recipientKind() != null) {
                item.put("kind", t.recipientKind().name());
            }
        }
    }

    private static void retentionInto(ObjectNode node, RetentionRule rule) {
        if (rule.period() != null) {
            node.put("period", rule.period().toString());
            node.put("from", rule.from().name());
        } else {
            node.put("criteria", rule.criteria());
        }
        if (rule.law() != null) {
            node.put("law", rule.law());
        }
    }

    private ObjectNode party(Controller c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", c.name());
        putIfSet(node, "businessId", c.businessId());
        putIfSet(node, "address", c.address());
        putIfSet(node, "phone", c.phone());
        putIfSet(node, "email", c.email());
        putIfSet(node, "web", c.web());
        return node;
    }

    private ObjectNode contact(Contact c) {
        ObjectNode node = mapper.createObjectNode();
        putIfSet(node, "name", c.name());
        putIfSet(node, "title", c.title());
        putIfSet(node, "address", c.address());
        putIfSet(node, "phone", c.phone());
        putIfSet(node, "email", c.email());
        return node;
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
