#!/usr/bin/env bash
# Runs every command of commands.txt with the given par jar and keeps what each printed, so that two
# builds can be compared byte for byte:
#
#   docs/corpus/run-corpus.sh par-cli/target/par.jar /tmp/corpus-before
#   ... change par ...
#   docs/corpus/run-corpus.sh par-cli/target/par.jar /tmp/corpus-after
#   diff -r /tmp/corpus-before /tmp/corpus-after        # empty: no documented output changed
#
# For each NAME it writes NAME.out (standard output), NAME.err (standard error) and NAME.status (the
# exit status); files a command writes with --out go under the output folder too. Commands run from the
# repository's root, with a fixed locale and time zone.
set -uo pipefail
jar=$(realpath "$1")
out=$(realpath -m "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
cd "$root"
while IFS=$'\t' read -r name args; do
  case "$name" in ''|'#'*) continue ;; esac
  args=${args//@OUT@/$out}
  # shellcheck disable=SC2086
  LC_ALL=C.UTF-8 TZ=UTC java -jar "$jar" $args >"$out/$name.out" 2>"$out/$name.err" </dev/null
  echo $? >"$out/$name.status"
done < docs/corpus/commands.txt
echo "corpus written to $out ($(ls "$out"/*.status | wc -l) commands)"
