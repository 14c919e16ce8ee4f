#!/bin/sh
# Writes the HTML reports of the demo data and screenshots them with headless Chromium, to check
# by eye how the pages render (see docs/reports.md).
#
#   scripts/check-html-report.sh [output-dir] [program-id standard-id]
#
# Defaults: target/report-check, and the pair 6B06101 × PS-ICT-02 (Kazakh program and standard; for
# the below-level warning try 4S06130105 PS-ICT-01). Needs a JDK 17+ and Chromium
# (Debian/Ubuntu: apt-get install chromium; elsewhere set CHROMIUM=/path/to/chrome).
# Chromium runs with a fresh profile and with networking features off; the pages load nothing.
set -eu

cd "$(dirname "$0")/.."
out=${1:-target/report-check}
program=${2:-6B06101}
standard=${3:-PS-ICT-02}
chromium=${CHROMIUM:-chromium}

if ! command -v "$chromium" >/dev/null 2>&1; then
    echo "check-html-report: $chromium not found; install it (apt-get install chromium) or set CHROMIUM" >&2
    exit 2
fi

./mvnw -q -DskipTests package -pl nqf-examples -am
mkdir -p "$out"
out=$(cd "$out" && pwd)
java -cp nqf-examples/target/opennqf.jar io.github.opennqf.examples.ReportExample \
    demo/programs.csv demo/standards.csv "$out" "$program" "$standard"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for page in coverage matrix; do
    rm -f "$out/$page.png"
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
        --user-data-dir="$profile/$page" --window-size=1280,2000 \
        --screenshot="$out/$page.png" "file://$out/$page.html" >"$profile/$page.log" 2>&1 || {
        echo "check-html-report: chromium failed on $page.html:" >&2
        cat "$profile/$page.log" >&2
        exit 1
    }
    if [ "$(head -c 8 "$out/$page.png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
        echo "check-html-report: $out/$page.png is not a PNG" >&2
        exit 1
    fi
    echo "$out/$page.png"
done
