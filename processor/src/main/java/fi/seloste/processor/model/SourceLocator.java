package fi.seloste.processor.model;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Finds the source file and line of a declaration, so the index and later the plugin's messages can
 * point at code; answers "unknown" on compilers without javac's tree API (Eclipse) instead of failing.
 */
public final class SourceLocator {

    /**
     * @param file the source file relative to its source root, with {@code /} separators, or {@code null}
     * @param line the 1-based line, or {@code 0}
     */
    public record Position(String file, int line) {
        static final Position UNKNOWN = new Position(null, 0);
    }

    private final Trees trees;
    private final Elements elements;
    /** The compilation unit of each top-level class, looked up once. */
    private final SourceUnits units;
    /** The start of each field's declaration, by class and field name. */
    private final Map<TypeElement, Map<String, Long>> fieldStarts = new HashMap<>();
    /** The file name reported for each compilation unit. */
    private final Map<CompilationUnitTree, String> files = new HashMap<>();

    private SourceLocator(SourceUnits units, Elements elements) {
        this.units = units;
        this.trees = units.trees();
        this.elements = elements;
    }

    public static SourceLocator of(ProcessingEnvironment env) {
        return of(env, SourceUnits.of(env));
    }

    /** @param units the compilation units, shared with the other steps that read them */
    public static SourceLocator of(ProcessingEnvironment env, SourceUnits units) {
        return new SourceLocator(units, env.getElementUtils());
    }

    public Position locate(Element element) {
        if (trees == null) {
            return Position.UNKNOWN;
        }
        try {
            Element top = element;
            while (top.getEnclosingElement() != null && !(top.getEnclosingElement() instanceof PackageElement)) {
                top = top.getEnclosingElement();
            }
            CompilationUnitTree unit = units.unitOf(top);
            if (unit == null) {
                return Position.UNKNOWN;
            }
            long start = element instanceof VariableElement && element.getEnclosingElement() instanceof TypeElement owner
                    ? fieldStarts.computeIfAbsent(owner, o -> fieldStartsOf(o, unit)).getOrDefault(element.getSimpleName().toString(), -1L)
                    : startOf(unit, trees.getTree(element));
            int line = start < 0 ? 0 : (int) unit.getLineMap().getLineNumber(start);
            return new Position(files.computeIfAbsent(unit, u -> fileOf(u, element)), line);
        } catch (RuntimeException e) {
            return Position.UNKNOWN;
        }
    }

    /** Where each field of a class starts, from one look at the class's tree (a search per field scans the class each time). */
    private Map<String, Long> fieldStartsOf(TypeElement owner, CompilationUnitTree unit) {
        Map<String, Long> starts = new HashMap<>();
        ClassTree tree = trees.getTree(owner);
        if (tree != null) {
            for (Tree member : tree.getMembers()) {
                if (member instanceof VariableTree variable) {
                    starts.putIfAbsent(variable.getName().toString(), startOf(unit, variable));
                }
            }
        }
        return starts;
    }

    private long startOf(CompilationUnitTree unit, Tree leaf) {
        return leaf == null ? -1 : trees.getSourcePositions().getStartPosition(unit, leaf);
    }

    private String fileOf(CompilationUnitTree unit, Element element) {
        String name = unit.getSourceFile().getName().replace('\\', '/');
        String simple = name.substring(name.lastIndexOf('/') + 1);
        PackageElement pkg = elements.getPackageOf(element);
        String dir = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString().replace('.', '/') + "/";
        return dir + simple;
    }
}
