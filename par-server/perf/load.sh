#!/usr/bin/env bash
# The figures of docs/PERFORMANCE.md, "The HTTP service": POST /v1/score of an 88-leaf commune
# submission, by wrk (a second process) with 1 and with 16 concurrent clients, and, in the same run,
# the in-process time of the same library calls (JMH, RequestBenchmarks).
#
#   mvn -B -ntp -q install -DskipTests        # builds par-server.jar and benchmarks.jar
#   apt-get install wrk                       # Debian's wrk 4.1
#   par-server/perf/load.sh [SECONDS]         # default 30 s per measurement
#
# Sends traffic to 127.0.0.1 only, for a bounded time, and stops the server it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN="${1:-30}"
JAR=par-server/target/par-server.jar
BENCH=par-benchmarks/target/benchmarks.jar
WORK="$(mktemp -d)"
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# 256 submissions from the benchmarks' seed, and the 88-leaf methodology in the server's folder.
java -cp "$BENCH" io.github.parindex.benchmarks.GenerateWorkload "$WORK" 256 > /dev/null
mkdir "$WORK/methodologies"
mv "$WORK/bench-commune-88.json" "$WORK/methodologies/"
sed 's/^/{"methodology":"bench-commune-88","submission":/; s/$/}/' "$WORK/submissions.jsonl" \
  > "$WORK/bodies.jsonl"
export BODIES="$WORK/bodies.jsonl"

java -jar "$JAR" --port 0 --methodologies "$WORK/methodologies" > "$WORK/server.out" \
  2> "$WORK/server.log" &
SERVER=$!
for _ in $(seq 120); do grep -q listening "$WORK/server.out" && break; sleep 1; done
URL="$(sed -n 's/^listening on //p' "$WORK/server.out")"
echo "server: $URL (pid $SERVER); $(nproc) processors; $(java -version 2>&1 | sed -n 1p)"
# CPU time of the server process (all its threads: HTTP, workers, JIT, GC), in clock ticks
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
TICKS="$(getconf CLK_TCK)"

echo "== warm-up: 16 clients, $SECONDS_PER_RUN s"
wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" -s par-server/perf/score.lua "$URL" > /dev/null
echo "== 1 client, $SECONDS_PER_RUN s"
wrk -t1 -c1 -d"${SECONDS_PER_RUN}s" --latency -s par-server/perf/score.lua "$URL"
echo "== 16 clients, $SECONDS_PER_RUN s"
BEFORE="$(cpu)"
wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -s par-server/perf/score.lua "$URL" \
  | tee "$WORK/wrk16.txt"
AFTER="$(cpu)"
REQUESTS="$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$WORK/wrk16.txt")"
awk -v t=$((AFTER - BEFORE)) -v hz="$TICKS" -v n="$REQUESTS" 'BEGIN {
  printf "server process CPU: %.2f s for %d requests, %.0f us per request\n", t / hz, n, t / hz / n * 1e6 }'
kill "$SERVER"
wait "$SERVER" 2>/dev/null || true
echo "answers by status (server's access log):"
grep -o 'POST /v1/score [0-9]*' "$WORK/server.log" | sort | uniq -c

echo "== in-process: the same library calls, one thread (CPU time)"
java -cp "$BENCH" io.github.parindex.benchmarks.RequestBenchmarks "$SECONDS_PER_RUN"
echo "== in-process: the same library calls, one thread (JMH, wall-clock)"
java -jar "$BENCH" RequestBenchmarks -f 1 -wi 5 -w 2s -i 10 -r 2s -t 1 | sed -n '/^Benchmark/,$p'
