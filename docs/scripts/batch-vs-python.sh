#!/usr/bin/env bash
# Times `par score --batch` of a JSON Lines workload (CSV out, -Xmx256m, JVM start included) against
# Python's json module parsing the same lines, both in the same run, best of N each (default 3),
# and prints the ratio. See docs/PERFORMANCE.md, "Reading".
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

# Wall time of a command in seconds (nanosecond clock), its output discarded.
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

best() { printf '%s\n' "$@" | sort -n | head -1; }

par=() py=()
for ((i = 1; i <= runs; i++)); do
  # alternate the two, so that both see the same state of the machine
  par+=("$(seconds java -Xmx256m -jar "$jar" score --methodology "$methodology" \
    --batch "$lines" --format csv --out "$out")")
  py+=("$(seconds python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$lines")")
done
echo "rows written: $(wc -l < "$out")"
echo "par score --batch (csv, -Xmx256m): ${par[*]} s; best $(best "${par[@]}") s"
echo "python3 json.loads per line:       ${py[*]} s; best $(best "${py[@]}") s"
echo "ratio (best/best): $(echo "scale=2; $(best "${par[@]}") / $(best "${py[@]}")" | bc)"
