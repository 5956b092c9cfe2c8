# The same table as an XLSX made by LibreOffice: the line after the
# table (发布机构, 发布日期) is in the sheet, so publisher and updated
# are read; the rest is the same catalog, rows numbered as in the sheet.
gkml-import shehui.xlsx
