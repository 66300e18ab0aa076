#!/usr/bin/env bash
# Requests per second for a published report's PDF served from storage (an artefact, ADR-0006), beside
# a static file with the same bytes served by the same server in the same run, so that the ratio
# stands even on a noisy machine. Builds Release, starts the web host on a temp data directory
# (SQLite, demo seeded) with a web root of its own (the site's, plus the copy of the PDF) and soffice
# behind a wrapper that counts its runs; the PDF is rendered once (at start or by the first download);
# then wrk runs against both URLs (a warm-up, then measured rounds) and the script checks that
# LibreOffice did not run again. Needs wrk and curl (apt-get install -y wrk curl) and LibreOffice.
#
#   benchmarks/wrk-artefacts.sh                   # -t2 -c16 -d10s per URL, 3 rounds, after a 10 s warm-up each
#   ROUNDS=5 DURATION=30s CONNECTIONS=32 PORT=5183 benchmarks/wrk-artefacts.sh
#
# The anonymous rate limit is raised to 100,000,000/min for this server: otherwise wrk would measure 429s.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-5182}
threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
duration=${DURATION:-10s}
warmup=${WARMUP:-10s}
rounds=${ROUNDS:-3}
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/gk-bench-artefacts.XXXXXX)
data="$work/data"
server_pid=""

for tool in wrk curl; do
    command -v "$tool" >/dev/null || { echo "需要 $tool：apt-get install -y $tool" >&2; exit 1; }
done
soffice=$(command -v soffice || true)
[[ -n "$soffice" ]] || { echo "需要 LibreOffice：apt-get install -y libreoffice-writer-nogui fonts-noto-cjk" >&2; exit 1; }
if curl -s -o /dev/null "$base/"; then
    echo "port $port is already in use; set PORT=..." >&2
    exit 1
fi

stop() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop EXIT

echo "== build (Release)"
dotnet build "$root/src/Gongkai.Web" -c Release -v q -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }

# soffice behind a wrapper that counts its runs; a web root of the server's own to put the copy in.
printf '#!/bin/sh\necho run >> %q\nexec %q "$@"\n' "$work/soffice-runs" "$soffice" >"$work/soffice"
chmod +x "$work/soffice"
cp -r "$root/src/Gongkai.Web/wwwroot" "$work/webroot"
runs() { [[ -f "$work/soffice-runs" ]] && wc -l <"$work/soffice-runs" || echo 0; }

echo "== start the server on $base (data in $data, fresh)"
mkdir -p "$data"
(
    cd "$root/src/Gongkai.Web"   # content root: appsettings
    ASPNETCORE_ENVIRONMENT=Development \
    ASPNETCORE_URLS="$base" \
    ASPNETCORE_WEBROOT="$work/webroot" \
    Gongkai__DataDirectory="$data" \
    Gongkai__Pdf__Soffice="$work/soffice" \
    Gongkai__RateLimit__PublicPermitsPerMinute=100000000 \
    Logging__LogLevel__Default=Warning \
    exec dotnet bin/Release/net10.0/Gongkai.Web.dll
) >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    curl -sf -o /dev/null "$base/healthz" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
done
curl -sf -o /dev/null "$base/healthz" || { echo "server did not answer /healthz" >&2; cat "$work/server.log"; exit 1; }

agency=$(curl -s "$base/" | grep -o '/reports/[0-9]*/2020' | head -1)
[[ -n "$agency" ]] || { echo "the demo's published report is not on the home page" >&2; exit 1; }
pdf="$agency/download/pdf"

echo "== the demo's PDF, rendered once"
code=$(curl -s -o "$work/report.pdf" -D "$work/report.headers" -w '%{http_code}' "$base$pdf")
[[ "$code" == 200 ]] || { echo "$pdf answered $code" >&2; cat "$work/report.pdf" >&2; exit 1; }
sha=$(sha256sum "$work/report.pdf" | cut -d' ' -f1)
grep -qi "^etag: \"$sha\"" "$work/report.headers" || { echo "the ETag is not the SHA-256 of the bytes" >&2; cat "$work/report.headers" >&2; exit 1; }
cp "$work/report.pdf" "$work/webroot/same-bytes.pdf"
static="/same-bytes.pdf"
cmp -s <(curl -s "$base$static") "$work/report.pdf" || { echo "$static is not served from the web root $work/webroot" >&2; exit 1; }
rendered=$(runs)
printf '   %-7s %-40s %7d bytes, SHA-256 %s…, LibreOffice runs so far: %d\n' pdf "$pdf" "$(stat -c %s "$work/report.pdf")" "${sha:0:16}" "$rendered"
printf '   %-7s %-40s %7d bytes\n' static "$static" "$(stat -c %s "$work/webroot/same-bytes.pdf")"

# The JSON download makes the same lookups (report, agency) but its bytes are in the report's row: what
# fetching the artefact adds shows between the two.
declare -A urls=([pdf]="$pdf" [json]="$agency/download/json" [static]="$static")
order=(pdf json static)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
ticks=$(getconf CLK_TCK)

echo "== warm-up: each URL for $warmup"
for name in "${order[@]}"; do
    wrk -t"$threads" -c"$connections" -d"$warmup" "$base${urls[$name]}" >/dev/null
done

echo "== wrk -t$threads -c$connections -d$duration per URL, $rounds rounds; $(nproc) cores shared by server and wrk"
# Rounds alternate the URLs, so that load from elsewhere on the machine falls on both alike; each URL's
# median round is reported, with the server's own CPU time per request (from /proc).
for round in $(seq 1 "$rounds"); do
    for name in "${order[@]}"; do
        before=$(cpu_ticks)
        wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base${urls[$name]}" >"$work/$name.$round.wrk"
        after=$(cpu_ticks)
        if grep -q 'Non-2xx' "$work/$name.$round.wrk"; then
            echo "${urls[$name]}: $(grep 'Non-2xx' "$work/$name.$round.wrk") — the figures would be wrong" >&2
            cat "$work/$name.$round.wrk" >&2
            exit 1
        fi
        requests=$(awk '/requests in/ { print $1 }' "$work/$name.$round.wrk")
        rps=$(awk '/^Requests\/sec:/ { print $2 }' "$work/$name.$round.wrk")
        mbps=$(awk '/^Transfer\/sec:/ { print $2 }' "$work/$name.$round.wrk")
        cpu=$(awk -v a="$before" -v b="$after" -v n="$requests" -v t="$ticks" 'BEGIN { printf "%.3f", (b - a) * 1000 / t / n }')
        latency="avg $(awk '$1 == "Latency" { print $2; exit }' "$work/$name.$round.wrk"), p50 $(awk '$1 == "50%" { print $2 }' "$work/$name.$round.wrk"), p99 $(awk '$1 == "99%" { print $2 }' "$work/$name.$round.wrk")"
        printf '%s\t%s\t%s\t%s\n' "$rps" "$cpu" "$latency" "$mbps" >>"$work/$name.rounds"
        printf '   round %d %-7s %10s req/s  %8s/s  %6s ms CPU/request  load %s\n' "$round" "$name" "$rps" "$mbps" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
    done
done

declare -A rps cpu latency mbps
for name in "${order[@]}"; do
    median=$(sort -t$'\t' -k1,1g "$work/$name.rounds" | awk -v n="$rounds" 'NR == int((n + 1) / 2)')
    rps[$name]=$(cut -f1 <<<"$median")
    latency[$name]=$(cut -f3 <<<"$median")
    mbps[$name]=$(cut -f4 <<<"$median")
    cpu[$name]=$(cut -f2 "$work/$name.rounds" | sort -g | awk -v n="$rounds" 'NR == int((n + 1) / 2)')
done

after_runs=$(runs)
echo
echo "median of $rounds rounds; the anonymous rate limit was raised to 100,000,000/min for this server"
printf '%-7s %-36s %11s  %10s  %-16s  %s\n' "what" "path" "requests/s" "transfer" "CPU ms/request" "latency (that round)"
for name in "${order[@]}"; do
    printf '%-7s %-36s %11s  %10s  %-16s  %s\n' "$name" "${urls[$name]}" "${rps[$name]}" "${mbps[$name]}/s" "${cpu[$name]}" "${latency[$name]}"
done
echo
for name in pdf json; do
    awk -v n="$name" -v a="${rps[$name]}" -v b="${rps[static]}" -v c="${cpu[$name]}" -v d="${cpu[static]}" \
        'BEGIN { printf "stored %-4s / static file: requests/s ratio %.3f, CPU per request ratio %.2f\n", n, a / b, c / d }'
done
echo "LibreOffice runs: $rendered to render the PDF once, $((after_runs - rendered)) during the benchmark"
[[ "$after_runs" == "$rendered" ]] || { echo "LibreOffice ran during the benchmark: the PDF was not served from storage" >&2; exit 1; }
