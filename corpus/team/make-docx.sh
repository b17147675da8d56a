#!/bin/sh
# make-docx.sh: regenerate the .docx files of the team corpus.
#
#   work-report-targets.docx  from work-report-targets.fodt: the 一、 headings and the （一）
#                             subheadings use REAL automatic list numbering (Word w:numPr with
#                             w:numFmt chineseCounting-style); the numbers are not in the run text.
#   items-mixed.docx          from items-mixed.fodt: literal numbers as in the .txt, a tab and a
#                             line break (<w:tab/>, <w:br/>) inside the byline paragraph, one 3x3 table.
#
# Steps: make-fodt.py writes the two .fodt files from the .txt speeches (standard-library
# Python 3), then LibreOffice converts them headless. Needs python3 and soffice
# (Debian: apt-get install -y libreoffice-writer-nogui). Run from anywhere:
#     sh corpus/team/make-docx.sh
# The script checks the result: numPr and a Chinese numFmt in work-report-targets.docx, no
# literal "一、" at the start of its heading text, and tab/br/table in items-mixed.docx.
set -eu
cd "$(dirname "$0")"
python3 make-fodt.py
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for f in work-report-targets items-mixed; do
    soffice -env:UserInstallation="file://$profile" --headless --norestore \
        --convert-to 'docx:MS Word 2007 XML' --outdir . "$f.fodt" >/dev/null
done
unzip -p work-report-targets.docx word/document.xml | grep -q '<w:numPr>' || { echo "no w:numPr" >&2; exit 1; }
unzip -p work-report-targets.docx word/numbering.xml | grep -Eq 'w:numFmt w:val="(chineseCounting|chineseCountingThousand|ideographTraditional|taiwaneseCountingThousand)"' \
    || { echo "no Chinese w:numFmt" >&2; exit 1; }
if unzip -p work-report-targets.docx word/document.xml | grep -q '<w:t[^>]*>[一二三四五六七八九十]、'; then
    echo "literal heading number in work-report-targets.docx" >&2; exit 1
fi
doc="$(unzip -p items-mixed.docx word/document.xml)"
for tag in '<w:tab/>' '<w:br/>' '<w:tbl>'; do
    printf '%s' "$doc" | grep -q "$tag" || { echo "items-mixed.docx lacks $tag" >&2; exit 1; }
done
echo "ok: work-report-targets.docx items-mixed.docx"
