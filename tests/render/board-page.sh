# One board sheet in full: the township's environment catalog, an
# overlay rendered resolved, as the HTML that is printed (A4 portrait).
gkml-render -T board -o - ../../catalogs/example-county/qingshui/environment.yaml
