package fi.seloste.processor.model;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
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
    /** The compilation unit of each top-level class, looked up once: a tree path search scans the whole file. */
    private final java.util.Map<Element, CompilationUnitTree> units = new java.util.HashMap<>();

    private SourceLocator(Trees trees, Elements elements) {
        this.trees = trees;
        this.elements = elements;
    }

    public static SourceLocator of(ProcessingEnvironment env) {
        Trees trees;
        try {
            trees = Trees.instance(env);
        } catch (RuntimeException | LinkageError notJavac) {
            trees = null;
        }
        return new SourceLocator(trees, env.getElementUtils());
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
            CompilationUnitTree unit = units.computeIfAbsent(top, t -> {
                TreePath path = trees.getPath(t);
                return path == null ? null : path.getCompilationUnit();
            });
            com.sun.source.tree.Tree leaf = trees.getTree(element);
            if (unit == null || leaf == null) {
                return Position.UNKNOWN;
            }
            long start = trees.getSourcePositions().getStartPosition(unit, leaf);
            int line = start < 0 ? 0 : (int) unit.getLineMap().getLineNumber(start);
            String name = unit.getSourceFile().getName().replace('\\', '/');
            String simple = name.substring(name.lastIndexOf('/') + 1);
            PackageElement pkg = elements.getPackageOf(element);
            String dir = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString().replace('.', '/') + "/";
            return new Position(dir + simple, line);
        } catch (RuntimeException e) {
            return Position.UNKNOWN;
        }
    }
}
