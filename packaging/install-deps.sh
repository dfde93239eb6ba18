#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Textbench needs. Used by the README's two commands and by .ci/run.
#   install-deps.sh          build and runtime packages
#   install-deps.sh --tests  the above plus what the test suite needs (Xvfb, D-Bus, gnome-keyring, fonts)
#   install-deps.sh --fuzz   the above plus clang and its libFuzzer runtime (tests/fuzz/run.sh)
#   install-deps.sh --static the above plus clang-tidy and cppcheck (tests/static/run.sh)
#   install-deps.sh --package the above plus what CPack's .deb needs (dpkg-shlibdeps, file) and its desktop test
#   install-deps.sh --bench  the above plus what the benchmarks run beside Textbench (curl; Node.js and npm)
#   install-deps.sh --screenshots the above plus what packaging/notification-screenshot.sh photographs a real
#                            desktop notification with (notification-daemon, openbox, imagemagick…)
# Options combine.
# Packages already present are not touched; apt-get runs only when something is missing.
set -euo pipefail

build_pkgs=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins
  qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qtkeychain-qt6-dev libsecret-1-0 qt6-translations-l10n
  libphonenumber-dev
  # LLVM's linker: links in under half GNU ld's time (CMakeLists.txt takes it when present).
  lld
)
test_pkgs=(
  xvfb xauth dbus gnome-keyring libsecret-tools fonts-dejavu-core
  desktop-file-utils appstream
  flatpak-builder python3
  # The shell completions are run by the shells they are for (tst_cli), and the manual page checked by man.
  bash-completion zsh fish man-db groff-base
  # Accessibility: the window read through AT-SPI and driven by real keys (atspi_window); Qt's platform API that
  # switches accessibility on for tst_accessibility's event checks.
  at-spi2-core python3-pyatspi xdotool qt6-base-private-dev
)

# libFuzzer ships in clang's runtime package on Debian 12, not with clang itself.
fuzz_pkgs=(clang libclang-rt-14-dev)
static_pkgs=(clang-tidy cppcheck)
# …and what packaging/desktop-e2e.sh drives the installed window with: an X server, a window manager, real input
# (xdotool), the AT-SPI bus and Debian's pyatspi to read it, a D-Bus session with a keyring.
package_pkgs=(dpkg-dev file man-db groff-base
  xvfb xauth x11-utils openbox xdotool at-spi2-core python3-pyatspi dbus gnome-keyring)
bench_pkgs=(curl time)
# packaging/notification-screenshot.sh: Xvfb with openbox, a real notification server (Debian's notification-daemon),
# the window driven by xdotool with Body found through AT-SPI, another window to take the focus (xmessage, in
# x11-utils), a D-Bus session with a keyring, and imagemagick's import for the picture.
screenshot_pkgs=(xvfb xauth x11-utils openbox xdotool at-spi2-core python3-pyatspi dbus gnome-keyring
  notification-daemon imagemagick)

want=("${build_pkgs[@]}")
for option in "$@"; do
  case "$option" in
  --tests)
    want+=("${test_pkgs[@]}")
    # The conformance tests run Twilio's own npm packages. Any node >= 18 with npm will do: keep one that is
    # already installed (from any source), else take Debian's.
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
      want+=(nodejs npm)
    fi
    ;;
  --fuzz) want+=("${fuzz_pkgs[@]}") ;;
  --static) want+=("${static_pkgs[@]}") ;;
  --package) want+=("${package_pkgs[@]}") ;;
  --screenshots) want+=("${screenshot_pkgs[@]}") ;;
  --bench)
    want+=("${bench_pkgs[@]}")
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
      want+=(nodejs npm)
    fi
    ;;
  *) echo "install-deps: unknown option $option (use --tests, --fuzz, --static, --package, --bench, --screenshots)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  if ! grep -q "install ok installed" <<<"$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
