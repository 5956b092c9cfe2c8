# Edges of the layout (board-edge.inc.yaml): a category name taller than
# a sheet is cut to one ("…"), a 300-letter word and 600 characters
# without a break are cut into continuation rows; printed by headless
# Chromium on A4 portrait, the PDF has exactly the pages announced.
paper=a4
catalog=board-edge.inc.yaml
. ./board-pdf.inc
python3 board.py facts "$tmp/b.html" | sed -n '/^sheet/p'
