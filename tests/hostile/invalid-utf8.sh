# Bytes that are not UTF-8 and not GBK either: each file gets one
# GK002 at the first bad byte, with the count of bad bytes.
. ./hostile.lib
# A lone continuation byte in a value.
catalog | sed 's/^  title: 石羊镇/  title: \x80石羊镇/' >continuation.yaml
# An overlong encoding of '/' (C0 AF) in the catalog id.
catalog | sed 's|^  id: dayao/shiyang|  id: dayao\xc0\xafshiyang|' >overlong.yaml
# A UTF-16 surrogate encoded in UTF-8 (ED A0 80), as CESU-8 writes.
catalog | sed 's/^        name: 控辍保学/        name: \xed\xa0\x80控辍保学/' >surrogate.yaml
# A code point past U+10FFFF (F4 90 80 80).
catalog | sed 's/^    name: 政策文件/    name: 政策文件\xf4\x90\x80\x80/' >toobig.yaml
# Latin-1 bytes (a pasted "Caf\xe9" and "\xa9 2024").
catalog | sed 's/^  publisher: 石羊镇人民政府/  publisher: Caf\xe9 \xa9 2024/' >latin1.yaml
run gkml-validate continuation.yaml overlong.yaml surrogate.yaml toobig.yaml latin1.yaml
run gkml-fmt latin1.yaml
