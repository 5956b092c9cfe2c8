# A catalog longer than two pages of the website, on standard output:
# a category of 2130 items with a sub-category cut between pages, an
# empty sub-category, notes, a category of notes only and an item not
# applicable.  For html-pages.sh and html-twin.sh.
def items(prefix, n, indent):
    for i in range(1, n + 1):
        print("%s- id: %s.%04d" % (indent, prefix, i))
        print("%s  name: 事项%s%d" % (indent, prefix, i))
        print("%s  content: 内容%d" % (indent, i))
print("""gkml: 1
catalog:
  id: pages/long
  title: 长目录
  area: social-assistance
  level: county
  jurisdiction: 长县
  publisher: 长县民政局
  updated: 2024-06-01
categories:
  - id: a
    name: 甲类
    items:""")
items("a", 10, "      ")
print("""  - id: b
    name: 乙类
    notes: 乙类的备注
    items:""")
items("b", 1300, "      ")
print("""    categories:
      - id: b1
        name: 乙一
        notes: 乙一的备注
        items:""")
items("b1", 800, "          ")
print("""      - id: b2
        name: 乙二
      - id: b3
        name: 乙三
        items:""")
items("b3", 30, "          ")
print("""  - id: c
    name: 丙类
    notes: 丙类只有备注
  - id: d
    name: 丁类
    items:""")
items("d", 5, "      ")
print("""not-applicable:
  - id: gone
    name: 不适用的事项
    reason: 本县没有""")
