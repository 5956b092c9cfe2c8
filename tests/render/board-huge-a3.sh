# The enormous item again, on A3 landscape: as many pages as announced.
paper=a3,landscape
catalog=board-huge.inc.yaml
. ./board-pdf.inc
