# Time limits written in traditional characters are read through
# OpenCC's t2s conversion; OpenCC is loaded only when a time limit is
# not understood as written, and when its data is missing the command
# says so and exits 2 rather than read the catalog differently.
gkml-validate -W note traditional.inc.yaml
echo "traditional: rc=$?"
GKML_OPENCC=/nonexistent/t2s.json gkml-validate -W note traditional.inc.yaml
echo "traditional, no OpenCC data: rc=$?"
GKML_OPENCC=/nonexistent/t2s.json gkml-validate -W note gk004-ok.yaml
echo "simplified, no OpenCC data: rc=$?"
