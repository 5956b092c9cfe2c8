# gkml: a plain Makefile.  Local overrides go in config.mk.

# === SETTINGS ===

VERSION =	0.1.0
PREFIX =	/usr/local
BINDIR =	$(PREFIX)/bin
MANDIR =	$(PREFIX)/share/man
DATADIR =	$(PREFIX)/share/gkml
LOCALEDIR =	$(PREFIX)/share/locale
COMPDIR =	$(PREFIX)/share/bash-completion/completions
# The languages of messages besides English: lib/po/<lang>.po.
LINGUAS =	zh_CN
CC =		cc
CFLAGS =	-O2 -g
WARNFLAGS =	-std=c11 -Wall -Wextra -Wno-unused-parameter
PKGS =		yaml-0.1 libxml-2.0 libxslt libcmark libzip opencc libqrencode \
		libpng
# Debian packages needed to build, test and run the demo.  OpenCC's
# conversion data (t2s.json) is in libopencc-data.
DEB_PKGS =	gcc make pkg-config libyaml-dev libxml2-dev libxslt1-dev \
		libcmark-dev libzip-dev libopencc-dev libopencc-data mandoc \
		gettext libc-l10n libqrencode-dev libpng-dev
# gettext compiles the messages (msgfmt); libc-l10n has the C library's
# own messages (strerror) in Chinese.  libqrencode makes the QR codes
# of the printed forms, libpng draws the DOCX's.
# OpenCC is loaded when a command first reads traditional characters
# (lib/text.c), not linked: its C++ runtime would slow every start-up.
OPENCC_SO =	libopencc.so.1.1
# libzip too (lib/zip.c): with it come libbz2, libz and libcrypto.
ZIP_SO =	libzip.so.4
OPENCC_T2S =	/usr/share/opencc/t2s.json
TEST_PKGS =	git python3-jsonschema chromium fonts-noto-cjk libxml2-utils \
		poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui \
		zbar-tools
# axe-core, the accessibility checker the tests run in Chromium
# (tests/render/axe-pages.sh): one pinned release of the npm package,
# fetched by 'make deps' with npm pack, checked against its SHA-512
# (the registry's dist.integrity, in hex) and its axe.min.js kept in
# AXE_DIR.  Only the browser runs it: no Node at test time.
AXE_VERSION =	4.14.1
AXE_SHA512 =	1477dafa598d8d065f273d6af302aa203c02e83131707b7fa648cd41bd3d6b734f8c22a0dab86ee6a6f64b8afbe804b214d36db85a2826965edfb3a0b9d546b5
AXE_DIR =	$${XDG_CACHE_HOME:-$$HOME/.cache}/gkml/axe-core-$(AXE_VERSION)
# The build directory: B=build-asan builds the sanitizer variant.
B =		build
SAN =

-include config.mk

PKG_CFLAGS =	$$(pkg-config --cflags $(PKGS))
PKG_LIBS =	$$(pkg-config --libs $(filter-out opencc libzip,$(PKGS))) -ldl \
		-pthread
ALL_CFLAGS =	$(WARNFLAGS) $(CFLAGS) $(SAN) -pthread -D_GNU_SOURCE -iquote lib \
		-DGKML_VERSION='"$(VERSION)"' -DDATADIR='"$(DATADIR)"' -DLOCALEDIR='"$(LOCALEDIR)"' \
		-DOPENCC_SO='"$(OPENCC_SO)"' -DOPENCC_T2S='"$(OPENCC_T2S)"' \
		-DZIP_SO='"$(ZIP_SO)"'

# === FILES ===

LIB_OBJS =	$(B)/lib/arena.o \
		$(B)/lib/audit.o \
		$(B)/lib/audit_out.o \
		$(B)/lib/board.o \
		$(B)/lib/buf.o \
		$(B)/lib/calendar.o \
		$(B)/lib/column.o \
		$(B)/lib/catalog.o \
		$(B)/lib/catset.o \
		$(B)/lib/cite.o \
		$(B)/lib/deadline.o \
		$(B)/lib/diag.o \
		$(B)/lib/diff.o \
		$(B)/lib/diffout.o \
		$(B)/lib/esc.o \
		$(B)/lib/file.o \
		$(B)/lib/fmt.o \
		$(B)/lib/guide.o \
		$(B)/lib/hash.o \
		$(B)/lib/help.o \
		$(B)/lib/hout.o \
		$(B)/lib/import.o \
		$(B)/lib/import_head.o \
		$(B)/lib/import_meta.o \
		$(B)/lib/import_rows.o \
		$(B)/lib/import_text.o \
		$(B)/lib/import_words.o \
		$(B)/lib/ledger.o \
		$(B)/lib/ledger_html.o \
		$(B)/lib/manifest.o \
		$(B)/lib/md.o \
		$(B)/lib/merge.o \
		$(B)/lib/msg.o \
		$(B)/lib/notice.o \
		$(B)/lib/par.o \
		$(B)/lib/power.o \
		$(B)/lib/qr.o \
		$(B)/lib/out_board.o \
		$(B)/lib/out_columns.o \
		$(B)/lib/out_html.o \
		$(B)/lib/out_xlsx.o \
		$(B)/lib/out_xlsx_rows.o \
		$(B)/lib/out_xml.o \
		$(B)/lib/rebase.o \
		$(B)/lib/render.o \
		$(B)/lib/schema.o \
		$(B)/lib/search.o \
		$(B)/lib/search_t2s.o \
		$(B)/lib/sha256.o \
		$(B)/lib/stats.o \
		$(B)/lib/synonyms.o \
		$(B)/lib/table.o \
		$(B)/lib/table_csv.o \
		$(B)/lib/table_docx.o \
		$(B)/lib/table_html.o \
		$(B)/lib/table_ooxml.o \
		$(B)/lib/table_xlsx.o \
		$(B)/lib/text.o \
		$(B)/lib/utf8.o \
		$(B)/lib/validate.o \
		$(B)/lib/worklist.o \
		$(B)/lib/xmalloc.o \
		$(B)/lib/xml.o \
		$(B)/lib/yaml.o \
		$(B)/lib/zip.o

CMDS =		$(B)/gkml \
		$(B)/gkml-audit \
		$(B)/gkml-diff \
		$(B)/gkml-fmt \
		$(B)/gkml-import \
		$(B)/gkml-merge \
		$(B)/gkml-new \
		$(B)/gkml-render \
		$(B)/gkml-stats \
		$(B)/gkml-validate

UNITS =		$(B)/tests/unit/test_board \
		$(B)/tests/unit/test_calendar \
		$(B)/tests/unit/test_catalog \
		$(B)/tests/unit/test_column \
		$(B)/tests/unit/test_cite \
		$(B)/tests/unit/test_deadline \
		$(B)/tests/unit/test_diff \
		$(B)/tests/unit/test_diffout \
		$(B)/tests/unit/test_guide \
		$(B)/tests/unit/test_import \
		$(B)/tests/unit/test_ledger \
		$(B)/tests/unit/test_lib \
		$(B)/tests/unit/test_manifest \
		$(B)/tests/unit/test_merge \
		$(B)/tests/unit/test_power \
		$(B)/tests/unit/test_qr \
		$(B)/tests/unit/test_rebase \
		$(B)/tests/unit/test_search \
		$(B)/tests/unit/test_render \
		$(B)/tests/unit/test_sha256 \
		$(B)/tests/unit/test_table \
		$(B)/tests/unit/test_text \
		$(B)/tests/unit/test_xlsx

TOOLS =		$(B)/bench-floor \
		$(B)/gencat \
		$(B)/runstat

MANS =		cmd/audit.1 \
		cmd/diff.1 \
		cmd/merge.1 \
		cmd/new.1 \
		cmd/render.1 \
		cmd/stats.1 \
		cmd/fmt.1 \
		cmd/gkml.1 \
		cmd/import.1 \
		cmd/validate.1 \
		schemas/gkml.5
# The same pages in Chinese, found by man(1) under a Chinese locale.
MANS_ZH =	cmd/zh_CN/audit.1 \
		cmd/zh_CN/diff.1 \
		cmd/zh_CN/merge.1 \
		cmd/zh_CN/new.1 \
		cmd/zh_CN/render.1 \
		cmd/zh_CN/stats.1 \
		cmd/zh_CN/fmt.1 \
		cmd/zh_CN/gkml.1 \
		cmd/zh_CN/import.1 \
		cmd/zh_CN/validate.1 \
		schemas/zh_CN/gkml.5

# === TARGETS ===

# The message catalogs, where the commands in $(B) look first
# (lib/msg.c): $(B)/locale/<lang>/LC_MESSAGES/gkml.mo.
MOS =		$(LINGUAS:%=$(B)/locale/%/LC_MESSAGES/gkml.mo)

all: $(CMDS) $(MOS)

# DATADIR is compiled into schema.o: a build for another PREFIX must
# not keep the old one.  The stamp changes only when DATADIR does.
$(B)/datadir: FORCE
	@mkdir -p $(B)
	@echo '$(DATADIR) $(LOCALEDIR)' | cmp -s - $@ || \
	    echo '$(DATADIR) $(LOCALEDIR)' >$@

$(B)/lib/schema.o $(B)/lib/msg.o: $(B)/datadir

$(B)/locale/%/LC_MESSAGES/gkml.mo: lib/po/%.po | have-deps
	@mkdir -p $(@D)
	msgfmt -c -o $@ $<

# The template of translations, from the marked strings of the sources
# (lib/msg.h): run after adding or changing a message, then merge it
# into each lib/po/<lang>.po (msgmerge -U) and translate what is new.
# tests/po.sh holds the xgettext keywords.
pot:
	@sh tests/po.sh pot

FORCE:

$(B)/lib/libgkml.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $(LIB_OBJS)

$(B)/lib/%.o: lib/%.c lib/*.h | have-deps
	@mkdir -p $(B)/lib
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -c $< -o $@

$(B)/cmd/%.o: cmd/%.c lib/*.h | have-deps
	@mkdir -p $(B)/cmd
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# gkml only runs the others, and reads the schemas to complete an area:
# it loads libyaml alone.
$(B)/gkml: $(B)/cmd/gkml.o $(B)/lib/libgkml.a
	$(CC) $(CFLAGS) $(SAN) -o $@ $(B)/cmd/gkml.o $(B)/lib/libgkml.a \
	    -Wl,--as-needed $(PKG_LIBS)

$(B)/gkml-%: $(B)/cmd/%.o $(B)/lib/libgkml.a
	$(CC) $(CFLAGS) $(SAN) -o $@ $< $(B)/lib/libgkml.a $(PKG_LIBS)

$(B)/tests/unit/%: tests/unit/%.c tests/unit/harness.h $(B)/lib/libgkml.a
	@mkdir -p $(B)/tests/unit
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/lib/libgkml.a $(PKG_LIBS)

$(B)/bench-floor: tests/bench/floor.c $(B)/lib/libgkml.a
	$(CC) $(ALL_CFLAGS) -o $@ tests/bench/floor.c $(B)/lib/libgkml.a \
	    $(PKG_LIBS)

$(B)/gencat: tests/bench/gencat.c
	@mkdir -p $(B)
	$(CC) $(ALL_CFLAGS) -o $@ tests/bench/gencat.c

$(B)/runstat: tests/bench/runstat.c
	@mkdir -p $(B)
	$(CC) $(ALL_CFLAGS) -o $@ tests/bench/runstat.c

# Only 'make deps' installs anything: it installs the missing Debian
# packages of $(1) when root, and otherwise says what to run.  Every
# other target checks with need_pkgs, which never installs: a build or
# a test run that changed the system as a side effect would surprise
# whoever runs it.  On a system without dpkg neither checks anything.
define missing_pkgs
	command -v dpkg-query >/dev/null 2>&1 || exit 0; \
	missing=; for p in $(1); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
	    grep -q '^install ok installed' || missing="$$missing $$p"; \
	done; \
	[ -z "$$missing" ] && exit 0
endef

define install_missing
	@$(call missing_pkgs,$(1)); \
	if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	        --no-install-recommends $$missing; \
	else \
	    echo "missing Debian packages; run:"; \
	    echo "  sudo apt-get install -y$$missing"; exit 2; \
	fi
endef

define need_pkgs
	@$(call missing_pkgs,$(1)); \
	echo "missing Debian packages; run 'make deps' as root, or:"; \
	echo "  sudo apt-get install -y$$missing"; exit 2
endef

# What the build and the tests need, installed; then axe-core, unless
# AXE_DIR has it (npm, from Debian's package when root and missing).
deps:
	$(call install_missing,$(DEB_PKGS) $(TEST_PKGS))
	@d=$(AXE_DIR); [ -f "$$d/axe.min.js" ] && exit 0; \
	if ! command -v npm >/dev/null 2>&1; then \
	    if [ "$$(id -u)" != 0 ]; then \
	        echo "axe-core is fetched with npm; run:"; \
	        echo "  sudo apt-get install -y npm"; exit 2; \
	    fi; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	        --no-install-recommends npm || exit 2; \
	fi; \
	t=$$(mktemp -d) || exit 2; trap 'rm -rf "$$t"' EXIT; \
	(cd "$$t" && npm pack --silent axe-core@$(AXE_VERSION) >/dev/null) && \
	echo "$(AXE_SHA512)  $$t/axe-core-$(AXE_VERSION).tgz" | \
	    sha512sum -c --quiet - && \
	tar -xzf "$$t/axe-core-$(AXE_VERSION).tgz" -C "$$t" \
	    package/axe.min.js package/LICENSE && \
	mkdir -p "$$d" && cp "$$t/package/LICENSE" "$$d/" && \
	cp "$$t/package/axe.min.js" "$$d/axe.min.js.tmp" && \
	mv "$$d/axe.min.js.tmp" "$$d/axe.min.js" && \
	echo "axe-core $(AXE_VERSION) in $$d" || \
	{ echo "axe-core $(AXE_VERSION) not fetched"; exit 2; }

# The same list as deps, kept for those used to this name.
check-deps: deps

# The checks the other targets make before they start.
have-deps:
	$(call need_pkgs,$(DEB_PKGS))

# The tests also need git (the diff driver test), python3-jsonschema (the
# JSON schema check), chromium and a CJK font (a look at the HTML pages),
# xmllint (XSD checks), LibreOffice and poppler (DOCX, XLSX and PDF pages),
# and axe-core (the accessibility check of every page kind).
have-check-deps: have-deps
	$(call need_pkgs,$(TEST_PKGS))
	@[ -f $(AXE_DIR)/axe.min.js ] || { \
	    echo "missing axe-core $(AXE_VERSION) in $(AXE_DIR);"; \
	    echo "  run 'make deps' (it fetches it with npm pack)"; exit 2; }

check: have-check-deps all $(UNITS) $(TOOLS)
	@sh tests/run.sh $(B)

regress: check

# The suite again with every processor kept busy, as on a shared CI
# runner: no test may depend on the machine being fast.
check-loaded: have-check-deps all $(UNITS) $(TOOLS)
	@sh tests/loaded.sh $(B)

check-asan:
	$(MAKE) B=build-asan SAN='-fsanitize=address,undefined \
	    -fno-omit-frame-pointer -fno-sanitize-recover=all' CFLAGS='-O1 -g' \
	    check

check-valgrind: all $(UNITS) $(TOOLS)
	@GKML_WRAP='valgrind -q --error-exitcode=99 --leak-check=full' \
	    sh tests/run.sh $(B)

regen: all $(UNITS) $(TOOLS)
	@GKML_REGEN=1 sh tests/run.sh $(B)

bench: all $(TOOLS)
	@sh tests/bench/bench.sh $(B)

demo: all
	@sh tests/demo.sh $(B)

# libFuzzer needs clang; without it, say so and stop.  FUZZ names the
# harness (load, diff, or csv, html, docx, xlsx for the import readers);
# FUZZ_SECONDS how long it runs.  Each has its seeds and dictionary.
FUZZ =		load
FUZZ_SEEDS =	tests/validate/*.yaml tests/fmt/*.yaml tests/diff/*.yaml \
		catalogs/*/*.yaml
FUZZ_DICT =	tests/fuzz/yaml.dict
FUZZ_SEEDS_csv = tests/fuzz/seeds/csv/*
FUZZ_SEEDS_html = tests/fuzz/seeds/html/*
FUZZ_SEEDS_docx = tests/fuzz/seeds/docx/*
FUZZ_SEEDS_xlsx = tests/fuzz/seeds/xlsx/*
FUZZ_DICT_csv =	tests/fuzz/csv.dict
FUZZ_DICT_html = tests/fuzz/html.dict
FUZZ_DICT_docx = tests/fuzz/ooxml.dict
FUZZ_DICT_xlsx = tests/fuzz/ooxml.dict
fuzz: | have-deps
	@command -v clang >/dev/null 2>&1 || \
	    { echo "make fuzz needs clang (apt-get install clang)"; exit 2; }
	@mkdir -p build-fuzz/corpus-$(FUZZ)
	clang $(WARNFLAGS) -g -O1 -fsanitize=fuzzer,address,undefined \
	    -fno-sanitize-recover=all \
	    -pthread -D_GNU_SOURCE -iquote lib -DGKML_VERSION='"$(VERSION)"' \
	    -DDATADIR='"$(CURDIR)"' $(PKG_CFLAGS) -o build-fuzz/fuzz_$(FUZZ) \
	    tests/fuzz/fuzz_$(FUZZ).c $(LIB_OBJS:$(B)/%.o=%.c) $(PKG_LIBS)
	cp $(or $(FUZZ_SEEDS_$(FUZZ)),$(FUZZ_SEEDS)) \
	    build-fuzz/corpus-$(FUZZ)/ 2>/dev/null || true
	GKML_DATADIR=$(CURDIR) build-fuzz/fuzz_$(FUZZ) \
	    -max_total_time=$${FUZZ_SECONDS:-60} \
	    -dict=$(or $(FUZZ_DICT_$(FUZZ)),$(FUZZ_DICT)) \
	    -artifact_prefix=build-fuzz/ build-fuzz/corpus-$(FUZZ)

lint:
	mandoc -T lint -W warning $(MANS) $(MANS_ZH)
	@sh tests/manzh.sh
	@! grep -nE '\b(strcpy|strcat|sprintf|vsprintf|gets|atoi|strtok)\(' \
	    lib/*.c cmd/*.c || { echo "banned function"; exit 1; }
	@! grep -nE '\bmalloc\(' lib/*.c cmd/*.c | grep -v '^lib/xmalloc.c' \
	    || { echo "bare malloc outside lib/xmalloc.c"; exit 1; }
	@sh tests/keylint.sh
	@sh tests/po.sh

# DESTDIR is where a package is staged; PREFIX where it will live.  The
# data directory holds what the commands read at every start (see
# gkml(1), ENVIRONMENT): schemas, templates, the standard catalogs.
install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/zh_CN/man1 \
	    $(DESTDIR)$(MANDIR)/zh_CN/man5 $(DESTDIR)$(DATADIR)/schemas \
	    $(DESTDIR)$(DATADIR)/templates \
	    $(DESTDIR)$(DATADIR)/catalogs/standard
	install -m 755 $(CMDS) $(DESTDIR)$(BINDIR)
	for m in cmd/*.1 cmd/zh_CN/*.1; do \
	    n=$$(basename $$m .1); [ $$n = gkml ] || n=gkml-$$n; \
	    d=$${m%/*}; d=$${d#cmd}; \
	    install -m 644 $$m $(DESTDIR)$(MANDIR)$$d/man1/$$n.1; done
	install -m 644 schemas/gkml.5 $(DESTDIR)$(MANDIR)/man5/gkml.5
	install -m 644 schemas/zh_CN/gkml.5 \
	    $(DESTDIR)$(MANDIR)/zh_CN/man5/gkml.5
	install -m 644 schemas/*.yaml schemas/*.json schemas/gkml.xsd schemas/columns.xsd \
	    $(DESTDIR)$(DATADIR)/schemas
	mkdir -p $(DESTDIR)$(DATADIR)/schemas/calendar
	install -m 644 schemas/calendar/*.yaml \
	    $(DESTDIR)$(DATADIR)/schemas/calendar
	cp -R templates/. $(DESTDIR)$(DATADIR)/templates
	install -m 644 catalogs/standard/*.yaml \
	    $(DESTDIR)$(DATADIR)/catalogs/standard
	mkdir -p $(DESTDIR)$(DATADIR)/catalogs/standard/village
	install -m 644 catalogs/standard/village/*.yaml \
	    $(DESTDIR)$(DATADIR)/catalogs/standard/village
	mkdir -p $(DESTDIR)$(COMPDIR)
	$(B)/gkml completion bash >$(DESTDIR)$(COMPDIR)/gkml
	chmod 644 $(DESTDIR)$(COMPDIR)/gkml
	for l in $(LINGUAS); do \
	    mkdir -p $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
	    install -m 644 $(B)/locale/$$l/LC_MESSAGES/gkml.mo \
	    $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/gkml.mo; done

clean:
	rm -rf build build-asan build-fuzz

.PHONY: all check check-loaded regress check-asan check-valgrind regen bench demo fuzz \
	lint pot install clean deps check-deps have-deps have-check-deps FORCE
