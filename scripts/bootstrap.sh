#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (root, or a user with sudo):
#   bash scripts/bootstrap.sh run    install what is missing, build, start the GUI
#                                    (with no display: render the demo cases to out/)
#   bash scripts/bootstrap.sh test   install what is missing, build with ASan/UBSan,
#                                    run the whole test suite
#   bash scripts/bootstrap.sh fuzz [SECONDS]  build the libFuzzer harnesses with clang
#                                    and run each for SECONDS (default 60)
# Both are idempotent: installed packages and an up-to-date build are reused.
set -euo pipefail

mode="${1:-run}"
shift || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Debian 12 packages: toolchain, Qt 6, PDF and text libraries, fonts, and the
# tools the tests use to look at PDFs (pdftotext, pdffonts, pdftoppm, and
# libqpdf as a strict reader of the structure).
packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql postgresql qt6-qpa-plugins qt6-translations-l10n libgl-dev
  libhpdf-dev libboost-locale-dev libharfbuzz-dev libfontconfig-dev
  libkainjow-mustache-dev nlohmann-json3-dev libdeflate-dev
  fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei fonts-babelstone-han
  libcups2-dev poppler-utils libqpdf-dev xvfb xauth
  libssl-dev openssl libpoppler-qt6-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "== installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"

case "$mode" in
  run)
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
    cmake --build build -j"$jobs"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec build/bin/zhiwen "$@"
    fi
    echo "== no display: rendering the demo cases to $root/out/"
    mkdir -p out
    for case in resources/demo/*.json; do
      name="$(basename "$case" .json)"
      for tmpl in $(build/bin/zhiwen-cli templates | cut -f1); do
        # Every document the case supports; for the others, why not.
        if why="$(build/bin/zhiwen-cli render "$tmpl" "$case" -o "out/$name-$tmpl.pdf" 2>&1)"; then
          echo "   out/$name-$tmpl.pdf"
        else
          echo "   skipped $name / $tmpl: $(printf '%s' "$why" | head -n 1)"
        fi
      done
    done
    ;;
  fuzz)
    # libFuzzer harnesses (tests/fuzz/), each run for SECONDS (default 60)
    # from the demo cases, the demo CSV and the templates as seeds; a
    # crash's input is kept in build-fuzz/crashes/.
    seconds="${1:-60}"
    fuzzmissing=()
    for p in clang libclang-rt-14-dev; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || fuzzmissing+=("$p")
    done
    if [ "${#fuzzmissing[@]}" -gt 0 ]; then
      sudo=""
      [ "$(id -u)" -eq 0 ] || sudo="sudo"
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${fuzzmissing[@]}"
    fi
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZHIWEN_FUZZ=ON -DBUILD_TESTING=OFF -DZHIWEN_BUILD_GUI=OFF
    cmake --build build-fuzz -j"$jobs" --target fuzz_casefile fuzz_csv fuzz_template fuzz_typeset fuzz_pdf
    mkdir -p build-fuzz/crashes
    # fontconfig keeps its configuration for the life of the process.
    export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
    for h in casefile csv template typeset pdf; do
      corpus="build-fuzz/corpus-$h"
      mkdir -p "$corpus"
      case "$h" in
        casefile) cp resources/demo/*.json "$corpus"/ ; dict=tests/fuzz/casefile.dict ;;
        csv) cp resources/demo/*.csv "$corpus"/ ; dict= ;;
        pdf) cp tests/fuzz/seeds-pdf/* "$corpus"/ ; dict= ;;
        *) cp templates/*.zwt "$corpus"/ ; dict=tests/fuzz/template.dict ;;
      esac
      echo "== fuzz_$h for ${seconds} s"
      ZHIWEN_DATA_DIR="$root" build-fuzz/fuzz/fuzz_$h -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix=build-fuzz/crashes/$h- ${dict:+-dict=$dict} "$corpus"
    done
    ;;
  test)
    cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DZHIWEN_SANITIZE=ON -DZHIWEN_WERROR=ON
    cmake --build build-test -j"$jobs"
    cd build-test
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$jobs"
    ;;
  *)
    echo "usage: bash scripts/bootstrap.sh run|test|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
