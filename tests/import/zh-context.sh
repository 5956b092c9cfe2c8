# Under a Chinese locale, a validator's finding gkml-import reports at a
# cell says where in Chinese too (第 1 个工作表、第 4 行“公开对象”列), as
# its own findings do, not "sheet 1, row 4, column".
areas=budget
. ../township.lib
gkml-render -T xlsx -o hexi.xlsx dongshan/hexi/*.yaml
xlsx-edit hexi.xlsx emptied.xlsx 财政预决算 set I4 ''
LC_ALL=C.UTF-8 LANGUAGE=zh_CN gkml-import --standalone emptied.xlsx \
    2>&1 >/dev/null
