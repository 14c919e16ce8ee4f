#!/usr/bin/env bash
# Whole-process speed of `opennqf rank --top 100` against a plain Lucene BM25F program (LuceneRank)
# that reads the same CSVs, builds its index, searches the best 100 standards for every program and
# writes the same CSV (issue 10, part 4). Each run is a fresh JVM; the two alternate, so that load
# from elsewhere on the machine falls on both; the medians and their ratio are printed.
#
# Run from the project root after building both jars:
#   ./mvnw -q -pl nqf-examples,nqf-benchmarks -am package -DskipTests
#   nqf-benchmarks/scripts/whole-process.sh [RUNS]      (default 7)
# Environment: DATA (default ../shared/data/cipsoc-dev), THREADS (default 1, passed to both),
#   TOP (default 100), JAVA (default java), JAVA_OPTS (extra JVM options for both), OUT (scratch dir),
#   OPENNQF_JAR (default nqf-examples/target/opennqf.jar),
#   BASELINE_JAR (another opennqf.jar, say one built from main: run in the same alternation, its
#   output compared byte for byte with this one's, and the ratio new / baseline printed too),
#   LAUNCHER (the opennqf launcher script, say nqf-examples/target/opennqf: opennqf runs through it,
#   as shipped, with its JVM options and its class-data sharing archive, kept in OUT; Lucene and the
#   baseline still run with `java` and JAVA_OPTS. With BASELINE_JAR set to the same jar, the runs
#   compare the launcher with plain `java -jar` under the same load).
set -euo pipefail

runs="${1:-7}"
data="${DATA:-../shared/data/cipsoc-dev}"
threads="${THREADS:-1}"
top="${TOP:-100}"
java="${JAVA:-java}"
# JAVA_OPTS is split on spaces on purpose: it holds JVM options.
read -r -a java_opts <<< "${JAVA_OPTS:-}"
out="${OUT:-$(mktemp -d)}"
opennqf_jar="${OPENNQF_JAR:-nqf-examples/target/opennqf.jar}"
bench_jar=nqf-benchmarks/target/benchmarks.jar
baseline_jar="${BASELINE_JAR:-}"

for f in "$opennqf_jar" "$bench_jar" ${baseline_jar:+"$baseline_jar"}; do
  if [[ ! -f "$f" ]]; then
    echo "missing $f (working directory $(pwd)); build with:" >&2
    echo "  ./mvnw -q -pl nqf-examples,nqf-benchmarks -am package -DskipTests" >&2
    exit 2
  fi
done
for f in programs.csv standards.csv; do
  if [[ ! -f "$data/$f" ]]; then
    echo "missing $data/$f; set DATA=/path/to/shared/data/cipsoc-dev" >&2
    exit 2
  fi
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "RUNS must be a positive number, was '$runs'" >&2
  exit 2
fi

launcher="${LAUNCHER:-}"
if [[ -n "$launcher" ]]; then
  if [[ ! -x "$launcher" ]]; then
    echo "LAUNCHER=$launcher is not an executable script; build it with ./mvnw -pl nqf-examples -am package" >&2
    exit 2
  fi
  # the launcher reads the JDK from JAVA_HOME or the PATH, not from JAVA
  opennqf_cmd=(env OPENNQF_JAR="$opennqf_jar" OPENNQF_CACHE="$out/cds" "$launcher")
else
  opennqf_cmd=("$java" "${java_opts[@]}" -jar "$opennqf_jar")
fi
opennqf_cmd+=(rank --programs "$data/programs.csv"
  --standards "$data/standards.csv" --top "$top" --threads "$threads" --output "$out/opennqf.csv")
baseline_cmd=("$java" "${java_opts[@]}" -jar "$baseline_jar" rank --programs "$data/programs.csv"
  --standards "$data/standards.csv" --top "$top" --threads "$threads" --output "$out/baseline.csv")
lucene_cmd=("$java" "${java_opts[@]}" -cp "$bench_jar" io.github.opennqf.benchmarks.LuceneRank
  --programs "$data/programs.csv" --standards "$data/standards.csv" --top "$top" --threads "$threads"
  --output "$out/lucene.csv")

# Prints "WALL_MS CPU_MS" for one run of the command: wall time, and user + system CPU time of
# the process and its children (steadier than wall time when other jobs share the machine).
measure() {
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" > /dev/null; } 2>&1 | tail -1)
  awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d %d\n", a[1] * 1000, (a[2] + a[3]) * 1000 }'
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "data=$data top=$top threads=$threads runs=$runs (each: one opennqf, one Lucene, alternating)"
[[ -n "$launcher" ]] && echo "opennqf runs through the launcher $launcher (its archive made by the untimed first run)"
echo "$("$java" -version 2>&1 | head -1); $(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg)"
# one untimed run of each warms the file cache
"${opennqf_cmd[@]}" > /dev/null
"${lucene_cmd[@]}" > /dev/null
[[ -n "$baseline_jar" ]] && "${baseline_cmd[@]}" > /dev/null
opennqf_wall=(); opennqf_cpu=(); lucene_wall=(); lucene_cpu=(); baseline_wall=(); baseline_cpu=()
for ((i = 1; i <= runs; i++)); do
  if (( i % 2 )); then
    read -r ow oc < <(measure "${opennqf_cmd[@]}"); read -r lw lc < <(measure "${lucene_cmd[@]}")
  else
    read -r lw lc < <(measure "${lucene_cmd[@]}"); read -r ow oc < <(measure "${opennqf_cmd[@]}")
  fi
  opennqf_wall+=("$ow"); opennqf_cpu+=("$oc"); lucene_wall+=("$lw"); lucene_cpu+=("$lc")
  echo "run $i: opennqf ${ow} ms wall, ${oc} ms cpu; lucene ${lw} ms wall, ${lc} ms cpu"
  if [[ -n "$baseline_jar" ]]; then
    read -r bw bc < <(measure "${baseline_cmd[@]}")
    baseline_wall+=("$bw"); baseline_cpu+=("$bc")
    echo "run $i: baseline ${bw} ms wall, ${bc} ms cpu (load average $(cut -d' ' -f1 /proc/loadavg))"
  fi
done
echo "rows written: opennqf $(($(wc -l < "$out/opennqf.csv") - 1)), lucene $(($(wc -l < "$out/lucene.csv") - 1))"
ow=$(printf '%s\n' "${opennqf_wall[@]}" | median); lw=$(printf '%s\n' "${lucene_wall[@]}" | median)
oc=$(printf '%s\n' "${opennqf_cpu[@]}" | median); lc=$(printf '%s\n' "${lucene_cpu[@]}" | median)
awk -v o="$ow" -v l="$lw" 'BEGIN { printf "median wall time: opennqf %.0f ms, lucene %.0f ms, ratio opennqf/lucene %.2f\n", o, l, o / l }'
awk -v o="$oc" -v l="$lc" 'BEGIN { printf "median cpu time:  opennqf %.0f ms, lucene %.0f ms, ratio opennqf/lucene %.2f\n", o, l, o / l }'
if [[ -n "$baseline_jar" ]]; then
  cmp -s "$out/opennqf.csv" "$out/baseline.csv" && echo "opennqf and baseline CSVs: byte-identical" \
    || echo "opennqf and baseline CSVs DIFFER"
  bw=$(printf '%s\n' "${baseline_wall[@]}" | median); bc=$(printf '%s\n' "${baseline_cpu[@]}" | median)
  awk -v o="$ow" -v b="$bw" -v l="$lw" 'BEGIN { printf "median wall time: baseline %.0f ms, ratio baseline/lucene %.2f, opennqf/baseline %.2f\n", b, b / l, o / b }'
  awk -v o="$oc" -v b="$bc" -v l="$lc" 'BEGIN { printf "median cpu time:  baseline %.0f ms, ratio baseline/lucene %.2f, opennqf/baseline %.2f\n", b, b / l, o / b }'
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
