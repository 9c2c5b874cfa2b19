#!/usr/bin/env bash
# The full-scan to parse-only ratio of PRODUCT.md's "Fast" bar (at most 1.5x at 10,000 objects), over several
# JVMs. One JVM's ratio moves by about 0.2 with how the JIT happened to compile the scan, more than most
# changes to the scan, so the median over several JVMs is the figure to quote and compare.
# Usage: scripts/bench-scan-ratio.sh [JVMS] [OBJECTS] [MIX]   (defaults: 5, 10000, realistic; about a minute per JVM)
set -euo pipefail

jvms=${1:-5}
objects=${2:-10000}
mix=${3:-realistic}
here=$(cd "$(dirname "$0")/.." && pwd)

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" | cut -d. -f1)" -lt 21 ] 2>/dev/null; then
  echo "set JAVA_HOME to a JDK 21 or newer (the one ./cairn uses will do)" >&2
  exit 2
fi

classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
(cd "$here" && ./mvnw -q -B -pl cairn-engine -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test >&2)
cp="$here/cairn-engine/target/test-classes:$here/cairn-engine/target/classes:$(cat "$classpath")"

# The columns after the mix: objects, files, parse-only, "ms", full scan, "ms", ratio, cpu ratio, no checks.
ratios=()
cpu_ratios=()
for i in $(seq "$jvms"); do
  line=$("$JAVA_HOME/bin/java" -Xms512m -Xmx512m -XX:+AlwaysPreTouch -cp "$cp" \
      dev.cairn.engine.bench.ScanBenchmark "$objects" "--mix=$mix" | tail -n1)
  echo "JVM $i: $line"
  ratios+=("$(echo "$line" | awk '{print $8}')")
  cpu_ratios+=("$(echo "$line" | awk '{print $9}')")
done

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
echo "$mix, $objects objects, $jvms JVMs: median ratio $(median "${ratios[@]}") (wall), $(median "${cpu_ratios[@]}") (CPU)"
echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
