# schemas/gkml.xsd is what gkml-render derives from schemas/*.yaml today:
# after changing those, run 'make schemas/gkml.xsd'.
gkml-render -T xsd -o - | cmp - ../../schemas/gkml.xsd && echo current
xmllint --noout ../../schemas/gkml.xsd && echo well-formed
