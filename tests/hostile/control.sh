# Control characters XML cannot carry: ESC from a terminal's colour
# codes, backspace, form feed, vertical tab (Word's manual line break),
# U+FFFE; and U+0085 and U+2028, which YAML reads as line breaks.
# Tabs inside values are allowed.
. ./hostile.lib
catalog | sed 's/^  title: \(.*\)/  title: \x1b[1m\1\x1b[0m/' >esc.yaml
catalog | sed 's/^        name: 控辍保学/        name: 控辍\x08保学\x0c/' >bs.yaml
catalog | sed 's/^        content: 辖区内/        content: 辖区内\x0b/' >vt.yaml
catalog | sed 's/^    name: 政策文件/    name: 政策\xef\xbf\xbe文件/' >fffe.yaml
catalog | sed 's/^        body: 石羊镇/        body: 石羊镇\xc2\x85/; s/^  publisher: 石羊镇/  publisher: 石羊镇\xe2\x80\xa8/' >breaks.yaml
catalog | sed 's/^        name: 控辍保学/        name: 控辍保学\t(2024)/' >tab.yaml
run gkml-validate esc.yaml bs.yaml vt.yaml fffe.yaml breaks.yaml tab.yaml
run gkml-fmt vt.yaml
