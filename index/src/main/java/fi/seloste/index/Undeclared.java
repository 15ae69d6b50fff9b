package fi.seloste.index;

/**
 * A field that looks personal but carries no seloste annotation, recorded when the processor runs with
 * {@code -Aseloste.undeclared=warning}, so that {@code seloste:check} can still fail.
 *
 * @param className binary name of the class
 * @param field the field name
 * @param javaType the field's type, or {@code null}
 * @param register the id of the register the field's class belongs to (from its {@code @PersonalDataDefaults} or an
 *     enclosing {@code @Register}), or {@code null} for the default register, so undeclared fields can be listed per
 *     register
 * @param reason why it looks personal
 * @param sourceFile the source file, or {@code null}
 * @param line the line, or 0
 * @param origin where the entry was read from; set by {@link IndexReader}, never written
 */
public record Undeclared(String className, String field, String javaType, String register, String reason,
        String sourceFile, int line, String origin) {

    /** @return the key that names the entry: {@code className#field} */
    public String key() {
        return className + "#" + field;
    }
}
