package fi.seloste.processor.step;

import com.palantir.javapoet.ClassName;
import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.index.PersonalField;
import fi.seloste.index.Retention;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.FieldResolver;
import fi.seloste.processor.validation.Reporter;
import fi.seloste.processor.writer.MetamodelWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Step 5, write the metamodel: the {@code PersonalFields} class of every package with a class compiled in the round,
 * only under {@code -Aseloste.metamodel=true}.
 *
 * <p>This is the only step that touches JavaPoet: the processor creates it only when the metamodel is on, so a
 * compilation without the metamodel never loads a JavaPoet class. Its public signatures name no JavaPoet type.
 */
public final class MetamodelStep {

    private final Elements elements;
    private final Filer filer;
    private final Reporter reporter;
    private final MetamodelWriter metamodel;
    /** The compiled classes' names for the metamodel ({@code null}: not accessible from generated code). */
    private final Map<String, ClassName> metamodelClasses = new HashMap<>();
    /** The round in which each package's metamodel was written. */
    private final Map<String, Integer> metamodelWritten = new HashMap<>();

    public MetamodelStep(Elements elements, Filer filer, Reporter reporter, String processorName,
            boolean generatedAvailable) {
        this.elements = elements;
        this.filer = filer;
        this.reporter = reporter;
        this.metamodel = new MetamodelWriter(processorName, generatedAvailable);
    }

    /**
     * Writes the {@code PersonalFields} class of every package with a class compiled in this round, from all
     * the package's known fields: those compiled now and those kept from the previous index, so a one-file
     * recompile regenerates the whole package.
     */
    public void write(CompiledClasses compiled, CompilationState state) {
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            metamodelClasses.put(type.binaryName(), accessible(type.type()) ? ClassName.get(type.type()) : null);
        }
        Map<String, List<Element>> packages = new TreeMap<>();
        Set<String> withPersonalFields = new HashSet<>();
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            String pkg = packageOf(type.binaryName());
            packages.computeIfAbsent(pkg, k -> new ArrayList<>()).add(type.type());
            if (type.fields().stream().anyMatch(f -> f.annotation(FieldResolver.PERSONAL_DATA) != null)) {
                withPersonalFields.add(pkg);
            }
        }
        Map<String, Map<ClassName, List<PersonalField>>> byPackage = new TreeMap<>();
        List<PersonalField> described = new ArrayList<>(state.resolvedFields().values());
        Set<String> current = state.currentClasses();
        described.addAll(state.keptOwnFields(className -> {
            String pkg = packageOf(className);
            return packages.containsKey(pkg) && !metamodelWritten.containsKey(pkg) && !current.contains(className);
        }));
        for (PersonalField f : described) {
            String pkg = packageOf(f.className());
            if (f.declaredIn() != null || !packages.containsKey(pkg)) {
                continue; // reached copies are described where they are declared
            }
            ClassName owner = metamodelClasses.computeIfAbsent(f.className(), this::keptClassName);
            if (owner != null) {
                byPackage.computeIfAbsent(pkg, k -> new TreeMap<>(Comparator.comparing(ClassName::reflectionName)))
                        .computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
            }
        }
        for (Map.Entry<String, Map<ClassName, List<PersonalField>>> e : byPackage.entrySet()) {
            String pkg = e.getKey();
            ClassName generated = MetamodelWriter.className(pkg);
            Integer writtenIn = metamodelWritten.get(pkg);
            if (writtenIn != null) {
                if (withPersonalFields.contains(pkg)) {
                    reporter.report(Diagnostic.METAMODEL_INCOMPLETE, null, generated, writtenIn, state.rounds());
                }
                continue; // a later round compiles only what was generated; nothing new to describe
            }
            metamodelWritten.put(pkg, state.rounds());
            if (tooLarge(generated, e.getValue())) {
                continue;
            }
            e.getValue().values().forEach(list -> list.sort(Comparator.comparing(PersonalField::field)));
            try {
                metamodel.forPackage(pkg, e.getValue(), packages.get(pkg)).writeTo(filer);
            } catch (IOException | RuntimeException ex) {
                reporter.report(Diagnostic.METAMODEL_NOT_WRITTEN, null, generated, ex.getMessage());
            }
        }
    }

    /** Reports each class with more personal fields than one generated class can hold; the package is then not written. */
    private boolean tooLarge(ClassName generated, Map<ClassName, List<PersonalField>> classes) {
        boolean tooLarge = false;
        for (Map.Entry<ClassName, List<PersonalField>> c : classes.entrySet()) {
            if (c.getValue().size() > MetamodelWriter.MAX_FIELDS_PER_CLASS) {
                reporter.report(Diagnostic.METAMODEL_CLASS_TOO_LARGE, null, generated, c.getKey().reflectionName(),
                        c.getValue().size(), MetamodelWriter.MAX_FIELDS_PER_CLASS);
                tooLarge = true;
            }
        }
        return tooLarge;
    }

    /** A class kept from the previous index, looked up once; {@code null} when it is gone or not accessible. */
    private ClassName keptClassName(String binaryName) {
        if (binaryName.indexOf('$') < 0) { // a top-level class is visible in its package: no need to load it
            String pkg = packageOf(binaryName);
            return ClassName.get(pkg, pkg.isEmpty() ? binaryName : binaryName.substring(pkg.length() + 1));
        }
        TypeElement type = elements.getTypeElement(binaryName.replace('$', '.'));
        return type != null && accessible(type) ? ClassName.get(type) : null;
    }

    private static String packageOf(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        return dot < 0 ? "" : binaryName.substring(0, dot);
    }

    private static boolean accessible(TypeElement type) {
        Element e = type;
        while (e instanceof TypeElement t) {
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
            if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
                return false;
            }
            e = t.getEnclosingElement();
        }
        return true;
    }
}
