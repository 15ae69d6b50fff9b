package fi.seloste.processor.model;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * The source file (compilation unit) of each class, looked up once per compilation: several steps read it (source
 * positions, the imports for class-path catalogues, the bodies for local classes), and javac's look-up searches the
 * tree from the top each time, in a cold compile about as costly as what the steps then do with it.
 */
public final class SourceUnits {

    /** {@code null} on a compiler without javac's tree API. */
    private final Trees trees;
    private final Map<Element, CompilationUnitTree> units = new IdentityHashMap<>();

    private SourceUnits(Trees trees) {
        this.trees = trees;
    }

    /** @return the look-up, which finds nothing when the compiler has no tree API (Eclipse's) */
    public static SourceUnits of(ProcessingEnvironment env) {
        Trees trees;
        try {
            trees = Trees.instance(env);
        } catch (RuntimeException | LinkageError notJavac) {
            trees = null;
        }
        return new SourceUnits(trees);
    }

    /** Whether the compiler has javac's tree API. */
    public boolean available() {
        return trees != null;
    }

    /** javac's tree API, or {@code null}. */
    public Trees trees() {
        return trees;
    }

    /** The element's compilation unit, or {@code null} when it has none in the sources (or no tree API). */
    public CompilationUnitTree unitOf(Element element) {
        if (trees == null) {
            return null;
        }
        if (units.containsKey(element)) {
            return units.get(element);
        }
        CompilationUnitTree unit;
        try {
            TreePath path = trees.getPath(element);
            unit = path == null ? null : path.getCompilationUnit();
        } catch (RuntimeException e) {
            unit = null;
        }
        units.put(element, unit);
        return unit;
    }
}
