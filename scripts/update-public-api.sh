#!/usr/bin/env bash
# Brings every src/*/PublicAPI.Unshipped.txt in line with the code: adds the symbols that RS0016
# reports as undeclared and removes those that RS0017 reports as gone. Review the diff after.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/; do
  file="$project/PublicAPI.Unshipped.txt"
  [ -f "$file" ] || continue
  csproj=$(ls "$project"*.csproj)
  for i in 1 2 3; do
    log=$(dotnet build "$csproj" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 || true)
    mine=$(printf '%s\n' "$log" | grep -F "[$PWD/${csproj}]" || true)
    added=$(printf '%s\n' "$mine" | grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u || true)
    removed=$(printf '%s\n' "$mine" | grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but)" | sort -u || true)
    [ -z "$added$removed" ] && break
    if [ -n "$removed" ]; then
      while IFS= read -r s; do grep -vxF -- "$s" "$file" > "$file.tmp" || true; mv "$file.tmp" "$file"; done <<< "$removed"
    fi
    [ -n "$added" ] && printf '%s\n' "$added" >> "$file"
    { head -n1 "$file"; tail -n +2 "$file" | LC_ALL=C sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
  done
  echo "$file updated"
done
