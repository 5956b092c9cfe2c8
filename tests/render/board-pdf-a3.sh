# The county's social assistance catalog on A3 landscape (all eleven
# columns), printed by headless Chromium: as many pages as announced.
paper=a3,landscape
catalog=../../catalogs/example-county/county/social-assistance.yaml
. ./board-pdf.inc
