package fi.seloste.processor.step;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Answers whether a class or package still has a class file in the class output, so that a previous index entry of
 * a deleted class is dropped; each package directory is listed once instead of asking the Filer per class.
 */
final class ClassOutputFiles {

    private final Filer filer;
    /** Whether each owner's class file exists, asked once per owner. */
    private final Map<String, Boolean> keptOwners = new HashMap<>();
    /** The class output directory, when it is one; {@code null} sends each look-up through the Filer. */
    private Path classOutput;
    /** The file names in each package's class output directory, listed once. */
    private final Map<String, Set<String>> classFiles = new HashMap<>();

    ClassOutputFiles(Filer filer) {
        this.filer = filer;
    }

    void useDirectory(Path directory) {
        classOutput = directory;
    }

    /** Whether the class (or, for a package, its package-info) named {@code owner} has a class file. */
    boolean exists(String owner) {
        return keptOwners.computeIfAbsent(owner, this::classFileExists);
    }

    private boolean classFileExists(String owner) {
        int dot = owner.lastIndexOf('.');
        String pkg = dot < 0 ? "" : owner.substring(0, dot);
        String simple = dot < 0 ? owner : owner.substring(dot + 1);
        // a class file first; only a package's declarations live in package-info.class
        return exists(pkg, simple + ".class") || exists(owner, "package-info.class");
    }

    private boolean exists(String pkg, String file) {
        if (classOutput != null) {
            return classFiles.computeIfAbsent(pkg, this::listClassFiles).contains(file);
        }
        return existsThroughFiler(pkg, file);
    }

    private Set<String> listClassFiles(String pkg) {
        Path dir = pkg.isEmpty() ? classOutput : classOutput.resolve(pkg.replace('.', '/'));
        String[] names;
        try {
            names = dir.toFile().list(); // names only: no path per file
        } catch (RuntimeException e) {
            names = null;
        }
        return names == null ? Set.of() : new HashSet<>(java.util.Arrays.asList(names)); // null: no such directory
    }

    private boolean existsThroughFiler(String pkg, String file) {
        try {
            FileObject classFile = filer.getResource(StandardLocation.CLASS_OUTPUT, pkg, file);
            try (InputStream in = classFile.openInputStream()) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
