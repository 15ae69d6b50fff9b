#!/bin/sh
# Builds the processor and runs the benchmark; see docs/performance.md.
#   benchmarks/run.sh                  full run (N = 200, 2,000, 10,000; incremental at 5,000 entities; ~9 min on 2 cores)
#   benchmarks/run.sh -Dquick=true     quick run (N = 200, 2,000; 3 runs; incremental at 2,000 entities; ~2 min)
# Further -D options go to Maven, e.g. -Dseloste.processorJar=/path/to/seloste-processor.jar
set -eu
cd "$(dirname "$0")/.."
# One reactor build: the processor jar and the benchmark classes from this tree, then the run (profile run, bound
# to verify of the benchmarks module); nothing is installed.
exec ./mvnw -q -B -pl benchmarks -am verify -DskipTests -Prun "$@"
