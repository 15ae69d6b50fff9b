package fi.seloste.core.load;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.Index;
import fi.seloste.index.PersonalField;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks what the indexes claim against the bytecode they describe, because an IDE or a partial compile can leave an
 * index incomplete, stale or outdated, and a dependency built without seloste-processor has none at all.
 */
public final class BytecodeCheck {

    private BytecodeCheck() {}

    /**
     * A module's index must describe its class output exactly: every class whose bytecode carries
     * {@code @PersonalData} has entries, and every entry's class still exists and still carries it.
     *
     * @param module the module's class output
     * @param index its index
     * @param problems where an incomplete, stale or outdated index is reported
     */
    public static void verify(IndexSource module, Index index, Problems problems) {
        if (!Files.isDirectory(module.path())) {
            return;
        }
        BytecodeScan.Result scan;
        try {
            scan = BytecodeScan.scanFolder(module.path());
        } catch (IOException e) {
            problems.report(Diagnostic.INDEX_UNREADABLE, module.origin(), e.getMessage());
            return;
        }
        Set<String> indexed = new TreeSet<>();
        for (PersonalField f : index.fields()) {
            indexed.add(f.declaredIn() == null ? f.className() : f.declaredIn());
        }
        reportUnreadable(module, scan, problems);
        Set<String> missing = new TreeSet<>(scan.annotated());
        missing.removeAll(indexed);
        Set<String> local = new TreeSet<>(missing);
        local.retainAll(scan.local());
        missing.removeAll(local);
        if (!local.isEmpty()) {
            problems.report(Diagnostic.LOCAL_CLASS_NOT_INDEXED, module.origin(), summary(local));
        }
        if (!missing.isEmpty()) {
            problems.report(Diagnostic.INDEX_INCOMPLETE, module.origin(), summary(missing));
        }
        Set<String> stale = new TreeSet<>();
        for (PersonalField f : index.fields()) {
            if (!scan.present().contains(f.className())) {
                stale.add(f.className());
            }
        }
        for (fi.seloste.index.Undeclared u : index.undeclared()) {
            if (!scan.present().contains(u.className())) {
                stale.add(u.className());
            }
        }
        if (!stale.isEmpty()) {
            problems.report(Diagnostic.INDEX_STALE, module.origin(), summary(stale));
        }
        Set<String> outdated = new TreeSet<>();
        for (String owner : indexed) {
            if (scan.present().contains(owner) && !scan.annotated().contains(owner)) {
                outdated.add(owner);
            }
        }
        if (!outdated.isEmpty()) {
            problems.report(Diagnostic.INDEX_OUTDATED, module.origin(), summary(outdated));
        }
    }

    /**
     * A dependency jar without an index must not hide personal fields: reported when its classes carry
     * {@code @PersonalData}.
     *
     * @param dependency a dependency that has no index
     * @param problems where the problem goes
     */
    public static void verifyWithoutIndex(IndexSource dependency, Problems problems) {
        if (!Files.isRegularFile(dependency.path())) {
            return;
        }
        try {
            BytecodeScan.Result scan = BytecodeScan.scanJarWithoutIndex(dependency.path());
            reportUnreadable(dependency, scan, problems);
            if (!scan.annotated().isEmpty()) {
                problems.report(Diagnostic.DEPENDENCY_WITHOUT_INDEX, dependency.origin(), summary(scan.annotated()));
            }
        } catch (IOException e) {
            problems.report(Diagnostic.INDEX_UNREADABLE, dependency.origin(), e.getMessage());
        }
    }

    /**
     * A compiled module without an index needs none when no class file carries an annotation seloste-processor
     * claims: javac runs the processor only for those, so "never processed" and "nothing to process" coincide.
     *
     * @param module a module's class output that has no index
     * @param problems where a class folder that cannot be scanned is reported
     * @return whether the module needs no index, or why not was reported already
     */
    public static boolean needsNoIndex(IndexSource module, Problems problems) {
        if (!Files.isDirectory(module.path())) {
            return false; // not compiled: M301 says to compile first
        }
        try {
            BytecodeScan.Result scan = BytecodeScan.scanFolder(module.path());
            reportUnreadable(module, scan, problems);
            if (!scan.claimed() && !scan.local().isEmpty()) {
                // javac ran no processor, as it shows none of these classes: M313 says why, not M301
                problems.report(Diagnostic.LOCAL_CLASS_NOT_INDEXED, module.origin(), summary(scan.local()));
            }
            return !scan.claimed();
        } catch (IOException e) {
            problems.report(Diagnostic.INDEX_UNREADABLE, module.origin(), e.getMessage());
            return true; // reported
        }
    }

    /**
     * An index speaks only for its own module: every entry (a field or an undeclared field) must describe a class
     * whose class file is in the jar or class folder that carries the index. Entries that do not are reported, naming
     * the artifact and the classes, and left out, so they can never add to, hide or replace another module's fields.
     *
     * @param source a jar or class folder
     * @param index its index
     * @param problems where foreign entries, or a source that cannot be read, are reported
     * @return the index without the foreign entries
     */
    public static Index ownClassesOnly(IndexSource source, Index index, Problems problems) {
        Set<String> named = new TreeSet<>();
        index.fields().forEach(f -> named.add(f.className()));
        index.undeclared().forEach(u -> named.add(u.className()));
        Set<String> foreign = new TreeSet<>();
        try (ClassFiles files = ClassFiles.of(source.path())) {
            for (String name : named) {
                if (!files.has(name)) {
                    foreign.add(name);
                }
            }
        } catch (IOException e) {
            problems.report(Diagnostic.INDEX_UNREADABLE, source.origin(), e.getMessage());
            return Index.empty(index.origin());
        }
        if (foreign.isEmpty()) {
            return index;
        }
        problems.report(Diagnostic.INDEX_FOREIGN_CLASSES, source.origin(), summary(foreign));
        return new Index(index.schemaVersion(), index.generator(), index.mode(), index.registers(), index.purposes(),
                index.terms(), index.fields().stream().filter(f -> !foreign.contains(f.className())).toList(),
                index.undeclared().stream().filter(u -> !foreign.contains(u.className())).toList(), index.origin());
    }

    /**
     * @param source a jar or class folder
     * @param classes classes of its index that an entity of another index says it reaches
     * @return those whose bytecode carries {@code @MappedSuperclass} or {@code @Embeddable} (jakarta or javax): only
     *     they may be shown through another module's entities
     */
    public static Set<String> sharedTypes(IndexSource source, Set<String> classes) {
        Set<String> shared = new TreeSet<>();
        try (ClassFiles files = ClassFiles.of(source.path())) {
            for (String name : classes) {
                byte[] bytes = files.read(name);
                if (bytes != null && BytecodeScan.classCarries(bytes, SHARED_TYPE_DESCRIPTORS)) {
                    shared.add(name);
                }
            }
        } catch (IOException e) {
            // unreadable: nothing is shared, so nothing is hidden; the index's own reading reports the source
        }
        return shared;
    }

    private static final Set<String> SHARED_TYPE_DESCRIPTORS = Set.of(
            "Ljakarta/persistence/MappedSuperclass;", "Ljavax/persistence/MappedSuperclass;",
            "Ljakarta/persistence/Embeddable;", "Ljavax/persistence/Embeddable;");

    /** Class files that are not well-formed are reported once per source, never thrown. */
    private static void reportUnreadable(IndexSource source, BytecodeScan.Result scan, Problems problems) {
        if (!scan.unreadable().isEmpty()) {
            List<String> shown = scan.unreadable().entrySet().stream().limit(5)
                    .map(e -> printable(e.getKey()) + " (" + e.getValue() + ")").toList();
            int more = scan.unreadable().size() - shown.size();
            problems.report(Diagnostic.CLASS_FILE_UNREADABLE, source.origin(),
                    String.join(", ", shown) + (more > 0 ? " and " + more + " more" : ""));
        }
    }

    /**
     * A path from a jar or folder, as the build log may show it: control and bidirectional characters as escapes, at
     * most 160 characters.
     */
    static String printable(String path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length() && out.length() < 160; i++) {
            char c = path.charAt(i);
            boolean hidden = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
            out.append(hidden ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.length() < 160 || path.length() <= 160 ? out.toString() : out + "…";
    }

    private static String summary(Set<String> classes) {
        List<String> shown = classes.stream().limit(5).toList();
        return String.join(", ", shown) + (classes.size() > 5 ? " and " + (classes.size() - 5) + " more" : "");
    }
}
