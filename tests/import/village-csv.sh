# A village table: its area, 村务公开, read from its title; ids under a
# prefix.
gkml-import --jurisdiction 大姚县石羊镇东村 --id dayao/shiyang/dongcun village.csv
