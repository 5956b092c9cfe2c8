# One 公开事项 column: headings as rows, outline numbers as ids.
gkml-import dean.html
