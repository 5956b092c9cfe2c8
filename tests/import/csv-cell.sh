# A CSV cell past the scalar limit (GKML_LIMITS=scalar, 1M) is refused
# as soon as it passes it, at its line and field, not after the whole
# cell was gathered and imported (a 100 MB cell took 91 s and 1.36 GB);
# a cell within the limit is read.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-cell.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys
t = sys.argv[1]
head = "序号,公开事项,公开内容,公开依据,公开时限,公开主体\n"
for name, cell in (("big.csv", '"' + "名单\n" * ((5 << 20) // 7) + '"'),
    ("small.csv", "x" * 2000), ("fits.csv", "x" * 1000)):
    with open(f"{t}/{name}", "w") as f:
        f.write(head + "1,低保,名单,《社会救助暂行办法》,及时,民政局\n" +
            f"2,特困,{cell},《社会救助暂行办法》,及时,民政局\n")
PY
cd "$tmp" || exit 2
imp() {
	gkml-import --area social-assistance --level county \
	    --jurisdiction 示例县 "$1" >out.yaml 2>err.txt
	echo "$1: exit $?"
	grep -v GK102 err.txt | sed 's/^/  /'
}
imp big.csv
GKML_LIMITS=scalar=1K imp small.csv
GKML_LIMITS=scalar=1K imp fits.csv
