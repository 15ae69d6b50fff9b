package fi.seloste.processor.validation;

import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;
import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.index.Purpose;
import fi.seloste.index.Register;
import fi.seloste.index.Term;
import fi.seloste.index.Undeclared;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Retention;
import fi.seloste.processor.model.SourceLocator;
import fi.seloste.index.Vocabulary;
import fi.seloste.processor.model.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Turns one {@code @PersonalData} field into a fully resolved {@link PersonalField}: applies the defaults
 * of its classes, package and register, checks every value against the catalogue, and applies the legal
 * rules, reporting each problem on the annotation value that causes it.
 */
public final class FieldResolver {

    public static final String PERSONAL_DATA = "fi.seloste.PersonalData";
    public static final String DEFAULTS = "fi.seloste.PersonalDataDefaults";
    public static final String NOT_PERSONAL_DATA = "fi.seloste.NotPersonalData";

    private final Elements elements;
    private final Reporter reporter;
    private final SourceLocator locator;
    private final Catalogue catalogue;
    private final LegalFacts legalFacts;

    public FieldResolver(Elements elements, Reporter reporter, SourceLocator locator, Catalogue catalogue,
            LegalFacts legalFacts) {
        this.elements = elements;
        this.reporter = reporter;
        this.locator = locator;
        this.catalogue = catalogue;
        this.legalFacts = legalFacts;
    }

    /**
     * @param field a field carrying {@code @PersonalData}
     * @return the resolved field, or empty when an error was reported on it
     */
    public Optional<PersonalField> resolve(VariableElement field) {
        return resolve(field, AnnotationValues.of(field, PERSONAL_DATA), AnnotationValues.of(field, NOT_PERSONAL_DATA) != null);
    }

    /**
     * @param field a compiled field whose annotations were read once
     * @return the resolved field, or empty when it carries no {@code @PersonalData} or an error was reported on it
     */
    public Optional<PersonalField> resolve(CompiledClasses.CompiledField field) {
        return resolve(field.element(), AnnotationValues.of(field.element(), field.annotation(PERSONAL_DATA)),
                field.annotation(NOT_PERSONAL_DATA) != null);
    }

    /** Forgets what was cached about classes: a new round may bring new declarations. */
    public void newRound() {
        chains.clear();
        legalFacts.newRound();
    }

    /**
     * @param owner a class
     * @return the id of the register its fields belong to unless they name another one (from its
     *     {@code @PersonalDataDefaults} or an enclosing {@code @Register}), or {@code null} for the default register
     */
    public String registerOf(TypeElement owner) {
        for (AnnotationValues level : chains.computeIfAbsent(owner, this::defaultsChain)) {
            String v = level.string(simple(level).equals("Register") ? "id" : "register");
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private final Map<TypeElement, List<AnnotationValues>> chains = new java.util.HashMap<>();

    private Optional<PersonalField> resolve(VariableElement field, AnnotationValues own, boolean optedOut) {
        if (own == null) {
            return Optional.empty();
        }
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        String subject = owner.getSimpleName() + "." + field.getSimpleName();
        int errors = reporter.errorCount();

        if (field.getModifiers().contains(Modifier.STATIC)) {
            reporter.report(Diagnostic.STATIC_FIELD, field, own.mirror(), null, subject);
        }
        own.checkLengths(reporter, subject);
        if (optedOut) {
            reporter.report(Diagnostic.BOTH_ANNOTATIONS, field, own.mirror(), null, subject);
        }
        List<AnnotationValues> chain = chains.computeIfAbsent(owner, this::defaultsChain);

        // register: the field, then the classes and the package
        Inherited<String> registerId = firstString(own, chain, "register");
        Register register = null;
        if (registerId != null) {
            register = catalogue.registers().get(registerId.value);
            if (register == null) {
                reporter.report(Diagnostic.UNKNOWN_REGISTER, field, registerId.from.mirror(), registerId.from.value("register"),
                        "@" + simple(registerId.from), subject, registerId.value,
                        Catalogue.suggestion(registerId.value, catalogue.registers().keySet()), registerId.value);
            }
        }

        List<String> purposes = strings(own, chain, "purpose", subject);
        if (purposes == null && register != null && !register.purposes().isEmpty()) {
            purposes = register.purposes();
        }
        if (purposes == null || purposes.isEmpty()) {
            reporter.report(Diagnostic.PURPOSE_MISSING, field, own.mirror(), own.value("purpose"), subject);
            purposes = List.of();
        }
        List<String> sources = strings(own, chain, "source", subject);
        if (sources == null || sources.isEmpty()) {
            reporter.report(Diagnostic.SOURCE_MISSING, field, own.mirror(), own.value("source"), subject);
            sources = List.of();
        }
        List<String> categories = orEmpty(strings(own, chain, "category", subject));
        List<String> subjects = strings(own, chain, "subjects", subject);
        if (subjects == null && register != null) {
            subjects = register.subjects();
        }
        subjects = orEmpty(subjects);
        List<String> recipients = orEmpty(strings(own, chain, "recipients", subject));

        Retention retention = retention(field, own, chain, subject);
        Map<String, String> labels = labels(field, own, subject);

        // keys: purposes always in catalogue mode; vocabulary values must be keys in catalogue mode
        checkPurposes(field, own, chain, subject, purposes);
        checkTerms(field, own, chain, "source", Vocabulary.SOURCES, sources, subject);
        checkTerms(field, own, chain, "category", Vocabulary.CATEGORIES, categories, subject);
        checkTerms(field, own, chain, "subjects", Vocabulary.SUBJECTS, subjects, subject);
        checkTerms(field, own, chain, "recipients", Vocabulary.RECIPIENTS, recipients, subject);
        // free-text mode: the basis and the kind of free-text sources, as @Purpose and @Source say in catalogue mode
        LegalFacts.Resolved legal = legalFacts.resolve(field, own, chain, register, sources, subject);

        boolean special = Boolean.TRUE.equals(own.bool("special"))
                || categories.stream().map(k -> catalogue.terms(Vocabulary.CATEGORIES).get(k)).anyMatch(t -> t != null && t.special());
        String ownCondition = nonDefault(own.enumName("specialCondition"));
        if (special && ownCondition == null && !purposesCarryCondition(purposes)) {
            String categoryNote = categories.stream()
                    .filter(k -> catalogue.terms(Vocabulary.CATEGORIES).get(k) != null && catalogue.terms(Vocabulary.CATEGORIES).get(k).special())
                    .findFirst().map(k -> ", category '" + k + "'").orElse("");
            reporter.report(Diagnostic.SPECIAL_WITHOUT_CONDITION, field, own.mirror(), null, subject, categoryNote,
                    String.join(", ", purposes));
        }
        boolean identityCode = categories.stream().map(k -> catalogue.terms(Vocabulary.CATEGORIES).get(k))
                .anyMatch(t -> t != null && t.identityCode());
        String ground = nonDefault(own.enumName("identityCodeGround"));
        if (identityCode && ground == null) {
            reporter.report(Diagnostic.IDENTITY_CODE_WITHOUT_GROUND, field, own.mirror(), null, subject);
        }
        if (register != null && register.publicAuthority()) {
            for (String key : purposes) {
                Purpose p = catalogue.purposes().get(key);
                if (p != null && p.basis() == fi.seloste.LegalBasis.LEGITIMATE_INTERESTS) {
                    reporter.report(Diagnostic.LEGITIMATE_INTEREST_OF_AUTHORITY, field, own.mirror(), own.value("purpose"),
                            subject, register.id(), key);
                }
            }
        }
        if (reporter.errorCount() > errors) {
            return Optional.empty();
        }
        SourceLocator.Position position = locator.locate(field);
        return Optional.of(new PersonalField(
                elements.getBinaryName(owner).toString(),
                field.getSimpleName().toString(),
                null,
                field.asType().toString(),
                register == null ? null : register.id(),
                labels,
                purposes,
                sources,
                categories,
                subjects,
                recipients,
                retention,
                special,
                ownCondition,
                ground,
                legal == null ? null : legal.lawfulness(),
                legal == null ? null : legal.sourceKind(),
                position.file(),
                position.line(),
                null));
    }

    /** The {@code @PersonalDataDefaults} and {@code @Register} of the classes (inner to outer) and the package. */
    private List<AnnotationValues> defaultsChain(TypeElement owner) {
        List<AnnotationValues> chain = new ArrayList<>();
        Element e = owner;
        while (e != null) {
            if (e instanceof TypeElement || e instanceof PackageElement) {
                AnnotationValues defaults = AnnotationValues.of(e, DEFAULTS);
                if (defaults != null) {
                    chain.add(defaults);
                }
                AnnotationValues register = AnnotationValues.of(e, DeclarationReader.REGISTER);
                if (register != null) {
                    chain.add(register);
                }
            }
            if (e instanceof PackageElement) {
                break;
            }
            e = e.getEnclosingElement();
        }
        return chain;
    }

    private record Inherited<T>(T value, AnnotationValues from) {}

    /** The register id: an explicit {@code register} attribute, or the id of an enclosing {@code @Register}. */
    private static Inherited<String> firstString(AnnotationValues own, List<AnnotationValues> chain, String name) {
        String value = own.string(name);
        if (value != null && !value.isBlank()) {
            return new Inherited<>(value.strip(), own);
        }
        for (AnnotationValues level : chain) {
            boolean isRegister = simple(level).equals("Register");
            String v = level.string(isRegister ? "id" : name);
            if (v != null && !v.isBlank()) {
                return new Inherited<>(v.strip(), level);
            }
        }
        return null;
    }

    /**
     * The first level that writes the attribute wins; blank entries are reported there. Returns
     * {@code null} when no level writes it.
     */
    private List<String> strings(AnnotationValues own, List<AnnotationValues> chain, String name, String subject) {
        List<AnnotationValues> levels = new ArrayList<>();
        levels.add(own);
        chain.stream().filter(l -> simple(l).equals("PersonalDataDefaults")).forEach(levels::add);
        for (AnnotationValues level : levels) {
            List<String> values = level.strings(name);
            if (values == null) {
                continue;
            }
            Set<String> result = new LinkedHashSet<>();
            for (String v : values) {
                if (v.isBlank()) {
                    if (name.equals("purpose") || name.equals("source")) {
                        return List.of(); // reported as missing or blank by the caller
                    }
                    reporter.report(Diagnostic.BLANK_VALUE, level.element(), level.mirror(), level.value(name),
                            simple(level), subject, name);
                    continue;
                }
                result.add(v.strip());
            }
            return List.copyOf(result);
        }
        return null;
    }

    private Retention retention(VariableElement field, AnnotationValues own, List<AnnotationValues> chain, String subject) {
        List<AnnotationValues> levels = new ArrayList<>();
        levels.add(own);
        chain.stream().filter(l -> simple(l).equals("PersonalDataDefaults")).forEach(levels::add);
        for (AnnotationValues level : levels) {
            String period = level.string("retention");
            String criteria = level.string("retentionCriteria");
            boolean hasPeriod = period != null && !(period.isEmpty() && level != own);
            boolean hasCriteria = criteria != null && !criteria.isBlank();
            if (!hasPeriod && !hasCriteria) {
                continue;
            }
            if (hasPeriod && hasCriteria) {
                reporter.report(Diagnostic.RETENTION_TWICE, level.element(), level.mirror(), level.value("retentionCriteria"),
                        simple(level), subject);
                return null;
            }
            String from = level.enumName("retentionFrom");
            String lawText = level.string("retentionLaw"); // the law belongs to the period it sets
            String law = lawText == null || lawText.isBlank() ? null : lawText.strip();
            Map<String, String> lawTexts = otherLanguages(level, "retentionLaw");
            if (hasCriteria) {
                return new Retention(null, from == null ? null : RetentionTrigger.valueOf(from), criteria.strip(), law,
                        null, null, otherLanguages(level, "retentionCriteria"), lawTexts);
            }
            RetentionPeriod parsed;
            try {
                parsed = RetentionPeriod.parse(period);
            } catch (IllegalArgumentException e) {
                reporter.report(Diagnostic.RETENTION_INVALID, level.element(), level.mirror(), level.value("retention"),
                        subject, e.getMessage());
                return null;
            }
            RetentionPeriod otherwise = null;
            String otherwiseText = level.string("retentionOtherwise");
            if (otherwiseText != null && !otherwiseText.isBlank()) {
                try {
                    otherwise = RetentionPeriod.parse(otherwiseText.strip());
                } catch (IllegalArgumentException e) {
                    reporter.report(Diagnostic.RETENTION_INVALID, level.element(), level.mirror(),
                            level.value("retentionOtherwise"), subject, e.getMessage());
                    return null;
                }
            }
            String otherwiseFrom = level.enumName("retentionOtherwiseFrom");
            return new Retention(parsed, from == null ? RetentionTrigger.COLLECTION : RetentionTrigger.valueOf(from), null, law,
                    otherwise, otherwise == null ? null
                            : otherwiseFrom == null ? RetentionTrigger.COLLECTION : RetentionTrigger.valueOf(otherwiseFrom),
                    Map.of(), lawTexts);
        }
        reporter.report(Diagnostic.RETENTION_MISSING, field, own.mirror(), null, subject);
        return null;
    }

    /** The Swedish and English texts of a text attribute ({@code retentionLawSv}, {@code retentionLawEn}), when given. */
    private static Map<String, String> otherLanguages(AnnotationValues level, String attribute) {
        Map<String, String> texts = new java.util.TreeMap<>();
        for (String language : List.of("sv", "en")) {
            String text = level.string(attribute + Character.toUpperCase(language.charAt(0)) + language.substring(1));
            if (text != null && !text.isBlank()) {
                texts.put(language, text.strip());
            }
        }
        return texts;
    }

    private Map<String, String> labels(VariableElement field, AnnotationValues own, String subject) {
        for (String name : List.of("label", "labelSv", "labelEn")) {
            String v = own.string(name);
            if (v != null && !v.isEmpty() && v.isBlank()) {
                reporter.report(Diagnostic.BLANK_LABEL, field, own.mirror(), own.value(name), subject, name);
            }
        }
        return Texts.of(own.string("label"), own.string("labelSv"), own.string("labelEn"));
    }

    private void checkPurposes(VariableElement field, AnnotationValues own, List<AnnotationValues> chain, String subject,
            List<String> purposes) {
        if (!catalogue.catalogueMode()) {
            return;
        }
        for (String key : purposes) {
            if (!catalogue.purposes().containsKey(key)) {
                AnnotationValues at = levelWriting(own, chain, "purpose");
                reporter.report(Diagnostic.UNKNOWN_PURPOSE, at.element(), at.mirror(), at.value("purpose"),
                        simple(at), subject, key, Catalogue.suggestion(key, catalogue.purposes().keySet()));
            }
        }
    }

    private void checkTerms(VariableElement field, AnnotationValues own, List<AnnotationValues> chain, String attribute,
            Vocabulary kind, List<String> values, String subject) {
        Map<String, Term> known = catalogue.terms(kind);
        for (String key : values) {
            if (known.containsKey(key)) {
                catalogue.markUsed(kind, key);
                continue;
            }
            boolean freeTextAllowed = !catalogue.catalogueMode() && kind == Vocabulary.SOURCES;
            if (freeTextAllowed) {
                continue;
            }
            AnnotationValues at = levelWriting(own, chain, attribute);
            String builtIn = kind.builtIn() == null ? "your @" + kind.annotationSimpleName() + " constants"
                    : kind.builtIn().substring(kind.builtIn().lastIndexOf('.') + 1);
            reporter.report(Diagnostic.UNKNOWN_TERM, at.element(), at.mirror(), at.value(attribute), simple(at), subject,
                    kind.noun(), key, Catalogue.suggestion(key, known.keySet()), builtIn, kind.annotationSimpleName());
        }
    }

    private static AnnotationValues levelWriting(AnnotationValues own, List<AnnotationValues> chain, String name) {
        if (own.has(name)) {
            return own;
        }
        for (AnnotationValues level : chain) {
            if (level.has(name) || (name.equals("purpose") && level.has("purposes"))) {
                return level;
            }
        }
        return own;
    }

    private boolean purposesCarryCondition(List<String> purposes) {
        if (purposes.isEmpty()) {
            return false;
        }
        for (String key : purposes) {
            Purpose p = catalogue.purposes().get(key);
            if (p == null || p.specialCondition() == null) {
                return false;
            }
        }
        return true;
    }

    private static String simple(AnnotationValues a) {
        return a.mirror().getAnnotationType().asElement().getSimpleName().toString();
    }

    private static String nonDefault(String enumName) {
        return enumName == null || enumName.equals("NONE") ? null : enumName;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
