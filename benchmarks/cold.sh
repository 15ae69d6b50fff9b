#!/bin/sh
# Benchmarks what a user pays: a fresh javac process per compile; see docs/performance.md.
#   benchmarks/cold.sh                  N = 500, 2,000, 5,000; 5 runs; one-file recompile against 50,000 entries
#   benchmarks/cold.sh -Dquick=true     N = 500, 2,000; 3 runs; recompile against 10,000 entries
# Further -D options: -Dcold.sizes=2000 -Dcold.runs=7 -Dcold.recompile.entities=5000 (0: none) -Dseloste.processorJar=/abs/path.jar
#   -Dcold.configs=NO_OP,MINIMAL,SELOSTE_OFF,SELOSTE_NO_CHECK (the full builds to run; all by default)
set -eu
cd "$(dirname "$0")/.."
exec ./mvnw -q -B -pl benchmarks -am verify -DskipTests -Prun -Dbench.main=fi.seloste.benchmarks.ColdBenchmark "$@"
