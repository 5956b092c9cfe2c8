"""The least XLSX gkml-import reads: one sheet of inline strings.

    row(r, values, extra="", end="")  one <row>, extra being attributes
    write(path, rows, sep="", level=None)  the workbook, with rows as
        its sheetData; sep goes after the sheet's opening tags, level is
        the deflate level (zlib's default when None)
"""

import zipfile

R = "http://schemas.openxmlformats.org/"
S = R + "spreadsheetml/2006/main"
REL = R + "officeDocument/2006/relationships"


def row(r, vals, extra="", end=""):
    return (f'<row r="{r}"{extra}>' + "".join(f'<c t="inlineStr"><is><t>'
            f'{v}</t></is></c>' for v in vals) + "</row>" + end)


# The smallest catalog table: a header and one item, rows 1 and 2.
HEAD = ("序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体")
ITEM = ("1", "低保", "名单", "《社会救助暂行办法》", "及时", "民政局")


def sample():
    return row(1, HEAD) + row(2, ITEM)


def write(path, rows, sep="", level=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED,
                         compresslevel=level) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("_rels/.rels", f'<Relationships xmlns="{R}package/2006/'
                   f'relationships"><Relationship Id="r1" Type="{REL}/'
                   'officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{S}" '
                   f'xmlns:r="{REL}"><sheets><sheet name="S" sheetId="1" '
                   'r:id="r1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="'
                   f'{R}package/2006/relationships"><Relationship Id="r1" '
                   f'Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{S}">'
                   f"{sep}<sheetData>{sep}" + rows +
                   "</sheetData></worksheet>")
