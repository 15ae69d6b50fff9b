#!/bin/sh
# Benchmarks document generation (seloste:generate) at 10,000 and 100,000 fields; see docs/performance.md.
#   benchmarks/generate.sh                                        full run
#   benchmarks/generate.sh -Ddocs.sizes=10000 -Ddocs.floor=none   one size, no heap-floor search
# seloste is installed into a private local repository (benchmarks/target/documents/repository) whose
# read-only tail is your own, so nothing is installed into ~/.m2 and the generated projects use this build.
# Further -D options go to Maven, see docs/performance.md.
set -eu
cd "$(dirname "$0")/.."
repo="$PWD/benchmarks/target/documents/repository"
tail=$(./mvnw -q -B help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null || true)
[ -d "$tail" ] || tail="$HOME/.m2/repository"
./mvnw -q -B install -pl annotations,processor,maven-plugin -am -DskipTests \
  -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail"
exec ./mvnw -q -B -f benchmarks/pom.xml -Pdocuments compile exec:exec \
  -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail" "$@"
