# The county's social assistance catalog, several sheets of A4 portrait,
# printed by headless Chromium: as many pages as announced, none over.
paper=a4
catalog=../../catalogs/example-county/county/social-assistance.yaml
. ./board-pdf.inc
