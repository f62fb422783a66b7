#!/usr/bin/env bash
# Restores the corpus files of one repository from a fetched git mirror, at the commits the committed manifests
# name, and checks each against its manifest sha256 (the files are git-ignored, so a new machine starts without
# them). Prints one line per file: restored, changed (sha differs: left out) or absent (commit not in the mirror).
#   usage: restore.sh owner/name gitdir
set -euo pipefail
repo=${1:?owner/name} gitdir=${2:?gitdir}
root=$(cd "$(dirname "$0")/../../.." && pwd)
node -e '
  const fs = require("fs"), p = require("path"), dir = p.join(process.argv[1], "test/realcorpus/batches");
  for (const f of fs.readdirSync(dir)) { const b = JSON.parse(fs.readFileSync(p.join(dir, f), "utf8"));
    for (const x of b.files) if (x.repo.toLowerCase() === process.argv[2].toLowerCase())
      console.log([x.commit, x.sha256, x.path, x.repo].join("\t")); }' "$root" "$repo" |
while IFS=$'\t' read -r commit sha file exact; do
  dest=$root/.realcorpus/files/${exact/\//+}/$file
  mkdir -p "$(dirname "$dest")"
  if ! git --git-dir="$gitdir" show "$commit:$file" >"$dest.tmp" 2>/dev/null; then
    rm -f "$dest.tmp"; echo "absent: $exact $file @ ${commit:0:12}"; continue
  fi
  if [ "$(sha256sum "$dest.tmp" | cut -d' ' -f1)" = "$sha" ]; then mv "$dest.tmp" "$dest"; echo "restored: $exact $file"
  else rm -f "$dest.tmp"; echo "changed: $exact $file"; fi
done
