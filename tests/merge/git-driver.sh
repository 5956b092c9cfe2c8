# gkml-merge as git's merge driver, in a real repository:
#   .gitattributes:  *.yaml merge=gkml
#   git config merge.gkml.driver 'gkml-merge -3 --git %O %A %B'
# Two officers edit the same catalog on two branches; git merge then
# merges by item and field, not by line.  Hermetic: a fresh HOME, no
# system or global git configuration.
. ../git.lib
git config merge.gkml.driver 'gkml-merge -3 --git %O %A %B'
echo '*.yaml merge=gkml' >.gitattributes
cp "$here/three.base.yaml" social-assistance.yaml
git add . && git commit -q -m '2023年目录'

# One officer adds the hotline to an item's channels...
git checkout -q -b hotline
sed 's/channels: \[website, notice-board\]/channels: [website, notice-board, hotline]/' \
    social-assistance.yaml >x && mv x social-assistance.yaml
git commit -q -am '增加12345热线'

# ...the other, on main, drops the website from the same list and
# lengthens a time limit elsewhere.  A line merge conflicts here.
git checkout -q main
sed -e 's/channels: \[website, notice-board\]/channels: [notice-board]/' \
    -e 's/信息形成之日起10个工作日内/信息形成之日起15个工作日内/' \
    social-assistance.yaml >x && mv x social-assistance.yaml
git commit -q -am '调整公开渠道和时限'

echo '$ git merge hotline'
git merge -q --no-edit hotline 2>&1
echo "rc=$?"
echo '$ gkml-diff: the 2023 catalog against the merge'
git show HEAD~2:social-assistance.yaml >base.yaml
gkml-diff base.yaml social-assistance.yaml
gkml-validate social-assistance.yaml
echo "valid: rc=$?"

# A real conflict: both branches change the same time limit.
git checkout -q -b a HEAD~1 2>/dev/null
sed 's/信息形成之日起15个工作日内/信息形成之日起5个工作日内/' social-assistance.yaml >x &&
    mv x social-assistance.yaml
git commit -q -am 'a'
git checkout -q main
sed 's/信息形成之日起15个工作日内/信息形成之日起30个工作日内/' social-assistance.yaml >x &&
    mv x social-assistance.yaml
git commit -q -am 'b'
echo '$ git merge a'
git merge -q --no-edit a >/dev/null 2>&1
echo "rc=$?"
git status --short
grep -n -A2 'deadline:$' social-assistance.yaml
gkml-validate social-assistance.yaml >/dev/null 2>&1
echo "the conflict fails validation: rc=$?"
