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
folders=(generated-docs dashboards alerts)
refresh_command="mvn -q package -DskipTests -Dartifacts.refresh=true"

for folder in "${folders[@]}"; do
  if [ ! -d "$generated/$folder" ]; then
    echo "ERROR: the processor wrote no $folder/ into $generated" >&2
    exit 1
  fi
done

if [ "$refresh" = "true" ]; then
  for folder in "${folders[@]}"; do
    rm -rf "${root:?}/$folder"
    cp -r "$generated/$folder" "$root/$folder"
  done
  echo "Refreshed ${folders[*]} from $generated"
  exit 0
fi

stale=()
for folder in "${folders[@]}"; do
  # Every file the processor wrote must be committed with the same bytes...
  while IFS= read -r -d '' file; do
    path=${file#"$generated/"}
    if [ ! -f "$root/$path" ]; then
      stale+=("$path (missing)")
    elif ! cmp -s "$file" "$root/$path"; then
      stale+=("$path (differs)")
    fi
  done < <(find "$generated/$folder" -type f -print0 | sort -z)
  # ...and nothing else may be committed there.
  if [ -d "$root/$folder" ]; then
    while IFS= read -r -d '' file; do
      path=${file#"$root/"}
      [ -f "$generated/$path" ] || stale+=("$path (no longer generated)")
    done < <(find "$root/$folder" -type f -print0 | sort -z)
  fi
done

if ((${#stale[@]})); then
  echo "ERROR: committed artifacts are stale, they no longer match the schema:" >&2
  printf '  %s\n' "${stale[@]}" >&2
  echo "Refresh them from the repository root with: $refresh_command" >&2
  exit 1
fi
echo "Committed artifacts match the processor's output."
