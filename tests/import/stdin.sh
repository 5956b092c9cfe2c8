# Standard input, with -f for the format.
gkml-import -f csv --jurisdiction 大英县 --level county - <huji.csv 2>&1 | head -4
