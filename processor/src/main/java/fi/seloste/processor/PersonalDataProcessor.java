package fi.seloste.processor;

import fi.seloste.index.ClaimedAnnotations;
import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.processor.model.SourceLocator;
import fi.seloste.processor.model.SourceUnits;
import fi.seloste.processor.step.ClassPathCatalogues;
import fi.seloste.processor.step.CompilationState;
import fi.seloste.processor.step.DeclarationReading;
import fi.seloste.processor.step.EntityReach;
import fi.seloste.processor.step.FieldResolution;
import fi.seloste.processor.step.IndexWriting;
import fi.seloste.processor.step.InternalErrorText;
import fi.seloste.processor.step.LocalClassFields;
import fi.seloste.processor.step.MetamodelStep;
import fi.seloste.processor.step.PreviousIndexMerge;
import fi.seloste.processor.validation.Catalogue;
import fi.seloste.processor.validation.DeclarationReader;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.FieldResolver;
import fi.seloste.processor.validation.LegalFacts;
import fi.seloste.processor.validation.RegisterDeclarations;
import fi.seloste.processor.validation.Reporter;
import fi.seloste.processor.validation.UndeclaredFieldCheck;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The compile-time entry point, which turns {@code @PersonalData} fields into the index the GDPR record and privacy
 * notices are built from. It only orchestrates; each step is its own class, run in this order:
 *
 * <ol>
 *   <li><b>Read declarations</b> ({@link DeclarationReading}): registers, purposes and vocabularies, built-in
 *       ones and {@code -Aseloste.catalogues} classes in the first round, and in every round those that other modules'
 *       indexes on the class path declare ({@link ClassPathCatalogues}); then, the mode being known, the free-text
 *       legal facts on the round's annotations are checked against it ({@link LegalFacts}).</li>
 *   <li><b>Resolve fields</b> ({@link FieldResolution}): each {@code @PersonalData} field compiled now, with its
 *       basis and source kind in free-text mode. Fields of local and anonymous classes, which javac shows to no
 *       processor, are found in the source and reported ({@link LocalClassFields}).</li>
 *   <li><b>Reach entities</b> through mapped superclasses and embeddables ({@link EntityReach}), each of their
 *       fields resolved with the facts of the entity that stores it.</li>
 *   <li><b>Check undeclared fields</b> ({@link UndeclaredFieldCheck}): persistent fields that look personal but
 *       say nothing.</li>
 *   <li><b>Write the metamodel</b> ({@link MetamodelStep}), only under {@code -Aseloste.metamodel=true}; no
 *       JavaPoet class is loaded otherwise.</li>
 *   <li><b>Merge with the previous index</b> ({@link PreviousIndexMerge}): entries and declarations of classes not
 *       compiled now are kept. The previous index is read at the start of the first round, before step 1's
 *       round declarations, because kept declarations must be known when fields are resolved.</li>
 *   <li><b>Write the index</b> ({@link IndexWriting}) once, in the final round.</li>
 * </ol>
 *
 * <p>It is registered (by hand, in this order, in {@code META-INF/services/javax.annotation.processing.Processor})
 * before the two processors of {@code fi.seloste.processor.claim}, which claim its annotations and keep
 * {@code -Xlint:all -Werror} builds green once it has seen them.
 *
 * <p>Everything learnt across rounds lives in one {@link CompilationState}. No exception escapes to javac: an
 * unexpected failure in any step, {@link #init} included, becomes one {@code SELOSTE-P901} error, and the index is
 * then not written.
 */
public final class PersonalDataProcessor extends AbstractProcessor {

    /** {@code -Aseloste.debug=true} prints stack traces of internal errors. */
    static final String OPTION_DEBUG = "seloste.debug";
    /** {@code -Aseloste.timing=true} prints the time spent in the processor. */
    static final String OPTION_TIMING = "seloste.timing";
    /** {@code -Aseloste.metamodel=true} turns the generated {@code PersonalFields} classes on (off by default: they cost compile time). */
    static final String OPTION_METAMODEL = "seloste.metamodel";
    /**
     * {@code -Aseloste.catalogues=a.b.Purposes,...}: catalogue classes on the class path, read even when the code does
     * not refer to them and their module has no index; {@link ClassPathCatalogues} finds the others.
     */
    static final String OPTION_CATALOGUES = DeclarationReading.OPTION_CATALOGUES;



    private Reporter reporter;
    private InternalErrorText errors;
    private DeclarationReading declarations;
    private ClassPathCatalogues classPathCatalogues;
    private FieldResolution resolution;
    private EntityReach entityReach;
    private UndeclaredFieldCheck undeclaredCheck;
    private LocalClassFields localClassFields;
    /** {@code null} unless the metamodel is on. */
    private MetamodelStep metamodel;
    private PreviousIndexMerge previousIndex;
    private IndexWriting index;
    private boolean timing;
    /** {@code null} when {@link #init} failed (and said so): the processor then does nothing. */
    private CompilationState state;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        long start = System.nanoTime();
        try {
            reporter = new Reporter(env.getMessager());
            errors = new InternalErrorText(Boolean.parseBoolean(env.getOptions().get(OPTION_DEBUG)));
            Catalogue catalogue = new Catalogue();
            RegisterDeclarations registers = new RegisterDeclarations(env.getElementUtils());
            LegalFacts legalFacts = new LegalFacts(reporter, catalogue, registers);
            declarations = new DeclarationReading(env.getElementUtils(), reporter,
                    new DeclarationReader(env.getElementUtils(), reporter, catalogue, registers), legalFacts,
                    env.getOptions().get(OPTION_CATALOGUES));
            SourceUnits sourceUnits = SourceUnits.of(env);
            SourceLocator locator = SourceLocator.of(env, sourceUnits);
            classPathCatalogues = new ClassPathCatalogues(env, sourceUnits, reporter, catalogue);
            FieldResolver resolver = new FieldResolver(env.getElementUtils(), reporter, locator, catalogue, legalFacts);
            resolution = new FieldResolution(resolver, reporter, errors);
            entityReach = new EntityReach(env.getElementUtils(), env.getTypeUtils(), resolver, reporter);
            undeclaredCheck = UndeclaredFieldCheck.fromOptions(env, reporter, locator, resolver::registerOf);
            localClassFields = LocalClassFields.of(sourceUnits, reporter);
            timing = Boolean.parseBoolean(env.getOptions().get(OPTION_TIMING));
            if ("true".equalsIgnoreCase(env.getOptions().get(OPTION_METAMODEL))) {
                boolean generated = env.getSourceVersion().compareTo(SourceVersion.RELEASE_8) > 0
                        && env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
                metamodel = new MetamodelStep(env.getElementUtils(), env.getFiler(), reporter,
                        PersonalDataProcessor.class.getName(), generated);
            }
            previousIndex = new PreviousIndexMerge(env.getFiler(), reporter, catalogue);
            index = new IndexWriting(env.getFiler(), reporter, catalogue, previousIndex);
            state = new CompilationState();
            state.addStepTime("init (not in process())", System.nanoTime() - start);
        } catch (RuntimeException | LinkageError e) {
            state = null;
            env.getMessager().printMessage(Kind.ERROR, Diagnostic.INTERNAL_ERROR.format("the start-up",
                    new InternalErrorText(Boolean.parseBoolean(env.getOptions().get(OPTION_DEBUG))).describe(e)));
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        if (undeclaredCheck != null && undeclaredCheck.checksDataPackages()) {
            return Set.of("*"); // classes in data packages need no annotation at all to be checked
        }
        Set<String> types = new HashSet<>(ClaimedAnnotations.ALL); // the list the plugin reads bytecode with
        return types;
    }

    @Override
    public Set<String> getSupportedOptions() {
        return options();
    }

    /** @return every {@code -Aseloste.*} option, also recognised by the claiming processor that runs without this one */
    public static Set<String> options() {
        Set<String> options = new HashSet<>(Set.of(OPTION_DEBUG, OPTION_TIMING, OPTION_METAMODEL, OPTION_CATALOGUES));
        options.addAll(UndeclaredFieldCheck.OPTIONS);
        return options;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (state == null) {
            return false; // init failed and said so
        }
        long start = System.nanoTime();
        state.startRound();
        try {
            if (round.processingOver()) {
                step("index writing", () -> index.writeOnce(state));
            } else {
                processRound(round);
            }
        } catch (RuntimeException | LinkageError e) {
            state.internalError();
            reporter.report(Diagnostic.INTERNAL_ERROR, null, "round " + state.rounds(), errors.describe(e));
        }
        state.addTime(System.nanoTime() - start);
        if (round.processingOver() && timing) {
            processingEnv.getMessager().printMessage(Kind.NOTE, String.format(Locale.ROOT,
                    "seloste: process() %.1f ms over %d rounds, %d personal fields, %d undeclared",
                    state.nanos() / 1e6, state.rounds(), previousIndex.entryCount(state),
                    state.undeclaredFields().size()));
            StringBuilder steps = new StringBuilder("seloste: steps")
                    .append(!previousIndex.copiedUnread() ? ""
                            : previousIndex.usedLayout() ? " (previous index entries copied unread, through its layout)"
                            : " (previous index entries copied unread)");
            state.stepNanos().forEach((name, nanos) -> steps.append(String.format(Locale.ROOT, ", %s %.1f ms", name, nanos / 1e6)));
            processingEnv.getMessager().printMessage(Kind.NOTE, steps);
        }
        return false;
    }

    /** One round, step by step, in the order the class comment tells. */
    private void processRound(RoundEnvironment round) {
        CompiledClasses compiled = step("compiled classes",
                () -> CompiledClasses.of(round.getRootElements(), processingEnv.getElementUtils()));
        for (Element root : round.getRootElements()) {
            if (root instanceof PackageElement p) {
                state.processed(p.getQualifiedName().toString());
            }
        }
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            state.processed(type.binaryName());
        }
        resolution.newRound();
        if (state.takeFirstRound()) {
            step("built-in catalogue", declarations::readBuiltIns);
            step("previous index", () -> previousIndex.readPrevious(state));
            step("option catalogues", declarations::readOptionCatalogues);
        }
        step("class-path catalogues", () -> classPathCatalogues.read(round.getRootElements(), compiled, state));
        step("declarations", () -> declarations.read(round.getRootElements(), compiled));
        step("field resolution", () -> resolution.resolve(compiled, state));
        step("local classes", () -> localClassFields.check(round.getRootElements()));
        step("entity reach", () -> entityReach.reach(compiled, state));
        step("undeclared fields", () -> {
            undeclaredCheck.checkOptOuts(compiled);
            undeclaredCheck.check(compiled).forEach(state::undeclared);
        });
        if (metamodel != null) {
            step("metamodel", () -> metamodel.write(compiled, state));
        }
    }

    /** Runs one step, adding its time to the breakdown {@code -Aseloste.timing} prints. */
    private void step(String name, Runnable step) {
        step(name, () -> {
            step.run();
            return null;
        });
    }

    private <T> T step(String name, java.util.function.Supplier<T> step) {
        long start = System.nanoTime();
        try {
            return step.get();
        } finally {
            state.addStepTime(name, System.nanoTime() - start);
        }
    }
}
