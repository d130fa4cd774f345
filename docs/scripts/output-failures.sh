#!/usr/bin/env bash
# Shows how par behaves when its output cannot be written and with unusual input files (issue 20,
# items 5, 6 and 12): one line per case with the exit status and what was left behind.
#
#   docs/scripts/output-failures.sh par-cli/target/par.jar
#
# Needs Linux and root (it mounts two small tmpfs file systems and makes a device node); cases that
# cannot run say so. Run from the repository's root. Everything happens in a temporary folder.
set -uo pipefail
jar=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
data="$root/examples/data"
work=$(mktemp -d)
trap 'umount "$work/full" "$work/ro" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work" || exit 1
par() { java -jar "$jar" "$@"; }
M="$data/commune-methodology.yaml"
S="$data/commune-2024.yaml"
B="$data/communes/2025"
report() { printf '%-58s exit %s  %s\n' "$1" "$2" "$3"; }
first() { head -c 120 "$1" | head -1; }

# --- standard output -----------------------------------------------------------------------------
par methodologies >/dev/full 2>err; report "methodologies > /dev/full" $? "$(first err)"
par score --methodology "$M" --submission "$S" --format json >/dev/full 2>err
report "score --format json > /dev/full" $? "$(first err)"
par score --methodology "$M" --batch "$B" --format csv >/dev/full 2>err
report "score --batch > /dev/full" $? "$(first err)"
par methodologies >&- 2>err; report "methodologies >&- (closed stdout)" $? "$(first err)"

# --- batch --out that cannot be written -----------------------------------------------------------
par score --methodology "$M" --batch "$B" --format csv --out no/such/dir/x.csv 2>err
report "batch --out no/such/dir/x.csv" $? "$(first err)"
par score --methodology "$M" --batch "$B" --format csv --out /proc/x.csv 2>err
report "batch --out /proc/x.csv" $? "$(first err)"
mkdir ro full
if mount -t tmpfs -o ro,size=16k tmpfs ro 2>/dev/null; then
  par score --methodology "$M" --batch "$B" --format csv --out ro/x.csv 2>err
  report "batch --out on a read-only file system" $? "$(first err)"
else
  report "batch --out on a read-only file system" - "(cannot mount a tmpfs here)"
fi

# --- a full disk: the previous file must stay whole -----------------------------------------------
if mount -t tmpfs -o size=16k tmpfs full 2>/dev/null; then
  echo previous >full/card.json
  par score --submission "$data/hung-yen-2023.yaml" --format json --out full/card.json 2>err
  status=$?
  report "score --out on a full disk (35 kB into 16 kB)" $status \
    "$(first err) | card.json: $(head -c 20 full/card.json | tr '\n' ' ')| files: $(ls -A full | tr '\n' ' ')"
  mkdir hy && cp "$data/hung-yen-2023.yaml" hy/a.yaml && cp "$data/hung-yen-2023.yaml" hy/b.yaml
  echo previous >full/batch.jsonl
  par score --methodology vn-par-province-876 --batch hy --format json --out full/batch.jsonl 2>err
  status=$?
  report "batch --out on a full disk" $status \
    "$(first err) | batch.jsonl: $(head -c 20 full/batch.jsonl | tr '\n' ' ')| files: $(ls -A full | tr '\n' ' ')"
else
  report "--out on a full disk" - "(cannot mount a tmpfs here)"
fi

# --- links and devices are written through ----------------------------------------------------------
echo old >real.csv && ln -s real.csv link.csv
par score --methodology "$M" --batch "$B" --format csv --out link.csv 2>err
report "batch --out link.csv (-> real.csv)" $? "link.csv: $(stat -c %F link.csv), real.csv: $(head -1 real.csv)"
echo old >real1.csv && ln -s real1.csv link1.csv
par score --methodology "$M" --submission "$S" --format csv --out link1.csv 2>err
report "score --out link1.csv (-> real1.csv)" $? "link1.csv: $(stat -c %F link1.csv), real1.csv: $(head -1 real1.csv)"
if mknod null c 1 3 2>/dev/null; then
  par score --methodology "$M" --batch "$B" --format csv --out null 2>err
  report "batch --out a device node (like /dev/null)" $? "null: $(stat -c %F null)"
else
  report "batch --out a device node" - "(cannot make a device node here)"
fi
par score --methodology "$M" --batch "$B" --format csv --out /dev/stdout >stdout.csv 2>err
report "batch --out /dev/stdout" $? "$(wc -l <stdout.csv) lines on stdout"
# With standard output closed the JVM reuses descriptor 1 for a file of its own (the runtime's
# lib/modules): /dev/stdout must stay standard output, never lead to that file.
modules="$(dirname "$(dirname "$(realpath "$(command -v java)")")")/lib/modules"
before=$(md5sum <"$modules")
par score --methodology "$M" --batch "$B" --format csv --out /dev/stdout >&- 2>err
report "batch --out /dev/stdout, standard output closed" $? \
  "$(first err) | lib/modules kept: $([ "$(md5sum <"$modules")" = "$before" ] && echo yes || echo NO)"
par score --methodology "$M" --batch "$B" --format csv --out /dev/stderr 2>err
report "batch --out /dev/stderr" $? "$(first err)"

# --- --out naming an input ------------------------------------------------------------------------
cp "$S" s.yaml && sum=$(md5sum <s.yaml)
par score --methodology "$M" --submission s.yaml --format json --out s.yaml 2>err
report "score --submission s.yaml --out s.yaml" $? "$(first err) | input kept: $([ "$sum" = "$(md5sum <s.yaml)" ] && echo yes || echo NO)"

# --- interruption: the temporary file is removed ----------------------------------------------------
# The batch is a named pipe: the first pass reads what is written to it, the second pass opens it
# again and waits for a writer, with its temporary --out file already created: then a signal comes.
python3 -c 'import json,sys; print(json.dumps({"format":"par-submission/1","methodology":"golden-commune","year":2024,"unit":{"id":"x","name":"X","level":"COMMUNE"},"stage":"FINAL","observations":{}}))' >line.json
set -m # job control: a background job gets SIGINT like a job in the foreground
for sig in INT TERM HUP; do
  rm -f batch.jsonl && mkfifo batch.jsonl
  mkdir -p "out-$sig"
  java -jar "$jar" score --methodology "$M" --batch batch.jsonl --format csv --out "out-$sig/x.csv" 2>err &
  pid=$!
  cat line.json >batch.jsonl
  for _ in $(seq 1 40); do ls -A "out-$sig" | grep -q par-tmp && break; sleep 0.1; done
  before=$(ls -A "out-$sig" | tr '\n' ' ')
  kill -s "$sig" "$pid"; wait "$pid"; status=$?
  report "batch interrupted by SIG$sig" $status "before: ${before:-nothing} | after: $(ls -A "out-$sig" | tr '\n' ' ')"
done
set +m

# --- input files ----------------------------------------------------------------------------------
rm -f in.yaml && mkfifo in.yaml
start=$(date +%s)
timeout 30 java -jar "$jar" validate in.yaml >out 2>&1; status=$?
report "validate a named pipe nothing writes to" $status "$(first out) ($(( $(date +%s) - start )) s)"
printf '{' >"$(printf 'bad\nname.json')"
par validate "$(printf 'bad\nname.json')" >out 2>&1; status=$?
report "validate a file named bad<LF>name.json" $status "$(wc -l <out) lines: $(first out)"
ln -s loop-b loop-a && ln -s loop-a loop-b
par validate loop-a >out 2>&1; report "validate a symbolic link loop" $? "$(first out)"
