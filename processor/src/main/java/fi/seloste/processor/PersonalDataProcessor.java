package fi.seloste.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.processor.model.Declarations;
import fi.seloste.processor.model.IndexEntry;
import fi.seloste.processor.model.PersonalField;
import fi.seloste.processor.model.SourceLocator;
import fi.seloste.processor.model.TermKind;
import fi.seloste.processor.validation.AnnotationValues;
import fi.seloste.processor.validation.Catalogue;
import fi.seloste.processor.validation.DeclarationReader;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.FieldResolver;
import fi.seloste.processor.validation.Reporter;
import fi.seloste.processor.validation.UndeclaredFieldCheck;
import fi.seloste.processor.writer.IndexWriter;
import fi.seloste.processor.writer.KeptField;
import fi.seloste.processor.writer.MetamodelWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The compile-time entry point: reads the declarations, resolves and checks every {@code @PersonalData}
 * field, flags undeclared personal fields, generates the metamodel, and writes the index once, in the
 * final round, keeping the entries of classes this compilation did not touch.
 *
 * <p>No exception escapes to javac: an unexpected failure becomes one {@code SELOSTE-P901} error.
 */
@AutoService(Processor.class)
public final class PersonalDataProcessor extends AbstractProcessor {

    /** {@code -Aseloste.debug=true} prints stack traces of internal errors. */
    static final String OPTION_DEBUG = "seloste.debug";
    /** {@code -Aseloste.timing=true} prints the time spent in the processor. */
    static final String OPTION_TIMING = "seloste.timing";
    /** {@code -Aseloste.metamodel=true} turns the generated {@code PersonalFields} classes on (off by default: they cost compile time). */
    static final String OPTION_METAMODEL = "seloste.metamodel";
    /** {@code -Aseloste.catalogues=a.b.Purposes,...}: catalogue classes on the class path. */
    static final String OPTION_CATALOGUES = "seloste.catalogues";

    private static final Set<String> SELOSTE_ANNOTATIONS = Set.of(
            FieldResolver.PERSONAL_DATA, FieldResolver.NOT_PERSONAL_DATA, FieldResolver.DEFAULTS,
            DeclarationReader.PURPOSE, DeclarationReader.REGISTER,
            "fi.seloste.Source", "fi.seloste.DataCategory", "fi.seloste.DataSubject", "fi.seloste.Recipient");

    private Reporter reporter;
    private Catalogue catalogue;
    private DeclarationReader declarations;
    private FieldResolver resolver;
    private UndeclaredFieldCheck undeclaredCheck;
    private MetamodelWriter metamodel;
    private boolean metamodelOn;
    private boolean timing;

    /** The fields resolved in this compilation, by key. */
    private final Map<String, PersonalField> fields = new TreeMap<>();
    /** The previous index's entries of classes not compiled now, by key, in index order; {@link #fields} wins. */
    private final Map<String, KeptField> keptFields = new LinkedHashMap<>();
    /**
     * Kept entities that reach fields of a mapped superclass or embeddable compiled now: their copies are reached
     * again from their class files, so an edit of the superclass alone reaches them, as in a clean build.
     */
    private final Set<String> reachAgain = new java.util.TreeSet<>();
    private final Map<String, Declarations.Undeclared> undeclared = new TreeMap<>();
    private final Set<String> processedOwners = new HashSet<>();
    private final List<Element> originating = new ArrayList<>();
    private IndexWriter.Previous previous;
    private boolean firstRound = true;
    private boolean written;
    /** After an internal error the index would be incomplete: it is not written, and javac fails. */
    private boolean internalError;
    private long nanos;
    private int rounds;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        try {
            reporter = new Reporter(env.getMessager());
            catalogue = new Catalogue();
            declarations = new DeclarationReader(env.getElementUtils(), reporter, catalogue);
            resolver = new FieldResolver(env.getElementUtils(), reporter, SourceLocator.of(env), catalogue);
            undeclaredCheck = UndeclaredFieldCheck.fromOptions(env, reporter, SourceLocator.of(env));
            metamodelOn = "true".equalsIgnoreCase(env.getOptions().get(OPTION_METAMODEL));
            timing = Boolean.parseBoolean(env.getOptions().get(OPTION_TIMING));
            boolean generated = env.getSourceVersion().compareTo(SourceVersion.RELEASE_8) > 0
                    && env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
            metamodel = new MetamodelWriter(PersonalDataProcessor.class.getName(), generated);
        } catch (RuntimeException | LinkageError e) {
            internalError = true;
            env.getMessager().printMessage(Kind.ERROR, Diagnostic.INTERNAL_ERROR.format("the start-up", describe(e)));
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        if (undeclaredCheck != null && undeclaredCheck.checksDataPackages()) {
            return Set.of("*"); // classes in data packages need no annotation at all to be checked
        }
        Set<String> types = new HashSet<>(SELOSTE_ANNOTATIONS);
        types.addAll(UndeclaredFieldCheck.PERSISTENT_ANNOTATIONS);
        return types;
    }

    @Override
    public Set<String> getSupportedOptions() {
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
        if (metamodel == null) {
            return false; // init failed and said so
        }
        long start = System.nanoTime();
        rounds++;
        try {
            if (round.processingOver()) {
                writeIndexOnce();
            } else {
                processRound(round);
            }
        } catch (RuntimeException | LinkageError e) {
            internalError = true;
            reporter.report(Diagnostic.INTERNAL_ERROR, null, "round " + rounds, describe(e));
        }
        nanos += System.nanoTime() - start;
        if (round.processingOver() && timing) {
            processingEnv.getMessager().printMessage(Kind.NOTE, String.format(java.util.Locale.ROOT,
                    "seloste: process() %.1f ms over %d rounds, %d personal fields, %d undeclared",
                    nanos / 1e6, rounds, entryCount(), undeclared.size()));
        }
        return false;
    }

    private void processRound(RoundEnvironment round) {
        CompiledClasses compiled = CompiledClasses.of(round.getRootElements(), processingEnv.getElementUtils());
        for (Element root : round.getRootElements()) {
            if (root instanceof PackageElement p) {
                processedOwners.add(p.getQualifiedName().toString());
            }
        }
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            processedOwners.add(type.binaryName());
        }
        resolver.newRound();
        if (firstRound) {
            firstRound = false;
            loadBuiltIns();
            loadPrevious();
            loadOptionCatalogues();
        }
        // declarations first: fields refer to them
        for (Element root : round.getRootElements()) {
            if (root instanceof PackageElement) {
                declarations.readRegister(root);
            }
        }
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            declarations.readType(type);
        }
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            boolean accessible = accessible(type.type());
            metamodelClasses.put(type.binaryName(), accessible ? ClassName.get(type.type()) : null);
            for (CompiledClasses.CompiledField field : type.fields()) {
                if (field.annotation(FieldResolver.PERSONAL_DATA) == null) {
                    continue;
                }
                VariableElement element = field.element();
                if (element.getKind() == ElementKind.ENUM_CONSTANT) {
                    reporter.report(Diagnostic.STATIC_FIELD, element, type.type().getSimpleName() + "."
                            + element.getSimpleName() + " (an enum constant)");
                    continue;
                }
                try {
                    resolver.resolve(field).ifPresent(resolved -> {
                        fields.put(resolved.key(), resolved);
                        originating.add(element);
                    });
                } catch (RuntimeException e) {
                    internalError = true;
                    reporter.report(Diagnostic.INTERNAL_ERROR, element, element.getSimpleName(), describe(e));
                }
            }
        }
        reachEntities(compiled);
        reachKeptEntitiesAgain();
        undeclaredCheck.checkOptOuts(compiled);
        for (Declarations.Undeclared u : undeclaredCheck.check(compiled)) {
            undeclared.put(u.className() + "#" + u.field(), u);
        }
        if (metamodelOn) {
            writeMetamodel(compiled);
        }
    }

    /**
     * Copies the personal fields of mapped superclasses and embeddables onto the entities that use them,
     * so each entity's entry lists everything it stores ({@code declaredIn} names where the field is).
     */
    private void reachEntities(CompiledClasses compiled) {
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            if (type.annotatedWithAny(ENTITY)) {
                reach(type);
            }
        }
    }

    /**
     * Reaches again, from its class file, each kept entity whose mapped superclass or embeddable is compiled now
     * (or gone): its own entries are taken over as they were, and its reached copies are made anew. An entity that
     * cannot be found keeps its old entries.
     */
    private void reachKeptEntitiesAgain() {
        for (String name : reachAgain) {
            if (processedOwners.contains(name)) {
                continue; // compiled in this round after all: reached above
            }
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name.replace('$', '.'));
            if (type == null || !processingEnv.getElementUtils().getBinaryName(type).contentEquals(name)) {
                continue;
            }
            CompiledClasses.CompiledClass entity = CompiledClasses.of(Set.of(type), processingEnv.getElementUtils())
                    .classes().get(0);
            if (!entity.annotatedWithAny(ENTITY)) {
                continue;
            }
            for (var it = keptFields.values().iterator(); it.hasNext();) {
                KeptField k = it.next();
                if (k.className().equals(name)) {
                    if (k.declaredIn() == null) {
                        PersonalField own = k.parse();
                        fields.put(own.key(), own);
                    }
                    it.remove();
                }
            }
            reach(entity);
        }
        reachAgain.clear();
    }

    private void reach(CompiledClasses.CompiledClass type) {
        TypeElement entity = type.type();
        String entityName = type.binaryName();
        // mapped superclasses, nearest first
        var superType = entity.getSuperclass();
        while (superType.getKind() == javax.lang.model.type.TypeKind.DECLARED) {
            TypeElement parent = (TypeElement) processingEnv.getTypeUtils().asElement(superType);
            if (hasAnnotation(parent, MAPPED_SUPERCLASS)) {
                for (PersonalField f : personalFieldsOf(parent)) {
                    copy(f, entityName, f.field(), parent);
                }
            }
            superType = parent.getSuperclass();
        }
        // embedded values
        for (CompiledClasses.CompiledField compiledField : type.fields()) {
            VariableElement field = compiledField.element();
            if (field.getModifiers().contains(Modifier.STATIC) || compiledField.annotation(FieldResolver.PERSONAL_DATA) != null
                    || field.asType().getKind() != javax.lang.model.type.TypeKind.DECLARED) {
                continue;
            }
            Element fieldType = processingEnv.getTypeUtils().asElement(field.asType());
            if (fieldType instanceof TypeElement embeddable && hasAnnotation(embeddable, EMBEDDABLE)) {
                for (PersonalField f : personalFieldsOf(embeddable)) {
                    copy(f, entityName, field.getSimpleName() + "." + f.field(), embeddable);
                }
            }
        }
    }

    private void copy(PersonalField f, String className, String fieldName, TypeElement declaredIn) {
        PersonalField reached = new PersonalField(className, fieldName,
                processingEnv.getElementUtils().getBinaryName(declaredIn).toString(), f.javaType(), f.register(), f.labels(),
                f.purposes(), f.sources(), f.categories(), f.subjects(), f.recipients(), f.retention(), f.special(),
                f.specialCondition(), f.identityCodeGround(), f.sourceFile(), f.line());
        fields.put(reached.key(), reached);
    }

    /** The resolved personal fields a type declares, resolved now when it comes from the class path. */
    private List<PersonalField> personalFieldsOf(TypeElement type) {
        String name = processingEnv.getElementUtils().getBinaryName(type).toString();
        List<PersonalField> result = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (AnnotationValues.of(field, FieldResolver.PERSONAL_DATA) == null) {
                continue;
            }
            String key = name + "#" + field.getSimpleName();
            PersonalField known = fields.get(key);
            if (known == null && keptFields.containsKey(key)) {
                known = keptFields.get(key).parse();
            }
            if (known != null) {
                result.add(known);
            } else if (!processedOwners.contains(name)) {
                resolver.resolve(field).ifPresent(result::add); // from a class file: checked when it was compiled
            }
        }
        return result;
    }

    private static final Set<String> ENTITY = Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");
    private static final Set<String> MAPPED_SUPERCLASS = Set.of("jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass");
    private static final Set<String> EMBEDDABLE = Set.of("jakarta.persistence.Embeddable", "javax.persistence.Embeddable");

    private static boolean hasAnnotation(TypeElement type, Set<String> names) {
        for (var mirror : type.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement() instanceof TypeElement t && names.contains(t.getQualifiedName().toString())) {
                return true;
            }
        }
        return false;
    }

    private void loadBuiltIns() {
        for (TermKind kind : TermKind.values()) {
            if (kind.builtIn() != null) {
                TypeElement type = processingEnv.getElementUtils().getTypeElement(kind.builtIn());
                if (type != null) {
                    declarations.readType(type);
                }
            }
        }
    }

    private void loadOptionCatalogues() {
        String option = processingEnv.getOptions().get(OPTION_CATALOGUES);
        if (option == null || option.isBlank()) {
            return;
        }
        for (String name : option.split(",")) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            TypeElement type = processingEnv.getElementUtils().getTypeElement(trimmed);
            if (type == null) {
                reporter.report(Diagnostic.INVALID_OPTION, null, OPTION_CATALOGUES, option,
                        "class " + trimmed + " is not on the class path; name catalogue classes by their qualified name");
            } else {
                declarations.readType(type);
            }
        }
    }

    /**
     * Reads the index of the previous compilation, when there is one, and adopts its declarations and
     * entries for classes that are not compiled now but still exist in the class output.
     */
    private void loadPrevious() {
        FileObject file;
        try {
            file = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", IndexWriter.LOCATION);
        } catch (IOException | RuntimeException e) {
            return; // no previous index (or a Filer that cannot say): a full build
        }
        classOutput = classOutputOf(file);
        try (InputStream in = file.openInputStream()) {
            previous = new IndexWriter().read(in);
        } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
            return;
        } catch (IOException | RuntimeException e) {
            reporter.report(Diagnostic.PREVIOUS_INDEX_UNREADABLE, null, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return;
        }
        IndexWriter.Index old = previous.index();
        for (Declarations.Register r : nullSafe(old.registers())) {
            if (kept(r.declaredIn())) {
                catalogue.registers().putIfAbsent(r.id(), r);
            }
        }
        for (Declarations.Purpose p : nullSafe(old.purposes())) {
            if (kept(p.declaredIn())) {
                catalogue.purposes().putIfAbsent(p.key(), p);
            }
        }
        if (old.vocabulary() != null) {
            for (TermKind kind : TermKind.values()) {
                for (Declarations.Term t : nullSafe(old.vocabulary().get(kind.indexName()))) {
                    if (kept(t.declaredIn())) {
                        catalogue.terms(kind).putIfAbsent(t.key(), t);
                    }
                }
            }
        }
        for (KeptField f : previous.fields()) {
            if (kept(f.className())) {
                keptFields.putIfAbsent(f.key(), f);
                if (f.declaredIn() != null && !kept(f.declaredIn())) {
                    reachAgain.add(f.className());
                }
            }
        }
        for (Declarations.Undeclared u : nullSafe(old.undeclared())) {
            if (kept(u.className())) {
                undeclared.putIfAbsent(u.className() + "#" + u.field(), u);
            }
        }
    }

    /** The class output directory holding the index, or {@code null} when it is not a plain directory. */
    private static java.nio.file.Path classOutputOf(FileObject index) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of(index.toUri());
            java.nio.file.Path root = file;
            for (int i = 0; i < IndexWriter.LOCATION.split("/").length; i++) {
                root = root.getParent();
            }
            return root != null && java.nio.file.Files.isDirectory(root) ? root : null;
        } catch (RuntimeException e) {
            return null; // not a file: URI (an in-memory file manager)
        }
    }

    /**
     * An old entry stays when its class is not compiled now and its class file still exists. Built-in
     * vocabularies are always read afresh from the class path.
     */
    private boolean kept(String owner) {
        if (owner == null || TermKind.isBuiltIn(owner) || processedOwners.contains(owner)) {
            return false;
        }
        return keptOwners.computeIfAbsent(owner, this::classFileExists);
    }

    private final Map<String, Boolean> keptOwners = new java.util.HashMap<>();

    private boolean classFileExists(String owner) {
        int dot = owner.lastIndexOf('.');
        String pkg = dot < 0 ? "" : owner.substring(0, dot);
        String simple = dot < 0 ? owner : owner.substring(dot + 1);
        // a class file first; only a package's declarations live in package-info.class
        return exists(pkg, simple + ".class") || exists(owner, "package-info.class");
    }

    /** The class output directory, when it is one; {@code null} sends each look-up through the Filer. */
    private java.nio.file.Path classOutput;
    /** The file names in each package's class output directory, listed once. */
    private final Map<String, Set<String>> classFiles = new java.util.HashMap<>();

    private boolean exists(String pkg, String file) {
        if (classOutput != null) {
            return classFiles.computeIfAbsent(pkg, this::listClassFiles).contains(file);
        }
        return existsThroughFiler(pkg, file);
    }

    private Set<String> listClassFiles(String pkg) {
        java.nio.file.Path dir = pkg.isEmpty() ? classOutput : classOutput.resolve(pkg.replace('.', '/'));
        Set<String> names = new HashSet<>();
        try (var files = java.nio.file.Files.newDirectoryStream(dir)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            // no such package directory: nothing of it exists
        }
        return names;
    }

    private boolean existsThroughFiler(String pkg, String file) {
        try {
            FileObject classFile = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, pkg, file);
            try (InputStream in = classFile.openInputStream()) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Writes the {@code PersonalFields} class of every package with a class compiled in this round, from all
     * the package's known fields: those compiled now and those kept from the previous index, so a one-file
     * recompile regenerates the whole package.
     */
    private void writeMetamodel(CompiledClasses compiled) {
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
        List<PersonalField> described = new ArrayList<>(fields.values());
        String lastClass = null;
        boolean lastClassDescribed = false;
        Set<String> current = currentClasses();
        for (KeptField k : keptFields.values()) { // in index order: a class's entries are together
            if (!k.className().equals(lastClass)) {
                lastClass = k.className();
                String pkg = packageOf(lastClass);
                lastClassDescribed = packages.containsKey(pkg) && !metamodelWritten.containsKey(pkg)
                        && !current.contains(lastClass);
            }
            if (lastClassDescribed && k.declaredIn() == null) {
                described.add(k.parse());
            }
        }
        for (PersonalField f : described) {
            String pkg = packageOf(f.className());
            if (f.declaredIn() != null || !packages.containsKey(pkg)) {
                continue; // reached copies are described where they are declared
            }
            ClassName owner = metamodelClasses.computeIfAbsent(f.className(), this::keptClassName);
            if (owner != null) {
                byPackage.computeIfAbsent(pkg, k -> new java.util.TreeMap<>(java.util.Comparator.comparing(ClassName::reflectionName)))
                        .computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
            }
        }
        for (Map.Entry<String, Map<ClassName, List<PersonalField>>> e : byPackage.entrySet()) {
            String pkg = e.getKey();
            ClassName generated = MetamodelWriter.className(pkg);
            Integer writtenIn = metamodelWritten.get(pkg);
            if (writtenIn != null) {
                if (withPersonalFields.contains(pkg)) {
                    reporter.report(Diagnostic.METAMODEL_INCOMPLETE, null, generated, writtenIn, rounds);
                }
                continue; // a later round compiles only what was generated; nothing new to describe
            }
            metamodelWritten.put(pkg, rounds);
            e.getValue().values().forEach(list -> list.sort(java.util.Comparator.comparing(PersonalField::field)));
            try {
                metamodel.forPackage(pkg, e.getValue(), packages.get(pkg)).writeTo(processingEnv.getFiler());
            } catch (IOException | RuntimeException ex) {
                reporter.report(Diagnostic.METAMODEL_NOT_WRITTEN, null, generated, ex.getMessage());
            }
        }
    }

    /** The compiled classes' names for the metamodel ({@code null}: not accessible from generated code). */
    private final Map<String, ClassName> metamodelClasses = new java.util.HashMap<>();
    /** The round in which each package's metamodel was written. */
    private final Map<String, Integer> metamodelWritten = new java.util.HashMap<>();

    /** A class kept from the previous index, looked up once; {@code null} when it is gone or not accessible. */
    private ClassName keptClassName(String binaryName) {
        if (binaryName.indexOf('$') < 0) { // a top-level class is visible in its package: no need to load it
            String pkg = packageOf(binaryName);
            return ClassName.get(pkg, pkg.isEmpty() ? binaryName : binaryName.substring(pkg.length() + 1));
        }
        TypeElement type = processingEnv.getElementUtils().getTypeElement(binaryName.replace('$', '.'));
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
            if (t.getNestingKind() == javax.lang.model.element.NestingKind.LOCAL
                    || t.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS) {
                return false;
            }
            e = t.getEnclosingElement();
        }
        return true;
    }

    private void writeIndexOnce() {
        if (written || internalError) {
            return;
        }
        written = true;
        Map<TermKind, Set<String>> used = usedTerms();
        Map<String, List<Declarations.Term>> vocabulary = new TreeMap<>();
        for (TermKind kind : TermKind.values()) {
            List<Declarations.Term> terms = new ArrayList<>();
            for (Declarations.Term t : catalogue.terms(kind).values()) {
                if (!TermKind.isBuiltIn(t.declaredIn()) || used.get(kind).contains(t.key())) {
                    terms.add(t);
                }
            }
            vocabulary.put(kind.indexName(), terms);
        }
        IndexWriter.Index index = new IndexWriter.Index(IndexWriter.SCHEMA_VERSION, IndexWriter.GENERATOR,
                catalogue.catalogueMode() ? "catalogue" : "free-text",
                new ArrayList<>(catalogue.registers().values()),
                new ArrayList<>(catalogue.purposes().values()),
                vocabulary,
                entries(),
                new ArrayList<>(undeclared.values()));
        try {
            FileObject file = processingEnv.getFiler().createResource(
                    StandardLocation.CLASS_OUTPUT, "", IndexWriter.LOCATION, originating.toArray(new Element[0]));
            try (OutputStream out = new java.io.BufferedOutputStream(file.openOutputStream(), 1 << 16)) {
                new IndexWriter().write(index, out);
            }
        } catch (IOException | RuntimeException e) {
            reporter.report(Diagnostic.INDEX_NOT_WRITTEN, null, IndexWriter.LOCATION, e.getMessage());
        }
    }

    /**
     * Every entry the index gets: the fields resolved now, and the kept ones, copied as written when the previous
     * index was written the way this version writes (else parsed, to be written anew).
     */
    private List<IndexEntry> entries() {
        List<IndexEntry> entries = new ArrayList<>(fields.size() + keptFields.size());
        entries.addAll(fields.values());
        boolean asWritten = previous != null && previous.asWritten();
        Set<String> current = currentClasses();
        for (KeptField k : keptFields.values()) {
            if (!current.contains(k.className())) {
                entries.add(asWritten ? k : k.parse());
            }
        }
        return entries;
    }

    private int entryCount() {
        Set<String> current = currentClasses();
        return fields.size() + (int) keptFields.values().stream().filter(k -> !current.contains(k.className())).count();
    }

    /**
     * The classes with fields resolved now. A kept entry is never one of theirs (an entry is kept only for a class
     * not compiled now); checking by class keeps it so even if that changed.
     */
    private Set<String> currentClasses() {
        Set<String> classes = new HashSet<>();
        fields.values().forEach(f -> classes.add(f.className()));
        return classes;
    }

    /** The vocabulary keys the fields and registers use, gathered in one pass. */
    private Map<TermKind, Set<String>> usedTerms() {
        Map<TermKind, Set<String>> used = new java.util.EnumMap<>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            used.put(kind, new HashSet<>());
        }
        for (PersonalField f : fields.values()) {
            used.get(TermKind.SOURCE).addAll(f.sources());
            used.get(TermKind.CATEGORY).addAll(f.categories());
            used.get(TermKind.SUBJECT).addAll(f.subjects());
            used.get(TermKind.RECIPIENT).addAll(f.recipients());
        }
        // kept entries share their lists (one instance per distinct list), so each list is added once per kind
        TermKind[] order = {TermKind.SOURCE, TermKind.CATEGORY, TermKind.SUBJECT, TermKind.RECIPIENT};
        List<Set<List<String>>> seen = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            seen.add(java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        }
        Set<String> current = currentClasses();
        for (KeptField k : keptFields.values()) {
            if (current.contains(k.className())) {
                continue;
            }
            for (int i = 0; i < order.length; i++) {
                List<String> keys = k.terms().get(i);
                if (!keys.isEmpty() && seen.get(i).add(keys)) {
                    used.get(order[i]).addAll(keys);
                }
            }
        }
        catalogue.registers().values().forEach(r -> used.get(TermKind.SUBJECT).addAll(r.subjects()));
        return used;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private String describe(Throwable e) {
        if (Boolean.parseBoolean(processingEnv.getOptions().get(OPTION_DEBUG))) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return trace.toString();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
