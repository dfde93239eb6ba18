#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Static analysis of the product code (app/core, app/sandbox, app/cli, ui): clang-tidy with the committed .clang-tidy,
# and cppcheck with tests/static/cppcheck-suppressions.txt. Exits non-zero on any finding. Used by .ci/run.
#   tests/static/run.sh            configures the dev preset for compile_commands.json if needed
#   TEXTBENCH_PRESET=ci tests/static/run.sh   uses that preset's build folder instead
set -euo pipefail
cd "$(dirname "$0")/../.."
preset=${TEXTBENCH_PRESET:-dev}
build=build/$preset

bash packaging/install-deps.sh --static
[[ -f $build/compile_commands.json ]] || cmake --preset "$preset" >/dev/null
dirs=(app/core app/sandbox app/cli ui)
# The generated files (moc, and uic for the window's forms) must exist for clang-tidy to parse the sources.
cmake --build "$build" --target textbench_core_autogen textbench_sandbox_autogen textbench_cli_autogen \
  textbench_ui_autogen >/dev/null

# clang cannot read GCC's precompiled headers (TEXTBENCH_PCH), and each file must compile with only the includes it
# names: the analysis reads a copy of the compilation database without them.
database=$(mktemp -d)
sed -E 's# -Winvalid-pch -include [^ ]*/cmake_pch\.hxx##g' "$build/compile_commands.json" >"$database/compile_commands.json"

mapfile -t sources < <(find "${dirs[@]}" -name '*.cpp' | sort)
echo "static: clang-tidy $(clang-tidy --version | sed -n 's/.*LLVM version //p') on ${#sources[@]} files of ${dirs[*]}"
log=$(mktemp)
trap 'rm -rf "$log" "$log.err" "$database"' EXIT
start=$SECONDS
# -quiet drops the "N warnings generated" noise; only findings in our own code (HeaderFilterRegex) are reported.
# clang-tidy exits non-zero only when it cannot analyse a file (a compile error), not for warnings: that fails the
# run rather than counting as "no findings".
if ! printf '%s\0' "${sources[@]}" |
  xargs -0 -n 4 -P "${TEXTBENCH_JOBS:-2}" clang-tidy -quiet -p "$database" >"$log" 2>"$log.err"; then
  cat "$log" "$log.err"
  echo "static: clang-tidy could not analyse every file" >&2
  exit 1
fi
tidy=$(grep -c -E '^/.*: (warning|error): ' "$log" || true)
grep -E -A3 '^/.*: (warning|error): ' "$log" || true
echo "static: clang-tidy: $tidy findings in $((SECONDS - start)) s"

start=$SECONDS
# cppcheck: the bug-finding checks (warning, performance, portability); Qt's macros come from its own config.
cppcheck --quiet --std=c++20 --library=qt --enable=warning,performance,portability --inline-suppr \
  --suppressions-list=tests/static/cppcheck-suppressions.txt --error-exitcode=1 \
  -I app/core -I app/sandbox -I app/cli -I ui -DQT_NO_KEYWORDS -DQ_OBJECT= -DQ_GADGET= -DQ_SIGNALS=public -DQ_SLOTS= \
  -DQ_EMIT= -j "${TEXTBENCH_JOBS:-2}" "${dirs[@]}" 2>&1 | tee "$log" || true
cpp=$(grep -c -E ': (warning|error|performance|portability|style): ' "$log" || true)
echo "static: cppcheck $(cppcheck --version | sed 's/Cppcheck //'): $cpp findings in $((SECONDS - start)) s"

[[ $tidy -eq 0 && $cpp -eq 0 ]]
