# --provenance: the file and line of the layer that set each value, as
# comments in YAML and as fields in JSON; the JSON is one valid object.
gkml-merge --provenance chain.yaml | sed -n '1,30p'
echo "yaml: rc=$?"
gkml-merge --provenance -T json chain.yaml |
    python3 -c 'import json, sys; d = json.load(sys.stdin); c = d["catalog"]
print(c["level"]); print(c["area"])
i = d["categories"][0]["items"][0]; print(i["id"]); print(i["body"])'
gkml-merge -T json chain.yaml | python3 -c 'import json, sys
d = json.load(sys.stdin); print(d["gkml"], d["catalog"]["level"],
    len(d["categories"]), len(d.get("not-applicable", [])))'
gkml-merge -T xml chain.yaml
echo "-T xml: rc=$?"
