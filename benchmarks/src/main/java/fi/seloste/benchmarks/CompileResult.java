package fi.seloste.benchmarks;

/**
 * One measured compilation: what javac cost and what seloste said about itself, kept together so a run's
 * figures cannot be mixed up with another's.
 *
 * @param wallMillis wall time of {@code getTask} plus {@code call}
 * @param cpuMillis CPU time of the compiling thread in that span (GC and JIT threads not included)
 * @param gcMillis garbage-collection time reported by the collectors in that span (pauses, all threads)
 * @param processMillis seloste's own {@code process()} time from its timing NOTE, or {@code NaN}
 * @param rounds processing rounds from the NOTE, or 0
 * @param personalFields personal fields from the NOTE, or -1
 * @param undeclared undeclared fields from the NOTE, or -1
 * @param warnings warnings javac reported
 */
record CompileResult(double wallMillis, double cpuMillis, double gcMillis, double processMillis, int rounds, int personalFields,
        int undeclared, int warnings) {}
