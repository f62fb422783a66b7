#!/usr/bin/env bash
# Claims a repository for one corpus batch, so no repository is in two batches (a file's neighbours would leak
# between a dev and a held-back batch). Refuses a repository already in a committed batch or claimed in
# .realcorpus/claims.txt.   usage: claim.sh owner/name batch
set -euo pipefail
repo=${1:?owner/name} batch=${2:?batch}
root=$(cd "$(dirname "$0")/../../.." && pwd)
mkdir -p "$root/.realcorpus"
claims=$root/.realcorpus/claims.txt
touch "$claims"
lower=$(tr 'A-Z' 'a-z' <<<"$repo")
if grep -qi "^$lower " "$claims"; then echo "taken: $(grep -i "^$lower " "$claims" | head -1)"; exit 1; fi
found=$(node -e '
  const fs = require("fs"), p = require("path"), dir = p.join(process.argv[1], "test/realcorpus/batches");
  for (const f of fs.readdirSync(dir)) { const b = JSON.parse(fs.readFileSync(p.join(dir, f), "utf8"));
    if (b.files.some(x => x.repo.toLowerCase() === process.argv[2])) { console.log(b.batch); break; } }' "$root" "$lower")
if [ -n "$found" ]; then echo "taken: $repo is in batch $found"; exit 1; fi
echo "$lower $batch" >>"$claims"
echo "claimed: $repo for $batch"
