# Messages follow the locale (gettext), also where the locale itself is
# not installed; what programs read does not.
zh() { env -u LC_ALL -u LANGUAGE -u LC_MESSAGES LANG=zh_CN.UTF-8 "$@"; }
zh gkml-validate demo-mistakes.yaml
echo "rc=$?"
# The JSON (and SARIF) is the same in every locale.
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT
zh gkml-validate -T json demo-mistakes.yaml >"$t/zh.json"
gkml-validate -T json demo-mistakes.yaml >"$t/c.json"
cmp "$t/zh.json" "$t/c.json" && echo "json: same in both"
# LC_ALL and LC_MESSAGES come before LANG; C means English.
env -u LC_ALL LANG=zh_CN.UTF-8 LC_MESSAGES=C gkml-validate \
    demo-mistakes.yaml 2>&1 | head -1
# LANGUAGE is read as gettext reads it: not under the C locale.
env LC_ALL=C LANGUAGE=zh_CN gkml-validate demo-mistakes.yaml 2>&1 | head -1
env -u LC_ALL LANG=C.UTF-8 LANGUAGE=zh_CN gkml-validate demo-mistakes.yaml \
    2>&1 | head -1
# A language gkml has no messages in gives English.
env -u LC_ALL LANG=fr_FR.UTF-8 gkml-validate demo-mistakes.yaml 2>&1 | head -1
# The words a message takes are translated too; the data is not.
printf 'gkml: 1\ncatalog: [a]\n' | zh gkml-validate -
zh gkml-validate -T yaml x.yaml
echo "rc=$?"
zh gkml nosuch
echo "rc=$?"
zh gkml-validate nosuch.yaml
echo "rc=$?"
