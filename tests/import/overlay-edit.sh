# A township officer edits the workbook of the township's overlays as in
# Excel: a time limit changed, an audience picked from the list, a row
# added, a row deleted.  Imported into the township's directory, the
# overlay says those edits and no more: gkml-diff shows exactly them.
. ../township.lib
gkml-render -T xlsx -o out/ dongshan/hexi
cp -R dongshan before
# Sheet 社会救助: row 6 is 保障标准 (dibao.standard), row 10 供养服务机构
# (tekun.institution), the last row an item of 监督管理.
xlsx-edit out/dongshan/hexi.xlsx edited.xlsx \
    社会救助 set F6 信息形成之日起10个工作日内 \
    社会救助 set I6 特定群体 \
    社会救助 add 'C=镇社会救助咨询|D=镇民政办咨询电话和办公地点|E=《社会救助暂行办法》|F=长期公开|G=河西镇人民政府|H=便民服务站|I=全社会|J=主动|K=乡级' \
    社会救助 del 10
gkml-import -o dongshan/hexi/ edited.xlsx
echo "import: $?"
diff -r before dongshan | grep '^diff\|^Only' | sed "s|$tmp/||g"
gkml-validate dongshan/hexi/social-assistance.yaml
echo "validate: $?"
gkml-diff before/hexi/social-assistance.yaml dongshan/hexi/social-assistance.yaml
