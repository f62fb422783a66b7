#!/usr/bin/env bash
# Copies one file of a fetched repository (a git mirror from the fetch tool) into the git-ignored corpus folder
# and prints the manifest fields it needs: commit and sha256.   usage: add.sh owner/name gitdir path batch
set -euo pipefail
repo=${1:?owner/name} gitdir=${2:?gitdir} file=${3:?path} batch=${4:?batch}
root=$(cd "$(dirname "$0")/../../.." && pwd)
lower=$(tr 'A-Z' 'a-z' <<<"$repo")
grep -qi "^$lower $batch\$" "$root/.realcorpus/claims.txt" 2>/dev/null || { echo "not claimed for $batch: run claim.sh first"; exit 1; }
commit=$(git --git-dir="$gitdir" rev-parse HEAD)
dest=$root/.realcorpus/files/${repo/\//+}/$file
mkdir -p "$(dirname "$dest")"
git --git-dir="$gitdir" show "$commit:$file" >"$dest"
sha=$(sha256sum "$dest" | cut -d' ' -f1)
echo "{\"repo\": \"$repo\", \"commit\": \"$commit\", \"path\": \"$file\", \"sha256\": \"$sha\"}"
