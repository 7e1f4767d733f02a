#!/usr/bin/env bash
# Rendering check for `gongwen export` (not part of npm test): exports a draft to .docx, converts it
# to PDF with LibreOffice (headless) and turns the first pages into PNGs to look at.
#
#   scripts/render-docx.sh [DRAFT.txt|.md] [OUTDIR]     default: docs/export-sample.txt → /tmp/gongwen-render
#
# Needs: npm run build (dist/cli.js), and Debian packages
#   apt-get install -y --no-install-recommends libreoffice-writer fonts-wqy-microhei poppler-utils
#
# LibreOffice is not Word. Two things differ, on purpose handled here and not in the exported file:
# - Fonts: without 仿宋_GB2312 / 方正小标宋简体 / 楷体_GB2312 / 黑体 installed, LibreOffice substitutes
#   whatever CJK face it has (WenQuanYi Micro Hei here), so the faces in the PNG are not the real ones.
# - Character grid: the .docx asks for 28 characters of 3号 in the 156 mm line (w:docGrid
#   linesAndChars, charSpace −842, i.e. a 15.79 pt pitch), which Word and WPS honour by squeezing
#   the 16 pt glyphs. LibreOffice instead gives every glyph wider than a grid cell two cells, and sets
#   about 14 characters a line. For the preview only, the copy converted here has a line grid alone
#   (w:type="lines"): LibreOffice then sets 27 characters of 16 pt a line, 22 lines a page.
#   Set GONGWEN_RENDER_RAW=1 to convert the file exactly as exported.
set -euo pipefail
cd "$(dirname "$0")/.."
draft="${1:-docs/export-sample.txt}"
out="${2:-/tmp/gongwen-render}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
base="$(basename "${draft%.*}")"
docx="$out/$base.docx"

start=$(date +%s.%N)
node bin/gongwen.js export "$draft" -o "$docx" --force
if [ "${GONGWEN_RENDER_RAW:-0}" != 1 ]; then
  work="$(mktemp -d)"
  (cd "$work" && unzip -q "$docx" && sed -i -E 's/<w:docGrid w:type="linesAndChars"([^>]*) w:charSpace="-?[0-9]+"/<w:docGrid w:type="lines"\1/' word/document.xml && rm -f "$out/$base.preview.docx" && zip -q -r "$out/$base.preview.docx" .)
  rm -rf "$work"
  docx="$out/$base.preview.docx"
fi
soffice --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
pdf="$out/$(basename "${docx%.docx}").pdf"
pdftoppm -r 80 -png -f 1 -l 3 "$pdf" "$out/page"
end=$(date +%s.%N)
echo "PDF: $pdf ($(pdfinfo "$pdf" | awk '/^Pages/ {print $2}') pages); PNG: $(ls "$out"/page-*.png | tr '\n' ' ')"
printf 'render time: %.1f s\n' "$(echo "$end - $start" | bc)"
