package fi.seloste.processor.step;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.Trees;
import fi.seloste.index.ClaimedAnnotations;
import fi.seloste.index.Index;
import fi.seloste.index.IndexFormat;
import fi.seloste.index.IndexProblem;
import fi.seloste.index.IndexReader;
import fi.seloste.index.Purpose;
import fi.seloste.index.Register;
import fi.seloste.index.Term;
import fi.seloste.index.Vocabulary;
import fi.seloste.processor.model.CompiledClasses;
import fi.seloste.processor.model.SourceUnits;
import fi.seloste.processor.validation.Catalogue;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.Reporter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Part of step 1, read declarations: the registers, purposes and vocabulary entries another module declares are
 * found on the class path through that module's index, without {@code -Aseloste.catalogues}. javac gives a processor
 * no list of the class path, so the indexes are found through the classes the code refers to: the imports of every
 * compilation unit that uses a seloste annotation, the superclasses of its classes, and the declaring classes the
 * previous index named (an incremental compile may not touch the file that imports them). The class path entry (jar
 * or class folder) each such class comes from is asked once for {@link IndexFormat#LOCATION}; what its index declares
 * is borrowed into the catalogue, and written into this module's index only where this module uses it.
 *
 * <p>Without javac's tree API (Eclipse's compiler) the imports cannot be read; superclasses, the previous index and
 * {@code -Aseloste.catalogues} still work.
 */
public final class ClassPathCatalogues {

    /** Packages that never hold a project's catalogue: looking there only costs time. */
    private static final List<String> PLATFORM = List.of("java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.");

    private final Elements elements;
    private final Filer filer;
    private final Reporter reporter;
    private final Catalogue catalogue;
    private final SourceUnits units;
    /** {@code null} on a compiler without javac's tree API. */
    private final Trees trees;
    /** Packages looked at already, so each is located once per compilation. */
    private final Set<String> seenPackages = new HashSet<>();
    /** Class path entries asked for an index already, as URIs. */
    private final Set<String> seenRoots = new HashSet<>();
    /** Compilation units whose imports were read already. */
    private final Set<CompilationUnitTree> seenUnits = new HashSet<>();
    private String classOutputRoot;
    private boolean classOutputKnown;

    public ClassPathCatalogues(ProcessingEnvironment env, SourceUnits units, Reporter reporter, Catalogue catalogue) {
        this.elements = env.getElementUtils();
        this.filer = env.getFiler();
        this.reporter = reporter;
        this.catalogue = catalogue;
        this.units = units;
        this.trees = units.trees();
    }

    /**
     * Reads the indexes of the class path entries this round's code refers to, and of those the previous index's
     * borrowed declarations came from.
     *
     * @param roots the round's root elements
     * @param compiled the round's classes
     * @param state the compilation so far: what is compiled now, and the previous index's borrowed declarations
     */
    public void read(Set<? extends Element> roots, CompiledClasses compiled, CompilationState state) {
        Set<String> names = new LinkedHashSet<>(state.takeBorrowedBefore());
        for (Element root : roots) {
            if (root instanceof PackageElement p && usesSeloste(p.getAnnotationMirrors())) {
                imports(p, names);
            }
        }
        for (CompiledClasses.CompiledClass type : compiled.classes()) {
            if (!usesSeloste(type)) {
                continue;
            }
            Element top = type.type();
            while (top.getEnclosingElement() instanceof TypeElement outer) {
                top = outer;
            }
            imports(top, names);
            TypeMirror superType = type.type().getSuperclass();
            while (superType.getKind() == TypeKind.DECLARED) {
                TypeElement parent = (TypeElement) ((DeclaredType) superType).asElement();
                names.add(elements.getBinaryName(parent).toString());
                superType = parent.getSuperclass();
            }
        }
        for (String name : names) {
            locate(name, state);
        }
    }

    private static boolean usesSeloste(List<? extends javax.lang.model.element.AnnotationMirror> mirrors) {
        for (var mirror : mirrors) {
            if (mirror.getAnnotationType().asElement() instanceof TypeElement t
                    && ClaimedAnnotations.SELOSTE.contains(t.getQualifiedName().toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean usesSeloste(CompiledClasses.CompiledClass type) {
        for (String name : type.annotations()) {
            if (ClaimedAnnotations.SELOSTE.contains(name)) {
                return true;
            }
        }
        for (CompiledClasses.CompiledField field : type.fields()) {
            for (String name : field.annotations().keySet()) {
                if (ClaimedAnnotations.SELOSTE.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds what the element's compilation unit imports: types, the types of static members, and packages. */
    private void imports(Element element, Collection<String> names) {
        if (trees == null) {
            return;
        }
        CompilationUnitTree unit = units.unitOf(element);
        if (unit == null || !seenUnits.add(unit)) {
            return;
        }
        for (ImportTree i : unit.getImports()) {
            String name = i.getQualifiedIdentifier().toString();
            if (name.endsWith(".*")) {
                name = name.substring(0, name.length() - 2);
            } else if (i.isStatic()) {
                name = name.substring(0, Math.max(0, name.lastIndexOf('.'))); // the member's class
            }
            names.add(name);
        }
    }

    /** Finds the class path entry of a class or package not compiled now, and reads its index once. */
    private void locate(String name, CompilationState state) {
        if (name.isEmpty() || PLATFORM.stream().anyMatch(name::startsWith) || name.equals("fi.seloste")
                || name.startsWith("fi.seloste.") && Character.isUpperCase(name.charAt("fi.seloste.".length()))) {
            return; // the JDK, well-known libraries, and seloste's own annotations and vocabularies
        }
        String canonical = name.replace('$', '.');
        TypeElement type = elements.getTypeElement(canonical);
        String pkg;
        String file;
        if (type != null) {
            TypeElement top = type;
            while (top.getEnclosingElement() instanceof TypeElement outer) {
                top = outer;
            }
            String binary = elements.getBinaryName(top).toString();
            if (state.isProcessed(binary)) {
                return; // compiled now: not from the class path
            }
            pkg = elements.getPackageOf(top).getQualifiedName().toString();
            file = top.getSimpleName() + ".class";
        } else {
            PackageElement p = elements.getPackageElement(canonical);
            if (p == null || state.isProcessed(canonical)) {
                return;
            }
            pkg = canonical;
            file = null;
            for (Element member : p.getEnclosedElements()) {
                if (member instanceof TypeElement t && !state.isProcessed(elements.getBinaryName(t).toString())) {
                    file = t.getSimpleName() + ".class";
                    break;
                }
            }
            if (file == null) {
                file = "package-info.class";
            }
        }
        if (!seenPackages.add(pkg + "/" + file)) {
            return;
        }
        URI uri;
        try {
            FileObject found = filer.getResource(StandardLocation.CLASS_PATH, pkg, file);
            uri = found.toUri();
        } catch (IOException | RuntimeException e) {
            return; // not on the class path, or a Filer that cannot say
        }
        String root = rootOf(uri, pkg);
        if (root == null || root.equals(classOutputRoot()) || !seenRoots.add(root)) {
            return;
        }
        readIndex(root);
    }

    /** The class path entry a class file's URI lies in: a jar's URI, or a folder's, with a trailing slash. */
    private static String rootOf(URI uri, String pkg) {
        String text = uri.toString();
        if (text.startsWith("jar:")) {
            int bang = text.indexOf("!/");
            return bang < 0 ? null : text.substring(4, bang);
        }
        if (!text.startsWith("file:")) {
            return null; // a module image or an in-memory file manager
        }
        String suffix = (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/");
        int slash = text.lastIndexOf('/');
        String dir = text.substring(0, slash + 1);
        return dir.endsWith(suffix) ? dir.substring(0, dir.length() - suffix.length()) : null;
    }

    /** The class output's root, as {@link #rootOf} gives roots; {@code null} when unknown. */
    private String classOutputRoot() {
        if (!classOutputKnown) {
            classOutputKnown = true;
            try {
                String index = filer.getResource(StandardLocation.CLASS_OUTPUT, "", IndexFormat.LOCATION).toUri().toString();
                classOutputRoot = index.endsWith(IndexFormat.LOCATION)
                        ? index.substring(0, index.length() - IndexFormat.LOCATION.length()) : null;
            } catch (IOException | RuntimeException e) {
                classOutputRoot = null;
            }
        }
        return classOutputRoot;
    }

    private void readIndex(String root) {
        IndexReader.Reading reading;
        try {
            if (root.endsWith("/")) {
                Path file = Path.of(URI.create(root)).resolve(IndexFormat.LOCATION);
                if (!Files.isRegularFile(file)) {
                    return;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    reading = new IndexReader().read(in, null);
                }
            } else {
                try (ZipFile jar = new ZipFile(Path.of(URI.create(root)).toFile())) {
                    ZipEntry entry = jar.getEntry(IndexFormat.LOCATION);
                    if (entry == null) {
                        return;
                    }
                    try (InputStream in = jar.getInputStream(entry)) {
                        reading = new IndexReader().read(in, null);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            reporter.report(Diagnostic.CLASS_PATH_INDEX_UNREADABLE, null, describe(root), String.valueOf(e.getMessage()));
            return;
        }
        if (!reading.problems().isEmpty()) {
            IndexProblem problem = reading.problems().get(0);
            reporter.report(Diagnostic.CLASS_PATH_INDEX_UNREADABLE, null, describe(root), problem.kind() == IndexProblem.Kind.VERSION_UNSUPPORTED
                    ? "schemaVersion " + problem.subject() + " is not " + IndexFormat.SCHEMA_VERSION
                    : (problem.subject() == null ? "" : problem.subject() + ": ") + problem.detail());
            return;
        }
        borrow(reading.index(), root);
    }

    /** Takes the index's declarations into the catalogue; one that another index declares otherwise is reported. */
    private void borrow(Index index, String root) {
        for (Register r : index.registers()) {
            Register earlier = catalogue.registers().get(r.id());
            if (earlier == null) {
                catalogue.borrow(r);
            } else if (!sameRegister(earlier, r)) {
                conflict("Register", r.id(), earlier.declaredIn(), r.declaredIn(), root);
            }
        }
        for (Purpose p : index.purposes()) {
            Purpose earlier = catalogue.purposes().get(p.key());
            if (earlier == null) {
                catalogue.borrow(p);
            } else if (!earlier.sameContent(p)) {
                conflict("Purpose", p.key(), earlier.declaredIn(), p.declaredIn(), root);
            }
        }
        for (Term t : index.terms()) {
            if (Vocabulary.isBuiltIn(t.declaredIn())) {
                continue; // read afresh from seloste-annotations
            }
            Term earlier = catalogue.terms(t.vocabulary()).get(t.key());
            if (earlier == null) {
                catalogue.borrow(t);
            } else if (!earlier.sameContent(t)) {
                conflict(t.vocabulary().annotationSimpleName(), t.key(), earlier.declaredIn(), t.declaredIn(), root);
            }
        }
    }

    private void conflict(String what, String key, String earlier, String again, String root) {
        reporter.report(Diagnostic.CONFLICTING_DECLARATION, null, what, key, earlier, again + " (" + describe(root) + ")");
    }

    private static boolean sameRegister(Register a, Register b) {
        return a.names().equals(b.names()) && a.descriptions().equals(b.descriptions()) && a.subjects().equals(b.subjects())
                && a.purposes().equals(b.purposes()) && a.publicAuthority() == b.publicAuthority()
                && a.none().equals(b.none());
    }

    private static String describe(String root) {
        try {
            return Path.of(URI.create(root)).toString();
        } catch (RuntimeException e) {
            return root;
        }
    }

    /** Names, for tests and messages: the class path entries whose index was asked for. */
    List<String> roots() {
        return new ArrayList<>(seenRoots);
    }
}
