package fi.seloste.processor.validation;

import fi.seloste.LegalBasis;
import fi.seloste.SourceKind;
import fi.seloste.index.Lawfulness;
import fi.seloste.index.Register;
import fi.seloste.index.Vocabulary;
import fi.seloste.processor.model.CompiledClasses;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.VariableElement;

/**
 * The legal facts of free-text purposes and sources: in a project without a {@code @Purpose} catalogue, the Art. 6(1)
 * basis (with its legitimate interest and law), whether the purposes are direct marketing, and who the free-text
 * sources are, declared on the field, its classes, package or register instead of on a {@code @Purpose} or
 * {@code @Source} constant.
 *
 * <p>Each fact is inherited like the others: the {@code @PersonalData}, then the {@code @PersonalDataDefaults} of
 * its classes (inner to outer) and package, then the {@code @Register} of the register the field belongs to. The
 * legitimate interest and the law belong to the basis they are written with: they are taken from the level that sets
 * the basis or a more specific one, never from above it, so a field that overrides the basis does not inherit an
 * interest stated for another basis. A legitimate interest is kept only with {@link LegalBasis#LEGITIMATE_INTERESTS}.
 *
 * <p>In a project with {@code @Purpose}, these facts belong on the constants, and setting them anywhere else is an
 * error ({@link #checkAnnotations}).
 */
public final class LegalFacts {

    /** The attributes that carry free-text legal facts, and the annotations that have them. */
    private static final List<String> FIELD_ATTRIBUTES =
            List.of("basis", "legitimateInterest", "basisLaw", "directMarketing", "sourceKind");
    private static final List<String> REGISTER_ATTRIBUTES = List.of("basis", "legitimateInterest", "basisLaw");

    private final Reporter reporter;
    private final Catalogue catalogue;
    private final RegisterDeclarations registers;

    public LegalFacts(Reporter reporter, Catalogue catalogue, RegisterDeclarations registers) {
        this.reporter = reporter;
        this.catalogue = catalogue;
        this.registers = registers;
    }

    /**
     * What a field's free-text facts resolve to.
     *
     * @param lawfulness the basis and what goes with it
     * @param sourceKind who the field's free-text sources are; {@code null} when all its sources are keys
     */
    public record Resolved(Lawfulness lawfulness, SourceKind sourceKind) {}

    /** Forgets what was found about registers: a new round may bring new declarations. */
    public void newRound() {
        registers.newRound();
    }

    // ------------------------------------------------------------------------------------------ annotations

    /**
     * Checks, once per annotation, the {@code @PersonalData}, {@code @PersonalDataDefaults} and {@code @Register}
     * compiled in a round, after its declarations are read (so the mode is known): in catalogue mode no free-text
     * legal fact may be set on them; in free-text mode a basis is one value.
     */
    public void checkAnnotations(Iterable<? extends Element> roots, CompiledClasses compiled) {
        for (Element root : roots) {
            if (root instanceof PackageElement) {
                check(AnnotationValues.of(root, FieldResolver.DEFAULTS), FIELD_ATTRIBUTES);
                check(AnnotationValues.of(root, DeclarationReader.REGISTER), REGISTER_ATTRIBUTES);
            }
        }
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            if (type.annotations().contains(FieldResolver.DEFAULTS)) {
                check(AnnotationValues.of(type.type(), FieldResolver.DEFAULTS), FIELD_ATTRIBUTES);
            }
            if (type.annotations().contains(DeclarationReader.REGISTER)) {
                check(AnnotationValues.of(type.type(), DeclarationReader.REGISTER), REGISTER_ATTRIBUTES);
            }
            for (CompiledClasses.CompiledField field : type.fields()) {
                check(AnnotationValues.of(field.element(), field.annotation(FieldResolver.PERSONAL_DATA)), FIELD_ATTRIBUTES);
            }
        }
    }

    private void check(AnnotationValues a, List<String> attributes) {
        if (a == null) {
            return;
        }
        if (catalogue.catalogueMode()) {
            List<String> set = new ArrayList<>();
            for (String attribute : attributes) {
                if (sets(a, attribute)) {
                    set.add(attribute);
                }
            }
            if (!set.isEmpty()) {
                String names = String.join(", ", set);
                reporter.report(Diagnostic.FREE_TEXT_FACT_IN_CATALOGUE_MODE, a.element(), a.mirror(), a.value(set.get(0)),
                        simple(a), DeclarationReader.describe(a.element()), names, names);
            }
            return;
        }
        List<String> bases = a.enumNames("basis");
        if (bases != null && bases.size() > 1) {
            reporter.report(Diagnostic.BASIS_TWICE, a.element(), a.mirror(), a.value("basis"), simple(a),
                    DeclarationReader.describe(a.element()), bases.size(), String.join(", ", bases), bases.get(0));
        }
    }

    /** Whether the annotation sets the attribute to something other than its default. */
    private static boolean sets(AnnotationValues a, String attribute) {
        return switch (attribute) {
            case "basis" -> a.enumNames(attribute) != null && !a.enumNames(attribute).isEmpty();
            case "directMarketing" -> Boolean.TRUE.equals(a.bool(attribute));
            case "sourceKind" -> a.enumName(attribute) != null && !a.enumName(attribute).equals("NONE");
            default -> a.string(attribute) != null && !a.string(attribute).isBlank();
        };
    }

    // ------------------------------------------------------------------------------------------ fields

    /**
     * Resolves a field's free-text legal facts, reporting what is missing on its {@code @PersonalData}.
     *
     * @param field the field
     * @param own its {@code @PersonalData}
     * @param chain the {@code @PersonalDataDefaults} and {@code @Register} of its classes (inner to outer) and package
     * @param register the register the field belongs to, or {@code null}
     * @param sources the field's resolved sources
     * @param subject the field, for messages ({@code Chat.name})
     * @return the facts; {@code null} in catalogue mode, where {@code @Purpose} and {@code @Source} carry them
     */
    public Resolved resolve(VariableElement field, AnnotationValues own, List<AnnotationValues> chain, Register register,
            List<String> sources, String subject) {
        if (catalogue.catalogueMode()) {
            return null;
        }
        List<AnnotationValues> levels = new ArrayList<>();
        levels.add(own);
        chain.stream().filter(l -> simple(l).equals("PersonalDataDefaults")).forEach(levels::add);
        int defaultsEnd = levels.size();
        AnnotationValues declaration = register == null ? null : registers.of(register);
        if (declaration != null) {
            levels.add(declaration);
        }

        int basisLevel = -1;
        LegalBasis basis = null;
        for (int i = 0; i < levels.size() && basisLevel < 0; i++) {
            List<String> names = levels.get(i).enumNames("basis");
            if (names != null && !names.isEmpty()) {
                basisLevel = i;
                basis = constant(LegalBasis.class, names.get(0));
            }
        }
        String interest = null;
        String law = null;
        if (basisLevel < 0) {
            reporter.report(Diagnostic.BASIS_MISSING, field, own.mirror(), own.value("purpose"), subject);
        } else {
            List<AnnotationValues> withBasis = levels.subList(0, basisLevel + 1);
            interest = firstText(withBasis, "legitimateInterest");
            law = firstText(withBasis, "basisLaw");
            String where = where(levels.get(basisLevel));
            if (basis == LegalBasis.LEGITIMATE_INTERESTS) {
                if (interest == null) {
                    reporter.report(Diagnostic.FREE_TEXT_LEGITIMATE_INTEREST_UNDESCRIBED, field, own.mirror(),
                            own.value("basis"), subject, where);
                }
                if (register != null && register.publicAuthority()) {
                    reporter.report(Diagnostic.FREE_TEXT_LEGITIMATE_INTEREST_OF_AUTHORITY, field, own.mirror(),
                            own.value("basis"), subject, register.id(), where);
                }
            } else {
                interest = null; // stated for legitimate interests only
            }
        }
        List<AnnotationValues> fieldLevels = levels.subList(0, defaultsEnd);
        boolean directMarketing = false;
        for (AnnotationValues level : fieldLevels) {
            Boolean written = level.bool("directMarketing");
            if (written != null) {
                directMarketing = written;
                break;
            }
        }
        SourceKind sourceKind = null;
        for (AnnotationValues level : fieldLevels) {
            String kind = level.enumName("sourceKind");
            if (kind != null && !kind.equals("NONE")) {
                sourceKind = constant(SourceKind.class, kind);
                break;
            }
        }
        String freeText = sources.stream().filter(s -> !catalogue.terms(Vocabulary.SOURCES).containsKey(s)).findFirst()
                .orElse(null);
        if (freeText != null && sourceKind == null) {
            reporter.report(Diagnostic.SOURCE_KIND_MISSING, field, own.mirror(), own.value("source"), subject, freeText);
        }
        return new Resolved(basis == null ? null : new Lawfulness(basis, interest, law, directMarketing),
                freeText == null ? null : sourceKind);
    }

    private static String firstText(List<AnnotationValues> levels, String attribute) {
        for (AnnotationValues level : levels) {
            String value = level.string(attribute);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** Where a level is, for messages: {@code @PersonalDataDefaults on package com.example}. */
    private static String where(AnnotationValues level) {
        if (simple(level).equals("PersonalData")) {
            return "@PersonalData";
        }
        return "@" + simple(level) + " on " + DeclarationReader.describe(level.element());
    }

    private static String simple(AnnotationValues a) {
        return a.mirror().getAnnotationType().asElement().getSimpleName().toString();
    }

    /** The enum constant an annotation value names, or {@code null} when it names none (javac reported that). */
    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
