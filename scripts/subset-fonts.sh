#!/usr/bin/env bash
# Rebuilds the embedded PDF fonts as subsets of DejaVu Sans (Debian fonts-dejavu-core) with
# fontTools' pyftsubset (pip install fonttools). The full faces are 1.4 MB together; these keep the
# scripts people type in this app – Latin incl. Vietnamese, Greek, Cyrillic, punctuation, common
# symbols – at about a quarter of that, so export downloads and parses far less.
# Anything outside these ranges is listed to the user before export and printed as □.
set -euo pipefail
cd "$(dirname "$0")/.."
RANGES="U+0020-007E,U+00A0-024F,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-2122,U+2190-2193,U+2212,U+2264-2265,U+25A0-25FF,U+2600-26FF,U+2700-27BF,U+FFFD"
SRC=${DEJAVU_DIR:-/usr/share/fonts/truetype/dejavu}
for face in DejaVuSans DejaVuSans-Bold; do
  pyftsubset "$SRC/$face.ttf" --unicodes="$RANGES" --no-hinting --layout-features='' \
    --output-file="src/pdf/fonts/$face.ttf"
done
node scripts/gen-font-coverage.mjs
