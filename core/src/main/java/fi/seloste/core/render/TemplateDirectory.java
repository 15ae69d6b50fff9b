package fi.seloste.core.render;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

/**
 * An organisation's own templates ({@code <templateDirectory>}), which a pull request can change like any file: the
 * directory must exist, and neither it nor anything in it may be a symbolic link, so a template can never bring a
 * file from outside the project (a CI secret) into the documents and so into the drift diff of the build log. Pebble's
 * loader already refuses names that climb out of the directory.
 */
public final class TemplateDirectory {

    /** How deep the directory is searched for links; templates are a handful of files. */
    private static final int MAX_DEPTH = 16;

    private TemplateDirectory() {}

    /**
     * @param directory the template directory, or {@code null} for none
     * @param problems where a missing directory (M228) and each link (M227) are reported
     */
    public static void check(Path directory, Problems problems) {
        if (directory == null) {
            return;
        }
        if (Files.isSymbolicLink(directory)) {
            problems.report(Diagnostic.LINK_REFUSED, "templateDirectory", directory);
            return;
        }
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            problems.report(Diagnostic.TEMPLATE_DIRECTORY_MISSING, directory, "does not exist");
            return;
        }
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            problems.report(Diagnostic.TEMPLATE_DIRECTORY_MISSING, directory, "is not a directory");
            return;
        }
        try {
            Files.walkFileTree(directory, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isSymbolicLink()) {
                                problems.report(Diagnostic.LINK_REFUSED, "templateDirectory", file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.report(Diagnostic.TEMPLATE_DIRECTORY_MISSING, directory, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * @param directory the template directory
     * @return a loader of its templates that refuses to read through a symbolic link
     */
    static FileLoader loader(Path directory) {
        return new LinkRefusing(directory.toAbsolutePath().normalize());
    }

    /** Pebble's file loader, which also refuses a template that is, or lies under, a symbolic link. */
    private static final class LinkRefusing extends FileLoader {
        private final Path root;

        LinkRefusing(Path root) {
            super(root.toString());
            this.root = root;
            setCharset("UTF-8");
        }

        @Override
        public Reader getReader(String templateName) {
            if (linked(templateName)) {
                throw new LoaderException(null, "template " + templateName + " is a symbolic link, which seloste does not follow");
            }
            return super.getReader(templateName);
        }

        @Override
        public boolean resourceExists(String templateName) {
            return !linked(templateName) && super.resourceExists(templateName);
        }

        private boolean linked(String templateName) {
            Path file = root.resolve(templateName).normalize();
            for (Path p = file; p != null && p.startsWith(root); p = p.getParent()) {
                if (Files.isSymbolicLink(p)) {
                    return true;
                }
            }
            return false;
        }
    }
}
