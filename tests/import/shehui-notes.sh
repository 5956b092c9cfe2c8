# -W note shows the repairs made with certainty too.
gkml-import -W note shehui.html >/dev/null
