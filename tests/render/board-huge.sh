# One item far taller than a sheet (board-huge.inc.yaml) is cut into
# continuation rows (（续）), one a sheet: printed by headless Chromium on
# A4 portrait, the PDF still has exactly the pages announced, none over.
paper=a4
catalog=board-huge.inc.yaml
. ./board-pdf.inc
grep -c '（续）</p></td><td class="content">' "$tmp/b.html" |
    sed 's/$/ continuation rows/'
