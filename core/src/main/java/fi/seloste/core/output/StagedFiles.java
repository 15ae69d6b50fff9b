package fi.seloste.core.output;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.render.Content;
import fi.seloste.core.render.DocumentRenderer;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps a failed run from leaving half-written documents: each document goes into a temporary file next to its
 * target, and all are moved into place only when every one was written, so a failure leaves the earlier documents as
 * they were and no partial file behind. Names are fixed or built from checked ids, and never leave the directory.
 * Documents may be staged from two threads at once.
 */
final class StagedFiles {

    /** Bytes or characters buffered per document file: the record runs to a hundred megabytes on a large system. */
    private static final int WRITE_BUFFER = 64 * 1024;

    private final Path directory;
    private final Path root;
    private final SortedMap<String, Path> staged = new TreeMap<>();
    private volatile boolean cancelled;
    private boolean committed;
    /** The outermost directory this run created, removed again when the run fails: nothing is written then. */
    private final Path created;

    StagedFiles(Path directory) throws SelosteException {
        this.directory = directory;
        this.root = directory.toAbsolutePath().normalize();
        Path outermost = null;
        for (Path p = root; p != null && !Files.exists(p); p = p.getParent()) {
            outermost = p;
        }
        this.created = outermost;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw failure(Diagnostic.OUTPUT_NOT_WRITABLE, directory, e);
        }
    }

    /** Writes one document into a temporary file; stops early, failing, once the run is cancelled. */
    void stage(String name, Content content) throws SelosteException {
        Path target = target(name);
        try {
            Path temporary = Files.createTempFile(root, ".seloste-", ".tmp");
            synchronized (staged) {
                staged.put(name, temporary);
            }
            OutputStream file = new Cancellable(Files.newOutputStream(temporary));
            if (content instanceof Content.Utf8 utf8) {
                try (OutputStream out = new BufferedOutputStream(file, WRITE_BUFFER)) {
                    utf8.writeUtf8(out);
                }
            } else {
                try (Writer out = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8.newEncoder()), WRITE_BUFFER)) {
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
        if (!target.getParent().equals(root)) {
            throw failure(Diagnostic.OUTPUT_NOT_WRITABLE, target, "outside " + root);
        }
        return target;
    }

    /** Makes every document still being written fail, leaving the directory as it was. */
    void cancel() {
        cancelled = true;
    }

    /** Moves every staged file into place, in name order. */
    List<Path> commit() throws SelosteException {
        List<Path> written = new ArrayList<>();
        synchronized (staged) {
            for (Map.Entry<String, Path> file : staged.entrySet()) {
                Path target = target(file.getKey());
                try {
                    try {
                        Files.move(file.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(file.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    written.add(target);
                    committed = true;
                } catch (IOException e) {
                    throw failure(Diagnostic.OUTPUT_NOT_WRITABLE, target, e);
                }
            }
        }
        return written;
    }

    /** Deletes whatever was staged and not moved into place, and the directories made for it if none was. */
    void discard() {
        synchronized (staged) {
            for (Path temporary : staged.values()) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // the leftover is a hidden .tmp file; the problem that got us here is what gets reported
                }
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
