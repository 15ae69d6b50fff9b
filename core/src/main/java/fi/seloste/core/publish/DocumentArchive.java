package fi.seloste.core.publish;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs the documents of one run into one zip, so a build can publish its notices next to its jar (classifier
 * {@code seloste-notices}) and two builds of the same code publish the same bytes: entries sorted by name, every entry
 * dated alike, no directory entries, no extra fields.
 */
public final class DocumentArchive {

    /** The date of every entry when the build names none: the earliest a zip can hold. */
    static final LocalDateTime DEFAULT_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 0);

    private DocumentArchive() {}

    /**
     * The date the entries carry, from Maven's {@code project.build.outputTimestamp} convention: an ISO-8601 date and
     * time with an offset ({@code 2026-02-13T08:00:00Z}) or seconds since 1970; without one, {@link #DEFAULT_TIME}.
     *
     * @param outputTimestamp the value, or {@code null}
     * @param problems where a value that is neither is reported
     * @return the time, in UTC
     */
    public static LocalDateTime entryTime(String outputTimestamp, Problems problems) {
        if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.strip().length() < 2) {
            return DEFAULT_TIME; // Maven reads a single character as "not set"
        }
        String value = outputTimestamp.strip();
        Instant instant;
        try {
            instant = value.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(value))
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            problems.report(Diagnostic.OUTPUT_TIMESTAMP_INVALID, value);
            return DEFAULT_TIME;
        }
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return time.isBefore(DEFAULT_TIME) ? DEFAULT_TIME : time;
    }

    /**
     * Writes the zip; it appears only when complete.
     *
     * @param zip the file to write, replaced when it exists
     * @param files the documents, each stored under its file name
     * @param time the date every entry carries
     * @throws IOException when a document cannot be read or the zip cannot be written
     */
    public static void write(Path zip, List<Path> files, LocalDateTime time) throws IOException {
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(p -> p.getFileName().toString()));
        Path directory = zip.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = directory.resolve(".seloste-" + java.util.UUID.randomUUID() + ".zip.tmp") /* created by the write below, with the umask's mode */;
        try {
            try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream archive = new ZipOutputStream(out)) {
                archive.setLevel(9);
                String previous = null;
                for (Path file : sorted) {
                    String name = file.getFileName().toString();
                    if (name.equals(previous)) {
                        continue;
                    }
                    previous = name;
                    ZipEntry entry = new ZipEntry(name);
                    entry.setTimeLocal(time);
                    archive.putNextEntry(entry);
                    Files.copy(file, archive);
                    archive.closeEntry();
                }
            }
            Files.move(temporary, zip, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
