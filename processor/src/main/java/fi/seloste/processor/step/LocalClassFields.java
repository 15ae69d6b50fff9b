package fi.seloste.processor.step;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import fi.seloste.processor.model.SourceUnits;
import fi.seloste.processor.validation.Diagnostic;
import fi.seloste.processor.validation.Reporter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds {@code @PersonalData} on fields of local and anonymous classes, which javac never hands to annotation
 * processors as elements, and reports each at the field (SELOSTE-P113): otherwise the index would silently lack them
 * and the plugin's bytecode check would fail on every build.
 *
 * <p>They are reported rather than indexed because during annotation processing javac has not attributed method
 * bodies: a local class has no element, its annotation values are unresolved trees (a constant such as
 * {@code Purposes.CHAT} cannot be read), and defaults and registers cannot be inherited soundly. Nor could the record
 * or metamodel name such a class ({@code a.B$1Local} cannot be referenced from other code). So the annotation is matched
 * by its name in the source, as imported, and the fix is to move the field into a member or top-level class.
 *
 * <p>Needs javac's tree API; on other compilers (Eclipse) it does nothing, and the plugin's bytecode check reports
 * such fields instead (SELOSTE-M313).
 */
public final class LocalClassFields {

    private static final String PACKAGE = "fi.seloste";
    private static final String SIMPLE_NAME = "PersonalData";
    private static final String QUALIFIED_NAME = PACKAGE + "." + SIMPLE_NAME;

    private final SourceUnits units;
    /** {@code null} on a compiler without javac's tree API. */
    private final Trees trees;
    private final Reporter reporter;
    /** The compilation units already searched: a later round's roots may share them. */
    private final Set<CompilationUnitTree> searched = Collections.newSetFromMap(new IdentityHashMap<>());

    private LocalClassFields(SourceUnits units, Reporter reporter) {
        this.units = units;
        this.trees = units.trees();
        this.reporter = reporter;
    }

    /**
     * @param units the source files of the round's classes
     * @param reporter where the diagnostics go
     * @return the search, which does nothing when the compiler has no tree API
     */
    public static LocalClassFields of(SourceUnits units, Reporter reporter) {
        return new LocalClassFields(units, reporter);
    }

    /**
     * Searches the source files of a round's classes.
     *
     * @param roots the round's root elements
     */
    public void check(Set<? extends Element> roots) {
        if (trees == null) {
            return;
        }
        for (Element root : roots) {
            if (!(root instanceof TypeElement)) {
                continue;
            }
            CompilationUnitTree unit = units.unitOf(root);
            if (unit != null && searched.add(unit)) {
                new Search(unit).scan(unit, Boolean.FALSE);
            }
        }
    }

    /**
     * Walks one compilation unit; the flag says whether a class met here is local or anonymous: false for the unit's
     * classes and the member classes of such classes, true inside method bodies, initializers and field values, and
     * in every class nested in a local one. A plain {@link TreeScanner} (no path per node): the walk visits every
     * statement and expression of the round's sources, so it is kept cheap.
     */
    private final class Search extends TreeScanner<Void, Boolean> {
        private final CompilationUnitTree unit;
        private final boolean imported;

        Search(CompilationUnitTree unit) {
            this.unit = unit;
            this.imported = importsPersonalData(unit);
        }

        @Override
        public Void visitClass(ClassTree node, Boolean local) {
            if (local) {
                for (Tree member : node.getMembers()) {
                    if (member instanceof VariableTree field && carriesPersonalData(field)) {
                        report(node, field);
                    }
                }
            }
            scan(node.getModifiers(), true);
            scan(node.getTypeParameters(), true);
            scan(node.getExtendsClause(), true);
            scan(node.getImplementsClause(), true);
            for (Tree member : node.getMembers()) {
                // a member class is local when its class is; anything in a method, initializer or field value is
                scan(member, member instanceof ClassTree ? local : Boolean.TRUE);
            }
            return null;
        }

        private boolean carriesPersonalData(VariableTree field) {
            for (AnnotationTree annotation : field.getModifiers().getAnnotations()) {
                String name = annotation.getAnnotationType().toString();
                if (name.equals(QUALIFIED_NAME) || (imported && name.equals(SIMPLE_NAME))) {
                    return true;
                }
            }
            return false;
        }

        private void report(ClassTree owner, VariableTree field) {
            String kind = owner.getSimpleName().isEmpty() ? "an anonymous class" : "the local class " + owner.getSimpleName();
            String where = field.getName() + " in " + kind;
            reporter.reportAt(Diagnostic.LOCAL_CLASS_FIELD,
                    (k, message) -> trees.printMessage(k, message, field, unit), where);
        }
    }

    /**
     * @return whether {@code PersonalData} in this file means {@code fi.seloste.PersonalData}: imported by name or with
     *     its package, or the file is in that package, and no other {@code PersonalData} is imported by name
     */
    private static boolean importsPersonalData(CompilationUnitTree unit) {
        boolean imported = unit.getPackageName() != null && unit.getPackageName().toString().equals(PACKAGE);
        for (ImportTree i : unit.getImports()) {
            if (i.isStatic()) {
                continue;
            }
            String name = i.getQualifiedIdentifier().toString();
            if (name.equals(QUALIFIED_NAME) || name.equals(PACKAGE + ".*")) {
                imported = true;
            } else if (name.endsWith("." + SIMPLE_NAME)) {
                return false; // another PersonalData annotation
            }
        }
        return imported;
    }
}
