package fi.seloste.index;

import java.util.List;

/**
 * Everything one module's personal-data index says: what the processor writes into the module's class output and
 * jar, and what the plugin reads back from each module and dependency.
 *
 * @param schemaVersion the format version, {@link IndexFormat#SCHEMA_VERSION}
 * @param generator who wrote it, such as {@code seloste-processor 1.0.0}, or {@code null}
 * @param mode {@link IndexFormat#MODE_CATALOGUE} or {@link IndexFormat#MODE_FREE_TEXT}
 * @param registers the registers declared in the module
 * @param purposes the purposes declared in the module
 * @param terms the vocabulary entries declared or used in the module, each naming its vocabulary
 * @param fields every personal field
 * @param undeclared fields that look personal but were not declared (warning mode)
 * @param origin where the index was read from ({@code group:artifact:version} or a path); never written
 */
public record Index(int schemaVersion, String generator, String mode, List<Register> registers,
        List<Purpose> purposes, List<Term> terms, List<PersonalField> fields, List<Undeclared> undeclared,
        String origin) {

    /** Lists left out are empty, never null; none can change. */
    public Index {
        registers = Records.list(registers);
        purposes = Records.list(purposes);
        terms = Records.list(terms);
        fields = Records.list(fields);
        undeclared = Records.list(undeclared);
    }

    /**
     * @param origin where it was read from, for messages
     * @return an index that says nothing: what a reader returns for an index it cannot read
     */
    public static Index empty(String origin) {
        return new Index(IndexFormat.SCHEMA_VERSION, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                origin);
    }

    /** @return whether purposes are keys of declared purposes */
    public boolean catalogueMode() {
        return IndexFormat.MODE_CATALOGUE.equals(mode);
    }
}
