# -T json: one object per finding, on standard error (standard output
# holds the catalog).
gkml-import -T json dean.html 2>&1 >/dev/null
