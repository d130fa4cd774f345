#!/usr/bin/env bash
# Times `par compare` on methodologies of 25,000 and 100,000 nodes (WideWorkload), JVM start
# included, best of three runs each: the wall time, and the CPU time (user + system, every thread of
# the JVM), which a busy machine disturbs less; with a second jar, the same runs for it:
#
#   par-benchmarks/scripts/compare-timing.sh par-cli/target/par.jar [OTHER_PAR_JAR] [NODES...]
#
# The workload is written to /tmp/par-compare-workload by par-benchmarks/target/benchmarks.jar.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jars=("$1")
shift
if [[ $# -gt 0 && "$1" == *.jar ]]; then
  jars+=("$1")
  shift
fi
sizes=("$@")
if [[ ${#sizes[@]} -eq 0 ]]; then
  sizes=(25000 100000)
fi
dir=/tmp/par-compare-workload
java -cp "$root/par-benchmarks/target/benchmarks.jar" io.github.parindex.benchmarks.WideWorkload \
  "$dir" "${sizes[@]}"
for n in "${sizes[@]}"; do
  for jar in "${jars[@]}"; do
    wall=
    cpu=
    for run in 1 2 3; do
      /usr/bin/time -o "$dir/time" -f "%e %U %S" java -jar "$jar" compare \
        --methodology "$dir/wide-$n.json" "$dir/wide-$n-a.json" "$dir/wide-$n-b.json" \
        --format csv > "$dir/out-$n.csv"
      read -r e u s < "$dir/time"
      c=$(echo "$u + $s" | bc)
      if [[ -z "$wall" ]] || (( $(echo "$e < $wall" | bc) )); then wall=$e; fi
      if [[ -z "$cpu" ]] || (( $(echo "$c < $cpu" | bc) )); then cpu=$c; fi
    done
    echo "$n nodes, $jar: best of 3: wall $wall s, CPU $cpu s; $(wc -l < "$dir/out-$n.csv") CSV lines"
  done
done
