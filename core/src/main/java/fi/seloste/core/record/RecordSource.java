package fi.seloste.core.record;

import java.nio.file.Path;

/**
 * Where a published record was found, so every problem and every entry of an organisation record can name the
 * application it came from.
 *
 * @param path the {@code register.json} file (in a repository: {@code <artifactId>-<version>-seloste-record.json})
 * @param coordinates the application's {@code groupId:artifactId:version}, or the path for a plain file
 */
public record RecordSource(Path path, String coordinates) {}
