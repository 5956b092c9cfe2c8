# Calc put the page's tables in one sheet: each header is read afresh,
# each area heading starts a catalog.
gkml-import huibian.xlsx
