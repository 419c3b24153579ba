#!/usr/bin/env bash
# Compares the committed generated-docs/, dashboards/ and alerts/ with what the annotation
# processor just wrote into metrics-schema's class output, and fails naming every stale file.
# With "refresh" as third argument it copies the processor's output over the committed folders
# instead. Run by exec-maven-plugin in metrics-schema (phase process-classes).
#
# usage: sync-artifacts.sh <processor output dir> <repository root> <true|false>
set -euo pipefail

generated=$1
root=$2
refresh=$3
folders=(generated-docs dashboards alerts deploy)
refresh_command="mvn -q package -DskipTests -Dartifacts.refresh=true"
# Written by the benchmark run (benchmarks/run.sh), not by the processor.
not_generated="$root/generated-docs/benchmarks"

# Every committed file in the generated folders, but those the processor does not own.
committed_files() {
  for folder in "${folders[@]}"; do
    [ -d "$root/$folder" ] || continue
    find "$root/$folder" -type f -not -path "$not_generated/*" -print0
  done | sort -z
}

# The processor lists what it wrote in this compilation; older files may linger next to them.
manifest="$generated/artifacts.txt"
if [ ! -f "$manifest" ]; then
  echo "ERROR: no $manifest: did the metrics processor run on the schema?" >&2
  exit 1
fi
mapfile -t files < "$manifest"

if [ "$refresh" = "true" ]; then
  while IFS= read -r -d '' file; do
    rm -f "$file"
  done < <(committed_files)
  for path in "${files[@]}"; do
    mkdir -p "$(dirname "$root/$path")"
    cp "$generated/$path" "$root/$path"
  done
  echo "Refreshed ${folders[*]} (${#files[@]} files) from $generated"
  exit 0
fi

stale=()
# Every file the processor wrote must be committed with the same bytes...
for path in "${files[@]}"; do
  if [ ! -f "$root/$path" ]; then
    stale+=("$path (missing)")
  elif ! cmp -s "$generated/$path" "$root/$path"; then
    stale+=("$path (differs)")
  fi
done
# ...and nothing else may be committed in those folders. (A lookup table, not a pipe into
# grep -q: grep exiting at the first match can kill the writer with SIGPIPE, which pipefail
# would count as "not found".)
declare -A written=()
for path in "${files[@]}"; do
  written["$path"]=1
done
while IFS= read -r -d '' file; do
  path=${file#"$root/"}
  [ -n "${written["$path"]:-}" ] || stale+=("$path (no longer generated)")
done < <(committed_files)

if ((${#stale[@]})); then
  echo "ERROR: committed artifacts are stale, they no longer match the schema:" >&2
  printf '  %s\n' "${stale[@]}" >&2
  echo "Refresh them from the repository root with: $refresh_command" >&2
  exit 1
fi
echo "Committed artifacts match the processor's output."
