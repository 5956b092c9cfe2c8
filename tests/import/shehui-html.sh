# A township's page: every defect of one table, what it repaired and
# what it could only report (the x-import notes and the warnings).
gkml-import shehui.html
