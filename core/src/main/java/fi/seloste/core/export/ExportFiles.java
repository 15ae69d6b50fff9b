package fi.seloste.core.export;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.RecordReader;
import fi.seloste.core.record.RecordSource;
import fi.seloste.core.render.DocumentSet;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the exports of a record that was just written, reading its {@code register.json} back as any published record
 * is read, so an export says exactly what the published record says, for an application and an organisation alike.
 * Each file appears only when complete.
 */
public final class ExportFiles {

    private ExportFiles() {}

    /**
     * @param directory the output directory holding {@code register.json}
     * @param exports what to write
     * @param coordinates the record's {@code group:artifact:version}, for messages
     * @return the files written, in the order of {@code exports}
     * @throws SelosteException when the record cannot be read back or a file cannot be written
     */
    public static List<Path> write(Path directory, Set<Export> exports, String coordinates) throws SelosteException {
        if (exports.isEmpty()) {
            return List.of();
        }
        Problems problems = new Problems();
        Optional<PublishedRecord> record = new RecordReader().read(
                new RecordSource(directory.resolve(DocumentSet.RECORD), coordinates), problems);
        problems.failIfAny();
        List<Path> written = new ArrayList<>();
        for (Export export : exports) {
            Path target = directory.resolve(export.file());
            try {
                Path temporary = directory.resolve(".seloste-" + java.util.UUID.randomUUID() + ".tmp") /* created by the write below, with the umask's mode */;
                try {
                    try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                        export.write(out, record.orElseThrow());
                    }
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temporary);
                }
                written.add(target);
            } catch (IOException e) {
                problems.report(Diagnostic.OUTPUT_NOT_WRITABLE, target, e.getMessage());
            }
        }
        problems.failIfAny();
        return written;
    }
}
