# Installs communique: the release binary, its man page and its bash, zsh and fish completions.
# The themes are built into the binary, so there are none to install.
#
#   make install                      into ~/.local (bin, share/man, share/…/completions)
#   make install PREFIX=/usr/local    (DESTDIR= for packaging)
#   make uninstall PREFIX=/usr/local
#
# `install-files` copies an already built BINARY without building (the tests use it).

PREFIX ?= $(HOME)/.local
DESTDIR ?=
SWIFT ?= swift
BINARY ?= .build/release/communique

bindir = $(DESTDIR)$(PREFIX)/bin
man1dir = $(DESTDIR)$(PREFIX)/share/man/man1
bashdir = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build install install-files uninstall

all: build

build:
	$(SWIFT) build -c release --static-swift-stdlib --product communique

install: build
	$(MAKE) install-files BINARY=.build/release/communique

install-files:
	install -d "$(bindir)" "$(man1dir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"
	install -m 755 "$(BINARY)" "$(bindir)/communique"
	version=$$("$(BINARY)" --version) && \
		sed "s/@VERSION@/$$version/" man/communique.1 > "$(man1dir)/communique.1"
	"$(BINARY)" --generate-completion-script bash > "$(bashdir)/communique"
	"$(BINARY)" --generate-completion-script zsh > "$(zshdir)/_communique"
	"$(BINARY)" --generate-completion-script fish > "$(fishdir)/communique.fish"
	chmod 644 "$(man1dir)/communique.1" "$(bashdir)/communique" "$(zshdir)/_communique" "$(fishdir)/communique.fish"

uninstall:
	rm -f "$(bindir)/communique" "$(man1dir)/communique.1" "$(bashdir)/communique" \
		"$(zshdir)/_communique" "$(fishdir)/communique.fish"
