package fi.seloste.core.export;

import fi.seloste.core.model.Controller;
import fi.seloste.core.model.DeclaredPurpose;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.PublishedRecord.Activity;
import fi.seloste.core.record.PublishedRecord.Named;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Retention;
import fi.seloste.index.Term;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a record as a fideslang manifest ({@code fides.yml}), the YAML that Fides reads, so a team running Fides gets
 * its data map from the same declarations as the notices: each register one {@code dataset} (its classes as
 * collections, their personal fields with data categories) and one {@code system} with a privacy declaration per
 * purpose (data use, data categories, data subjects, legal basis, special-category basis, retention, third parties),
 * its transfers and the controller. Data categories and data subjects that Fides' taxonomy lacks are declared in the
 * same manifest ({@code data_category}, {@code data_subject}). {@link FidesTaxonomy} says which Fides entry stands for
 * which seloste term.
 */
public final class FidesExport {

    /** The file the export is written to, next to {@code register.json}. */
    public static final String FILE = "fides.yml";

    /**
     * @param out where the YAML goes; flushed, not closed
     * @param record the record
     * @throws IOException when the writer fails
     */
    public void write(Writer out, PublishedRecord record) throws IOException {
        Map<String, Map<String, Object>> customCategories = new LinkedHashMap<>();
        Map<String, Map<String, Object>> customSubjects = new LinkedHashMap<>();
        List<Object> datasets = new ArrayList<>();
        List<Object> systems = new ArrayList<>();
        for (Activity a : record.activities()) {
            Map<String, String> categories = new LinkedHashMap<>();
            for (Named c : a.categories()) {
                String builtIn = FidesTaxonomy.of(FidesTaxonomy.CATEGORIES, c.key());
                String key = builtIn != null ? builtIn : "user.seloste_" + FidesTaxonomy.key(c.fieldKey());
                categories.putIfAbsent(c.fieldKey(), key);
                if (builtIn == null) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("fides_key", key);
                    entry.put("name", name(c.texts()));
                    entry.put("parent_key", "user");
                    customCategories.putIfAbsent(key, entry);
                }
            }
            Map<String, String> subjects = new LinkedHashMap<>();
            for (Named s : a.subjects()) {
                String builtIn = FidesTaxonomy.of(FidesTaxonomy.SUBJECTS, s.key());
                String key = builtIn != null ? builtIn : "seloste_" + FidesTaxonomy.key(s.fieldKey());
                subjects.putIfAbsent(s.fieldKey(), key);
                if (builtIn == null) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("fides_key", key);
                    entry.put("name", name(s.texts()));
                    customSubjects.putIfAbsent(key, entry);
                }
            }
            String key = "seloste." + a.id();
            datasets.add(dataset(key, a, categories));
            systems.add(system(key, a, record.controller(), categories, subjects));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("dataset", datasets);
        manifest.put("system", systems);
        if (!customCategories.isEmpty()) {
            manifest.put("data_category", new ArrayList<>(customCategories.values()));
        }
        if (!customSubjects.isEmpty()) {
            manifest.put("data_subject", new ArrayList<>(customSubjects.values()));
        }
        new YamlWriter(out).document(manifest);
    }

    private static Map<String, Object> dataset(String key, Activity a, Map<String, String> categories) {
        Map<String, List<Object>> byClass = new LinkedHashMap<>();
        for (PersonalField f : a.fields()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.field());
            field.put("description", f.labels().isEmpty() ? f.field() : name(f.labels()));
            field.put("data_categories", fieldCategories(f, categories));
            byClass.computeIfAbsent(f.className(), k -> new ArrayList<>()).add(field);
        }
        List<Object> collections = new ArrayList<>();
        byClass.forEach((className, fields) -> {
            Map<String, Object> collection = new LinkedHashMap<>();
            collection.put("name", className);
            collection.put("fields", fields);
            collections.add(collection);
        });
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("fides_key", key);
        dataset.put("name", name(a.names()));
        if (!a.descriptions().isEmpty()) {
            dataset.put("description", name(a.descriptions()));
        }
        dataset.put("collections", collections);
        return dataset;
    }

    private static List<String> fieldCategories(PersonalField f, Map<String, String> categories) {
        if (f.categories().isEmpty()) {
            return List.of("user");
        }
        return f.categories().stream().map(c -> categories.getOrDefault(c, "user")).distinct().toList();
    }

    private static Map<String, Object> system(String key, Activity a, Controller controller, Map<String, String> categories,
            Map<String, String> subjects) {
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("fides_key", key);
        system.put("name", name(a.names()));
        if (!a.descriptions().isEmpty()) {
            system.put("description", name(a.descriptions()));
        }
        system.put("system_type", "Application");
        system.put("legal_name", controller.name());
        if (controller.address() != null) {
            system.put("legal_address", controller.address());
        }
        system.put("responsibility", List.of("Controller"));
        system.put("dataset_references", List.of(key));
        Set<String> transfers = new LinkedHashSet<>();
        a.recipients().stream().filter(r -> r.safeguard() != null)
                .forEach(r -> transfers.add(FidesTaxonomy.SAFEGUARDS.get(r.safeguard())));
        system.put("does_international_transfers", !transfers.isEmpty());
        system.put("legal_basis_for_transfers", new ArrayList<>(transfers));
        List<String> measures = new ArrayList<>(a.securityManual());
        measures.addAll(a.securityElectronic());
        if (!measures.isEmpty()) {
            system.put("data_security_practices", String.join(", ", measures));
        }
        List<Object> declarations = new ArrayList<>();
        for (DeclaredPurpose p : a.purposes()) {
            declarations.add(declaration(key, a, p, categories, subjects));
        }
        system.put("privacy_declarations", declarations);
        return system;
    }

    private static Map<String, Object> declaration(String key, Activity a, DeclaredPurpose p, Map<String, String> categories,
            Map<String, String> subjects) {
        List<PersonalField> fields = a.fields().stream().filter(f -> f.purposes().contains(p.key())
                && (p.freeText() ? f.lawfulness() != null && f.lawfulness().basis() == p.basis() : f.lawfulness() == null))
                .toList();
        Set<String> dataCategories = new LinkedHashSet<>();
        Set<String> dataSubjects = new LinkedHashSet<>();
        Set<String> retention = new LinkedHashSet<>();
        Set<String> thirdParties = new LinkedHashSet<>();
        boolean special = p.specialCondition() != null;
        String specialBasis = p.specialCondition() == null ? null : FidesTaxonomy.SPECIAL_CONDITIONS.get(p.specialCondition());
        for (PersonalField f : fields) {
            dataCategories.addAll(fieldCategories(f, categories));
            (f.subjects().isEmpty() ? a.subjects().stream().map(Named::fieldKey).toList() : f.subjects())
                    .forEach(s -> dataSubjects.add(subjects.getOrDefault(s, "seloste_" + FidesTaxonomy.key(s))));
            retention.add(retention(f.retention()));
            special |= f.special();
            if (specialBasis == null && f.specialCondition() != null) {
                specialBasis = FidesTaxonomy.SPECIAL_CONDITIONS.get(fi.seloste.SpecialCategoryCondition.valueOf(f.specialCondition()));
            }
            for (String recipient : f.recipients()) {
                a.recipients().stream().filter(r -> r.key().equals(recipient) && r.recipientKind() != fi.seloste.RecipientKind.PROCESSOR)
                        .map(Term::texts).forEach(t -> thirdParties.add(name(t)));
            }
        }
        Map<String, Object> declaration = new LinkedHashMap<>();
        declaration.put("name", name(p.texts()));
        declaration.put("data_use", FidesTaxonomy.dataUse(p.directMarketing(), p.basis()));
        declaration.put("data_categories", dataCategories.isEmpty() ? List.of("user") : new ArrayList<>(dataCategories));
        declaration.put("data_subjects", new ArrayList<>(dataSubjects));
        declaration.put("dataset_references", List.of(key));
        declaration.put("legal_basis_for_processing", FidesTaxonomy.LEGAL_BASES.get(p.basis()));
        declaration.put("flexible_legal_basis_for_processing", false);
        declaration.put("retention_period", String.join("; ", retention));
        declaration.put("processes_special_category_data", special);
        if (specialBasis != null) {
            declaration.put("special_category_legal_basis", specialBasis);
        }
        declaration.put("data_shared_with_third_parties", !thirdParties.isEmpty());
        if (!thirdParties.isEmpty()) {
            declaration.put("third_parties", String.join(", ", thirdParties));
        }
        return declaration;
    }

    /** A retention rule as ISO 8601 and the event it runs from, or its criteria; with the law that sets it. */
    private static String retention(Retention rule) {
        String text = rule.period() != null ? rule.period() + " from " + rule.from().name() : rule.criteria("en") != null
                ? rule.criteria("en") : rule.criteria();
        if (rule.otherwisePeriod() != null) {
            text += ", or when that is not known " + rule.otherwisePeriod() + " from " + rule.otherwiseFrom().name();
        }
        String law = rule.law("en") != null ? rule.law("en") : rule.law();
        return law == null ? text : text + " (" + law + ")";
    }

    /** The English text, else the Finnish, else the first: Fides shows one language. */
    private static String name(Map<String, String> texts) {
        if (texts.containsKey("en")) {
            return texts.get("en");
        }
        if (texts.containsKey("fi")) {
            return texts.get("fi");
        }
        return texts.isEmpty() ? "" : new java.util.TreeMap<>(texts).values().iterator().next();
    }
}
