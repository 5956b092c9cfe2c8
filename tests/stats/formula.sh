# Jurisdictions a spreadsheet would run as formulas: in the CSV each
# such cell starts with an apostrophe (inside the quotes of a quoted
# one); the counts are numbers as ever.  The text report is as written.
gkml-stats -T csv formula | tr -d '\r'
gkml-stats formula | grep -o '^ *[-=][^(]*('
