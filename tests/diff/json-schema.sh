# The JSON output of every pair (and of the directories, and of identical
# files) is valid against schemas/diff.schema.json, its summary counts its
# changes, and its header names each input with the input's SHA-256: one
# line per case.  A record made invalid on purpose must be rejected.
schema=${GKML_DATADIR:-../..}/schemas/diff.schema.json
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-json.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
: >"$tmp/list"
run() {	# run CASE ARGS...: gkml-diff -T json ARGS into CASE.json
	c=$1
	shift
	gkml-diff "$@" >"$tmp/$c.json" 2>"$tmp/$c.err"
	echo "$c $?" >>"$tmp/list"
}
for old in *.old.yaml; do
	case=${old%.old.yaml}
	args=
	[ -f "$case.args" ] && args=$(cat "$case.args")
	# shellcheck disable=SC2086
	# -T json last: it overrides a case's own -T (notice).
	run "$case" $args -T json "$old" "$case.new.yaml"
done
run order-flag -T json --order order.old.yaml order.new.yaml
run dirs -T json dirs/old dirs/new
run identical -T json meta.new.yaml meta.new.yaml
run devnull -T json /dev/null meta.new.yaml
python3 - "$schema" "$tmp" <<'PY'
import hashlib, json, os, sys
try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: apt-get install python3-jsonschema")
    sys.exit(1)
schema_path, tmp = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
validator = cls(schema)

def digest(path):
    """The SHA-256 gkml-diff(1) promises for a file or a directory."""
    if path == "/dev/null":
        return hashlib.sha256(b"").hexdigest()
    if not os.path.isdir(path):
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    rels = []
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for n in files:
            if n.endswith(".yaml") and not n.startswith("."):
                rels.append(os.path.relpath(os.path.join(root, n), path))
    lines = ""
    for rel in sorted(rels, key=lambda r: r.encode()):
        lines += "%s  %s\n" % (digest(os.path.join(path, rel)), rel)
    return hashlib.sha256(lines.encode()).hexdigest()

def problems(doc):
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    if errors:
        e = errors[0]
        return ["INVALID at /%s: %s"
                % ("/".join(str(p) for p in e.path), e.message)]
    out = []
    ch, sm = doc["changes"], doc["summary"]
    if sm["changes"] != len(ch):
        out.append("summary.changes %d, %d records" % (sm["changes"], len(ch)))
    n = sum(1 for c in ch if c["impact"] is not None)
    if sm["impacts"] != n:
        out.append("summary.impacts %d, %d records with an impact"
                   % (sm["impacts"], n))
    kinds = {}
    for c in ch:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    per = {k: v for k, v in sm.items() if k not in ("changes", "impacts")}
    if per != kinds:
        out.append("summary by kind %s, records %s" % (per, kinds))
    for side in ("old", "new"):
        want = digest(doc[side]["path"])
        if doc[side]["sha256"] != want:
            out.append("%s.sha256 is not that of %s" % (side, doc[side]["path"]))
    return out

bad = 0
for line in open(tmp + "/list", encoding="utf-8"):
    case, rc = line.split()
    err = open("%s/%s.err" % (tmp, case), encoding="utf-8").read()
    if rc == "2":
        # Trouble: no report is due, only a diagnostic.
        print("%s: rc=2, no report: %s" % (case, err.strip().split("\n")[0]))
        continue
    try:
        with open("%s/%s.json" % (tmp, case), encoding="utf-8") as f:
            doc = json.load(f)
    except ValueError as e:
        print("%s: rc=%s, not JSON: %s %s" % (case, rc, e, err.strip()))
        bad += 1
        continue
    p = problems(doc)
    if p:
        print("%s: rc=%s, %s" % (case, rc, "; ".join(p)))
        bad += 1
    else:
        print("%s: rc=%s, valid, %d change%s" % (case, rc, len(doc["changes"]),
              "" if len(doc["changes"]) == 1 else "s"))

# Controls: the schema must reject a record without its kind, and one
# with an unknown kind.
with open(tmp + "/channels.json", encoding="utf-8") as f:
    doc = json.load(f)
del doc["changes"][0]["kind"]
print("control, a change without kind: %s"
      % ("rejected" if not validator.is_valid(doc) else "ACCEPTED"))
doc["changes"][0]["kind"] = "item_mangled"
print("control, an unknown kind: %s"
      % ("rejected" if not validator.is_valid(doc) else "ACCEPTED"))
bad += validator.is_valid(doc)
sys.exit(1 if bad else 0)
PY
