package fi.seloste.core.output;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.render.Content;
import fi.seloste.core.render.DocumentRenderer;
import fi.seloste.core.render.DocumentSet;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Replaces the documents of a directory as a whole, so a failed or interrupted run never leaves a half-written or
 * mixed set that a later run or {@code check} could take for the real one. Every document is first written into a
 * staging directory next to the target ({@code .<name>.seloste-staging}); only when all were written are they moved
 * in, each old document moved aside first, and the documents no run generates any more moved out with them; when a
 * move fails, everything moved is moved back, leaving the old set as it was. A run that was killed leaves only the
 * staging directory, which the next run deletes first.
 *
 * <p>Only seloste's own documents are ever replaced or removed ({@link DocumentSet#isDocumentName}); nothing else in
 * the directory is touched. The directory, and every entry in it, must not be a symbolic link. Documents may be staged
 * from two threads at once.
 */
final class StagedFiles {

    /** Bytes or characters buffered per document file: the record runs to a hundred megabytes on a large system. */
    private static final int WRITE_BUFFER = 64 * 1024;

    /** What older versions left behind when interrupted: temporary files in the directory itself. */
    private static final String OLD_LEFTOVER_PREFIX = ".seloste-";

    /** Moves a file; replaced in tests to make a move fail. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Path directory;
    private final Path root;
    private final Path staging;
    private final Mover mover;
    private final SortedMap<String, Path> staged = new TreeMap<>();
    private final List<Path> removed = new ArrayList<>();
    private volatile boolean cancelled;
    private boolean committed;
    /** The outermost directory this run created, removed again when the run fails: nothing is written then. */
    private final Path created;

    StagedFiles(Path directory) throws SelosteException {
        this(directory, StagedFiles::move);
    }

    StagedFiles(Path directory, Mover mover) throws SelosteException {
        this.directory = directory;
        this.mover = mover;
        this.root = directory.toAbsolutePath().normalize();
        if (root.getParent() == null || root.getFileName() == null) {
            throw failure(Diagnostic.OUTPUT_NOT_WRITABLE, directory, "it is a file system's root");
        }
        this.staging = root.resolveSibling("." + root.getFileName() + ".seloste-staging");
        refuseLinks();
        Path outermost = null;
        for (Path p = root; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            outermost = p;
        }
        this.created = outermost;
        try {
            removeLeftovers();
            Files.createDirectories(root);
            Files.createDirectory(staging);
        } catch (IOException e) {
            throw failure(Diagnostic.OUTPUT_NOT_WRITABLE, directory, e);
        }
    }

    /** The directory and its entries must be real: a link would send a document, or a move, outside the project. */
    private void refuseLinks() throws SelosteException {
        if (Files.isSymbolicLink(root)) {
            throw failure(Diagnostic.OUTPUT_LINK, root, root);
        }
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw failure(Diagnostic.OUTPUT_NOT_WRITABLE, directory, "it is not a directory");
        }
        List<Problem> links = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            TreeSet<Path> sorted = new TreeSet<>();
            entries.forEach(sorted::add);
            for (Path entry : sorted) {
                if (Files.isSymbolicLink(entry)) {
                    links.add(Diagnostic.OUTPUT_LINK.problem(root, entry));
                }
            }
        } catch (IOException e) {
            throw failure(Diagnostic.OUTPUT_NOT_WRITABLE, directory, e);
        }
        if (!links.isEmpty()) {
            throw new SelosteException(links);
        }
    }

    /** Deletes what an interrupted run left: the staging directory, and older versions' temporary files. */
    private void removeLeftovers() throws IOException {
        deleteTree(staging);
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, OLD_LEFTOVER_PREFIX + "*.tmp")) {
                for (Path leftover : entries) {
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }

    /** Writes one document into the staging directory; stops early, failing, once the run is cancelled. */
    void stage(String name, Content content) throws SelosteException {
        Path target = target(name);
        try {
            Path file = staging.resolve(name);
            synchronized (staged) {
                staged.put(name, file);
            }
            OutputStream out0 = new Cancellable(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS));
            if (content instanceof Content.Utf8 utf8) {
                try (OutputStream out = new BufferedOutputStream(out0, WRITE_BUFFER)) {
                    utf8.writeUtf8(out);
                }
            } else {
                try (Writer out = new BufferedWriter(new OutputStreamWriter(out0, StandardCharsets.UTF_8.newEncoder()), WRITE_BUFFER)) {
                    content.writeTo(out);
                }
            }
        } catch (IOException e) {
            throw failure(Diagnostic.OUTPUT_NOT_WRITABLE, target, e);
        } catch (UncheckedIOException e) {
            throw failure(Diagnostic.OUTPUT_NOT_WRITABLE, target, e.getCause());
        } catch (DocumentRenderer.TemplateFailure e) {
            throw new SelosteException(List.of(e.problem()));
        }
    }

    private Path target(String name) throws SelosteException {
        Path target = root.resolve(name).normalize();
        if (!target.getParent().equals(root) || !DocumentSet.isDocumentName(name)) {
            throw failure(Diagnostic.OUTPUT_NOT_WRITABLE, target, "outside " + root + ", or not a document's name");
        }
        return target;
    }

    /** Makes every document still being written fail, leaving the directory as it was. */
    void cancel() {
        cancelled = true;
    }

    /** One move done, to be undone when a later one fails. */
    private record Done(Path from, Path to) {}

    /**
     * Moves the staged documents in, and the old and stale ones out, as a whole: when one move fails, every move done
     * is undone.
     *
     * @return the documents written, in name order
     */
    List<Path> commit() throws SelosteException {
        synchronized (staged) {
            Path replaced = staging.resolve(".replaced");
            List<Done> done = new ArrayList<>();
            List<Path> written = new ArrayList<>();
            try {
                Files.createDirectory(replaced);
                for (Map.Entry<String, Path> file : staged.entrySet()) {
                    Path target = target(file.getKey());
                    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        moveAndRemember(target, replaced.resolve(file.getKey()), done);
                    }
                    moveAndRemember(file.getValue(), target, done);
                    written.add(target);
                }
                for (Path stale : staleDocuments()) {
                    moveAndRemember(stale, replaced.resolve(stale.getFileName()), done);
                    removed.add(stale);
                }
            } catch (IOException e) {
                undo(done);
                removed.clear();
                throw failure(Diagnostic.OUTPUT_NOT_WRITABLE, directory, e);
            }
            committed = true;
            return written;
        }
    }

    /** @return the stale documents the commit removed, in name order */
    List<Path> removed() {
        return List.copyOf(removed);
    }

    private void moveAndRemember(Path from, Path to, List<Done> done) throws IOException {
        mover.move(from, to);
        done.add(new Done(from, to));
    }

    private void undo(List<Done> done) {
        for (int i = done.size() - 1; i >= 0; i--) {
            try {
                move(done.get(i).to(), done.get(i).from());
            } catch (IOException e) {
                // the staging directory keeps the file; the problem that got us here is what gets reported
            }
        }
    }

    /** The documents in the directory that this run does not write: no run generates them any more. */
    private List<Path> staleDocuments() throws IOException {
        TreeSet<Path> stale = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (DocumentSet.isDocumentName(name) && !staged.containsKey(name)
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    stale.add(entry);
                }
            }
        }
        return new ArrayList<>(stale);
    }

    /** Deletes the staging directory, and the directories made for a run that wrote nothing. */
    void discard() {
        synchronized (staged) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // the next run deletes it first; the problem that got us here is what gets reported
            }
            if (!committed && created != null) {
                for (Path p = root; p != null && p.startsWith(created); p = p.getParent()) {
                    try {
                        Files.deleteIfExists(p); // only empty directories go
                    } catch (IOException e) {
                        break;
                    }
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a directory tree without following any link in it (a link is deleted, not what it points to). */
    private static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                for (Path entry : entries) {
                    deleteTree(entry);
                }
            }
        }
        Files.deleteIfExists(path);
    }

    private static SelosteException failure(Diagnostic diagnostic, Object... args) {
        return new SelosteException(List.of(diagnostic.problem(args)));
    }

    /** A file stream that fails once the run is cancelled, so the record stops when a notice cannot be built. */
    private final class Cancellable extends FilterOutputStream {
        Cancellable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (cancelled) {
                throw new IOException("cancelled: " + directory + " is left as it was");
            }
            out.write(bytes, offset, length);
        }
    }
}
