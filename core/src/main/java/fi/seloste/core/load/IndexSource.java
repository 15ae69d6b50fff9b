package fi.seloste.core.load;

import java.nio.file.Path;

/**
 * A place an index may live: a module's class output folder, a reactor sibling's {@code target/classes},
 * or a dependency jar, with the name it is reported under.
 *
 * @param path a directory or a jar file
 * @param origin {@code group:artifact:version} for artifacts, or a path
 */
public record IndexSource(Path path, String origin) {}
