# gkml-diff as git's diff driver, in a real repository:
#   .gitattributes:  *.yaml diff=gkml
#   git config diff.gkml.command 'gkml-diff --git'
# git diff then shows what changed in the catalog, not which lines.
# Hermetic: a fresh HOME, no system or global git configuration.
. ../git.lib
git config diff.gkml.command 'gkml-diff --git'
echo '*.yaml diff=gkml' >.gitattributes
mkdir shiqiao
cp "$here/channels.old.yaml" shiqiao/compulsory-education.yaml
git add . && git commit -q -m '2024年目录'

# A working-tree change: new-media dropped, push added.
cp "$here/channels.new.yaml" shiqiao/compulsory-education.yaml
echo '$ git diff'
git diff >../out 2>&1
echo "rc=$?"
cat ../out
grep -q '^@@' ../out && echo "FAIL: a line diff, not gkml-diff's"

# After the commit, git show and git log -p use it with --ext-diff.
git commit -q -am '调整公开渠道'
echo '$ git show --ext-diff --format=%s'
git show --ext-diff --format=%s >../out 2>&1
echo "rc=$?"
cat ../out
grep -q '^@@' ../out && echo "FAIL: a line diff, not gkml-diff's"
echo '$ git log -p --ext-diff --format=%s -1'
git log -p --ext-diff --format=%s -1 | cmp -s - ../out && echo "same as git show"

# A catalog added, and one deleted: git passes /dev/null for the missing side.
cp "$here/dirs/new/employment.yaml" shiqiao/employment.yaml
git add shiqiao/employment.yaml
echo '$ git diff --cached   # a new catalog'
git diff --cached
echo "rc=$?"
git commit -q -m '新增就业领域目录'
git rm -q shiqiao/employment.yaml
echo '$ git diff --cached   # a deleted catalog'
git diff --cached
echo "rc=$?"

# Other files still get git's own line diff.
git reset -q --hard
echo '# 石桥镇' >README.md
git add README.md && git commit -q -m readme
echo '# 石桥镇政务公开标准目录' >README.md
echo '$ git diff   # not a catalog: a line diff'
git diff
