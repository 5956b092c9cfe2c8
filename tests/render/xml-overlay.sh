# A village overlay renders as the catalog it resolves to.
gkml-render -T xml -o - \
    ../../catalogs/example-county/qingshui/village/dongcun/social-assistance.yaml
