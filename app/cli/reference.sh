#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes textbench-cli's shell completions and manual page into OUTDIR, made by the built textbench-cli from the
# option tables of its help (app/cli/reference.cpp), in English. Run by the build; installed by the .deb.
#   reference.sh TEXTBENCH_CLI OUTDIR
set -euo pipefail
cli=$1 out=$2
mkdir -p "$out"
export LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
"$cli" completion bash >"$out/textbench-cli.bash"
"$cli" completion zsh >"$out/_textbench-cli"
"$cli" completion fish >"$out/textbench-cli.fish"
"$cli" manpage | gzip -9n >"$out/textbench-cli.1.gz"
