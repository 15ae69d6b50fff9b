package fi.seloste.core.diff;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.RecordReader;
import fi.seloste.core.record.RecordSource;
import fi.seloste.core.render.Translations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the change log between the previous release's record and this build's ({@code changes.<lang>.md} in each
 * language), both read as published records are; the Maven-free heart of {@code seloste:diff}.
 */
public final class ChangeLogFiles {

    /**
     * What a comparison wrote.
     *
     * @param files the change logs, in language order
     * @param changes what changed
     */
    public record Written(List<Path> files, List<RecordChange> changes) {}

    private ChangeLogFiles() {}

    /**
     * @param before the previous release's record
     * @param after this build's record
     * @param languages the languages to write, each one seloste writes notices in
     * @param directory where the change logs go
     * @return the files and the changes
     * @throws SelosteException when a record cannot be read, a language is unknown or a file cannot be written
     */
    public static Written write(RecordSource before, RecordSource after, List<String> languages, Path directory)
            throws SelosteException {
        Problems problems = new Problems();
        for (String language : languages) {
            if (!Translations.available().contains(language)) {
                problems.report(Diagnostic.LANGUAGE_UNSUPPORTED, language, String.join(", ", Translations.available()));
            }
        }
        if (!Files.isRegularFile(after.path())) {
            problems.report(Diagnostic.DIFF_RECORD_MISSING, after.path());
        }
        problems.failIfAny();
        RecordReader reader = new RecordReader();
        Optional<PublishedRecord> old = reader.read(before, problems);
        Optional<PublishedRecord> now = reader.read(after, problems);
        problems.failIfAny();
        List<RecordChange> changes = RecordDiff.between(old.orElseThrow(), now.orElseThrow());
        List<Path> files = new ArrayList<>();
        for (String language : languages) {
            Path target = directory.resolve("changes." + language + ".md");
            try {
                Files.createDirectories(directory);
                Path temporary = directory.resolve(".seloste-" + java.util.UUID.randomUUID() + ".tmp") /* created by the write below, with the umask's mode */;
                try {
                    Files.writeString(temporary, new ChangeLog(language).markdown(old.get(), now.get(), changes),
                            StandardCharsets.UTF_8);
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temporary);
                }
                files.add(target);
            } catch (IOException e) {
                problems.report(Diagnostic.OUTPUT_NOT_WRITABLE, target, e.getMessage());
            }
        }
        problems.failIfAny();
        return new Written(files, changes);
    }
}
