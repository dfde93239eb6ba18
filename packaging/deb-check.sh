#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb (CPack) from the product alone with the package preset in build/deb: optimised, warnings as
# errors, no tests, and no debug information (CPack strips it anyway; this build took 243 s instead of 265 s).
# Installs it on this machine with apt (so its Depends are resolved as a user's apt would), starts textbench-cli and
# the window from the installed files, then removes the package again. Used by .ci/run; needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/deb

bash packaging/install-deps.sh --package
[[ -f $build/CMakeCache.txt ]] || cmake --preset package -B "$build"
cmake --build "$build"
rm -f "$build"/textbench_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/textbench_*.deb)
echo "deb-check: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --field "$deb" Depends | sed 's/^/deb-check: Depends: /'
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -E 'bin/|\.desktop|metainfo|icons|\.qm|completion|man1' | sed 's/^/deb-check:   /'

sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
if dpkg-query -W -f='${Status}' textbench 2>/dev/null | grep -q "install ok installed"; then
  echo "deb-check: textbench is already installed on this machine; not touching it" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "$(realpath "$deb")" >/dev/null
trap '"${sudo_cmd[@]}" apt-get remove -y -q textbench >/dev/null' EXIT

# From the installed files only: /usr/bin, and a throwaway configuration (no profile: the Sandbox).
home=$(mktemp -d)
export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache
/usr/bin/textbench-cli --version
/usr/bin/textbench-cli messages list --limit 1 >/dev/null # the built-in sandbox, through the installed CLI
QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent /usr/bin/textbench --self-test
# The installed window in a real X session (Xvfb, openbox): typed into with xdotool, read through AT-SPI, killed
# with SIGKILL and started again, which brings back the draft and the watched message.
bash packaging/desktop-e2e.sh /usr/bin/textbench
# The German catalogue, found from the installed binary (/usr/share/textbench/translations): an invalid SID is
# refused in German.
german=$(LC_ALL=de_DE.UTF-8 LANGUAGE= /usr/bin/textbench-cli messages fetch --sid SM0 2>&1 || true)
if grep -q "Ungültige Eingabe" <<<"$german"; then
  echo "deb-check: textbench-cli speaks German under LC_ALL=de_DE.UTF-8"
else
  echo "deb-check: the installed textbench-cli did not load its German catalogue; it said: $german" >&2
  exit 1
fi
desktop-file-validate /usr/share/applications/io.github.textbench.desktop
# The manual page and the completions, where man, bash-completion, zsh and fish look.
# No roff warnings, in a UTF-8 locale and in plain C (where groff has only ASCII glyphs).
for locale in C.UTF-8 C; do
  LC_ALL=$locale man --warnings -l /usr/share/man/man1/textbench-cli.1.gz 2>&1 >/dev/null | (! grep .)
done
# The installed bash completion, as bash-completion loads it, offers the commands.
offered=$(bash -c 'source /usr/share/bash-completion/completions/textbench-cli
  COMP_WORDS=(textbench-cli me); COMP_CWORD=1; _textbench_cli; echo "${COMPREPLY[*]}"')
[[ $offered == "messages messaging-services" ]] || { echo "deb-check: the installed bash completion offered \"$offered\"" >&2; exit 1; }
for f in /usr/share/bash-completion/completions/textbench-cli /usr/share/zsh/vendor-completions/_textbench-cli \
  /usr/share/fish/vendor_completions.d/textbench-cli.fish; do
  [[ -s $f ]] || { echo "deb-check: $f is missing" >&2; exit 1; }
done
bash -n /usr/share/bash-completion/completions/textbench-cli
echo "deb-check: textbench-cli(1) and the bash, zsh and fish completions are installed"
rm -rf "$home"
echo "deb-check: installed, started and removed"
