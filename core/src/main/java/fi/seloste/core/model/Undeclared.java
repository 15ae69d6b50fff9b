package fi.seloste.core.model;

/**
 * A field that looks personal but was not declared, recorded by the processor in warning mode.
 *
 * @param className the class
 * @param field the field
 * @param reason why it looks personal
 * @param sourceFile the source file, or {@code null}
 * @param line the line, or 0
 * @param origin where the index came from
 */
public record Undeclared(String className, String field, String reason, String sourceFile, int line, String origin) {}
