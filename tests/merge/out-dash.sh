# -o - is standard output, as everywhere else: no file named '-'.
gkml-merge -o - chain.yaml | cmp -s - chain.out && echo "same as without -o"
if [ -e ./- ]; then echo "a file named - was written"; rm -f ./-; fi
