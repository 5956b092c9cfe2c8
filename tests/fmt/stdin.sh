# '-' is standard input; with -w the canonical form goes to standard
# output, since there is no file to rewrite.
gkml-fmt - <messy.inc.yaml | cmp - canonical.inc.yaml && echo "print: canonical"
gkml-fmt -w - <messy.inc.yaml | cmp - canonical.inc.yaml && echo "-w: canonical on stdout"
