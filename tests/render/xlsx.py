#!/usr/bin/env python3
"""Print an XLSX workbook as text for the golden tests of gkml-render -T xlsx.

    python3 xlsx.py parts FILE     the zip's entries, in order, with dates
    python3 xlsx.py sheets FILE    each sheet: name, state, frozen pane,
                                   print titles, columns, merges,
                                   dropdowns, then the cells
    python3 xlsx.py check FILE     what must hold of every workbook; prints
                                   nothing when all holds

Cells are printed row by row as REF=value, values with line breaks as
'/'; an inline string is "text", a number bare.  Only the standard
library is used.
"""
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
PR = '{http://schemas.openxmlformats.org/package/2006/relationships}'


def col_num(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def unescape(s):
    return re.sub(r'_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), s)


def sheets(z):
    """(name, part, root) of each sheet, in workbook order."""
    wb = ET.fromstring(z.read('xl/workbook.xml'))
    rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
    target = {r.get('Id'): r.get('Target') for r in rels.iter(PR + 'Relationship')}
    out = []
    for s in wb.iter(M + 'sheet'):
        part = 'xl/' + target[s.get(R + 'id')]
        out.append((s.get('name'), part, ET.fromstring(z.read(part))))
    return out


def cell_text(c):
    t = c.get('t')
    if t == 'inlineStr':
        return '"%s"' % unescape(''.join(x.text or '' for x in c.iter(M + 't')))
    v = c.find(M + 'v')
    return None if v is None else v.text


def do_parts(z):
    for i in z.infolist():
        print('%s %04d-%02d-%02d' % ((i.filename,) + i.date_time[:3]))


def do_sheets(z):
    wb = ET.fromstring(z.read('xl/workbook.xml'))
    titles = {}
    states = [s.get('state') for s in wb.iter(M + 'sheet')]
    for d in wb.iter(M + 'definedName'):
        titles[int(d.get('localSheetId'))] = '%s=%s' % (d.get('name'), d.text)
    for k, (name, part, ws) in enumerate(sheets(z)):
        print('== %s (%s)' % (name, part))
        if states[k] is not None:
            print('state: %s' % states[k])
        pane = ws.find('.//' + M + 'pane')
        if pane is not None:
            print('pane: ySplit=%s topLeftCell=%s state=%s' %
                  (pane.get('ySplit'), pane.get('topLeftCell'), pane.get('state')))
        print('print: %s' % titles.get(k))
        ps = ws.find(M + 'pageSetup')
        print('page: paperSize=%s %s fitToWidth=%s' %
              (ps.get('paperSize'), ps.get('orientation'), ps.get('fitToWidth')))
        hidden = [c for c in ws.iter(M + 'col') if c.get('hidden') == '1']
        for c in hidden:
            print('hidden columns: %s-%s' % (c.get('min'), c.get('max')))
        merges = [m.get('ref') for m in ws.iter(M + 'mergeCell')]
        print('merges: %s' % ' '.join(merges))
        for v in ws.iter(M + 'dataValidation'):
            print('dropdown: %s %s %s %s' % (v.get('sqref'), v.get('type'),
                  v.get('errorStyle'), v.find(M + 'formula1').text))
        for row in ws.iter(M + 'row'):
            cells = []
            for c in row.iter(M + 'c'):
                v = cell_text(c)
                if v is not None:
                    cells.append('%s=%s' % (c.get('r'), v.replace('\n', '/')))
            print('%s: %s' % (row.get('r'), ' '.join(cells)))


def do_check(z):
    """Facts every workbook must have; each failure is one line."""
    bad = []
    names = z.namelist()
    if names[0] != '[Content_Types].xml':
        bad.append('first entry is %s' % names[0])
    for n in names:
        data = z.read(n)
        try:
            ET.fromstring(data)
        except ET.ParseError as e:
            bad.append('%s: not well-formed: %s' % (n, e))
            continue
        if re.search(rb'<(\w+:)?f[ >/]', data):
            bad.append('%s: a formula' % n)
    seen = set()
    for name, part, ws in sheets(z):
        if len(name) > 31 or re.search(r'[\[\]:*?/\\]', name):
            bad.append('sheet name %r' % name)
        if name.lower() in seen:
            bad.append('sheet name %r twice' % name)
        seen.add(name.lower())
        for c in ws.iter(M + 'c'):
            t = c.get('t')
            if t not in (None, 'inlineStr'):
                bad.append('%s %s: type %s' % (name, c.get('r'), t))
            if t is None and c.find(M + 'v') is not None and \
                    not re.match(r'A\d+$', c.get('r')):
                bad.append('%s %s: a number outside 序号' % (name, c.get('r')))
        # Cells covered by a merge hold nothing.
        for m in ws.iter(M + 'mergeCell'):
            a, b = m.get('ref').split(':')
            (ca, ra), (cb, rb) = [re.match(r'([A-Z]+)(\d+)', x).groups() for x in (a, b)]
            for c in ws.iter(M + 'c'):
                cc, rr = re.match(r'([A-Z]+)(\d+)', c.get('r')).groups()
                if (col_num(ca) <= col_num(cc) <= col_num(cb) and
                        int(ra) <= int(rr) <= int(rb) and
                        (cc, rr) != (ca, ra) and cell_text(c) is not None):
                    bad.append('%s %s: a value under merge %s' %
                               (name, c.get('r'), m.get('ref')))
    for b in bad:
        print(b)


def main():
    what, path = sys.argv[1], sys.argv[2]
    with zipfile.ZipFile(path) as z:
        {'parts': do_parts, 'sheets': do_sheets, 'check': do_check}[what](z)


if __name__ == '__main__':
    main()
