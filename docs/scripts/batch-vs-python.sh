#!/usr/bin/env bash
# Times `par score --batch` of a JSON Lines workload (CSV out, -Xmx256m, JVM start included) against
# Python's json module parsing the same lines, both in the same run, best of N each (default 3), and
# prints the ratio of the best wall times. The CPU time (user + system) of each run is printed too:
# on a shared machine it moves less than the wall time. See docs/PERFORMANCE.md, "Reading".
#
#   docs/scripts/batch-vs-python.sh PAR_JAR WORKLOAD_DIR [RUNS]
#
# WORKLOAD_DIR is what GenerateWorkload writes: submissions.jsonl and bench-commune-88.json.
set -euo pipefail
jar=${1:?par.jar}
dir=${2:?workload folder}
runs=${3:-3}
lines="$dir/submissions.jsonl"
methodology="$dir/bench-commune-88.json"
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# "wall cpu" of a command, in seconds; its output discarded.
measure() {
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" > /dev/null 2>&1; } 2>&1 )
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' <<< "$t"
}

best() { printf '%s\n' "$@" | sort -n | head -1; }

par_wall=() par_cpu=() py_wall=() py_cpu=()
for ((i = 1; i <= runs; i++)); do
  # alternate the two, so that both see the same state of the machine
  read -r w c < <(measure java -Xmx256m -jar "$jar" score --methodology "$methodology" \
    --batch "$lines" --format csv --out "$out")
  par_wall+=("$w") par_cpu+=("$c")
  read -r w c < <(measure python3 -c \
    'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$lines")
  py_wall+=("$w") py_cpu+=("$c")
done
echo "rows written: $(wc -l < "$out")"
echo "par score --batch (csv, -Xmx256m): wall ${par_wall[*]} s, cpu ${par_cpu[*]} s"
echo "python3 json.loads of each line:   wall ${py_wall[*]} s, cpu ${py_cpu[*]} s"
echo "best wall: par $(best "${par_wall[@]}") s, python $(best "${py_wall[@]}") s," \
  "ratio $(echo "scale=2; $(best "${par_wall[@]}") / $(best "${py_wall[@]}")" | bc)"
echo "best cpu:  par $(best "${par_cpu[@]}") s, python $(best "${py_cpu[@]}") s," \
  "ratio $(echo "scale=2; $(best "${par_cpu[@]}") / $(best "${py_cpu[@]}")" | bc)"
