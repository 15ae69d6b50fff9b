package fi.seloste.benchmarks;

import java.util.List;

/** The compiler set-ups compared, so each measured row says exactly which javac options and processor it used. */
enum Configuration {

    PROC_NONE("-proc:none", List.of("-proc:none"), false, false),
    NO_OP("no-op processor", List.of(), true, false),
    /** The no-op processor generating one empty class: the extra javac round that any generated source costs. */
    NO_OP_ONE_FILE("no-op + 1 generated class", List.of(), true, false),
    SELOSTE_NO_METAMODEL("seloste, metamodel off", List.of("-Aseloste.timing=true", "-Aseloste.metamodel=false"), false, true),
    SELOSTE("seloste, metamodel on", List.of("-Aseloste.timing=true", "-Aseloste.metamodel=true"), false, true);

    final String label;
    final List<String> options;
    final boolean noOp;
    final boolean seloste;

    Configuration(String label, List<String> options, boolean noOp, boolean seloste) {
        this.label = label;
        this.options = options;
        this.noOp = noOp;
        this.seloste = seloste;
    }
}
