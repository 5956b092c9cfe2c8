# Order changes show only with --order (order.old.yaml and order.new.yaml
# differ in nothing else; without it, see the case "order").
gkml-diff --order order.old.yaml order.new.yaml
