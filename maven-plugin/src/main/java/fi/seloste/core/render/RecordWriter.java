package fi.seloste.core.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.model.PersonalField;
import fi.seloste.core.model.ProcessingActivity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the Art. 30 record of processing activities as JSON ({@code register.json}), the
 * machine-readable form a data-protection officer or another tool can take in.
 */
public final class RecordWriter {

    /** The record format version; raised when the format changes incompatibly. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    /**
     * @param organisation the organisation facts
     * @param activities the registers
     * @return the record as JSON text ending in a newline
     */
    public String json(Organisation organisation, List<ProcessingActivity> activities) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.set("controller", controller(organisation.controller()));
        putContact(root, "contactPerson", organisation.contactPerson());
        putContact(root, "dataProtectionOfficer", organisation.dpo());
        ArrayNode list = root.putArray("processingActivities");
        for (ProcessingActivity activity : activities) {
            ObjectNode node = list.addObject();
            node.put("name", activity.name());
            strings(node.putArray("purposes"), activity.purposes());
            strings(node.putArray("categoriesOfPersonalData"), activity.labels());
            strings(node.putArray("sources"), activity.sources());
            ArrayNode fields = node.putArray("fields");
            for (PersonalField f : activity.fields()) {
                ObjectNode field = fields.addObject();
                field.put("label", f.label());
                field.put("className", f.className());
                field.put("field", f.field());
                field.put("javaType", f.javaType());
                strings(field.putArray("purposes"), f.purposes());
                strings(field.putArray("sources"), f.sources());
                ObjectNode retention = field.putObject("retention");
                retention.put("period", f.retention().period().toString());
                retention.put("from", f.retention().from().name());
                if (f.sourceFile() != null) {
                    field.put("sourceFile", f.sourceFile());
                    field.put("line", f.line());
                }
            }
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode controller(Controller c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", c.name());
        putIfSet(node, "businessId", c.businessId());
        putIfSet(node, "address", c.address());
        putIfSet(node, "phone", c.phone());
        putIfSet(node, "email", c.email());
        return node;
    }

    private void putContact(ObjectNode parent, String name, Contact c) {
        if (c == null) {
            return;
        }
        ObjectNode node = parent.putObject(name);
        putIfSet(node, "name", c.name());
        putIfSet(node, "title", c.title());
        putIfSet(node, "address", c.address());
        putIfSet(node, "phone", c.phone());
        putIfSet(node, "email", c.email());
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
