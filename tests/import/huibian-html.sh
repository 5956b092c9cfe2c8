# A page of several tables: one catalog per area table, a YAML stream on
# standard output; the layout table is skipped.
gkml-import -W note huibian.html
