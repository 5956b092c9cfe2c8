# A village table: a local area, and ids under a prefix.
gkml-import --area x-village-affairs --jurisdiction 大姚县石羊镇东村 --id dayao/shiyang/dongcun village.csv
