#!/usr/bin/env bash
# Requests per second of the public portal's pages (target ≥ 0.5 × a static file), each beside a static
# file served by the same server in the same run. Builds Release, starts the web host on a temp data
# directory (SQLite, demo seeded with its catalog), runs wrk against each URL (a warm-up, then measured
# rounds taken in turn) and stops the server. Needs wrk and curl.
#
#   benchmarks/wrk-portal.sh                       # -t2 -c16 -d10s per URL, 3 rounds
#   ROUNDS=5 DURATION=20s PORT=5183 benchmarks/wrk-portal.sh
#
# The anonymous rate limit is raised to 100,000,000/min for this server (wrk would measure 429s otherwise).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-5182}
threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
duration=${DURATION:-10s}
warmup=${WARMUP:-15s}
rounds=${ROUNDS:-3}
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/gk-bench-portal.XXXXXX)
data=${DATA_DIR:-/tmp/gk-bench-portal-data}
server_pid=""

for tool in wrk curl; do
    command -v "$tool" >/dev/null || { echo "需要 $tool：apt-get install -y $tool" >&2; exit 1; }
done
if curl -s -o /dev/null "$base/"; then
    echo "port $port is already in use; set PORT=..." >&2
    exit 1
fi

stop() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work" "$data"
}
trap stop EXIT

if [[ -z "${NO_BUILD:-}" ]]; then
    echo "== build (Release)"
    dotnet build "$root/src/Gongkai.Web" -c Release -v q -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }
fi

echo "== start the server on $base (data in $data, fresh)"
rm -rf "$data"
mkdir -p "$data"
(
    cd "$root/src/Gongkai.Web"
    ASPNETCORE_ENVIRONMENT=Development \
    ASPNETCORE_URLS="$base" \
    Gongkai__DataDirectory="$data" \
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

agency=$(curl -s "$base/catalog" | grep -o 'href="/catalog/[0-9]*"' | sed 's/href="//; s/"$//' | tail -1)
item=$(curl -s "$base$agency" | grep -o '/catalog/items/[0-9]*' | head -1)
report=$(curl -s "$base/" | grep -o '/reports/[0-9]*/2020' | head -1)
[[ -n "$agency" && -n "$item" && -n "$report" ]] || { echo "demo portal not found (agency '$agency', item '$item', report '$report')" >&2; exit 1; }

declare -A urls=(
    [home]="/catalog"
    [agency]="$agency"
    [list]="$agency/items"
    [item]="$item"
    [feed]="/catalog/feed.atom"
    [report]="$report"
    [search]="/catalog/search?q=%E6%B8%85%E9%9B%AA"
    [static]="/css/site.css"
)
order=(home agency list item feed report search static)

for name in "${order[@]}"; do
    path=${urls[$name]}
    code=$(curl -s -o "$work/$name.body" -w '%{http_code}' "$base$path")
    [[ "$code" == 200 ]] || { echo "$path answered $code, expected 200" >&2; exit 1; }
    printf '   %-8s %-36s %7d bytes\n' "$name" "$path" "$(stat -c %s "$work/$name.body")"
done

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
ticks=$(getconf CLK_TCK)

echo "== warm-up: $warmup per URL"
for name in "${order[@]}"; do
    wrk -t"$threads" -c"$connections" -d"$warmup" "$base${urls[$name]}" >/dev/null
done

echo "== wrk -t$threads -c$connections -d$duration per URL, $rounds rounds; $(nproc) cores shared by server and wrk"
for round in $(seq 1 "$rounds"); do
    for name in "${order[@]}"; do
        before=$(cpu_ticks)
        wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base${urls[$name]}" >"$work/$name.$round.wrk"
        after=$(cpu_ticks)
        if grep -q 'Non-2xx' "$work/$name.$round.wrk"; then
            echo "${urls[$name]}: $(grep 'Non-2xx' "$work/$name.$round.wrk") — the figures would be wrong" >&2
            exit 1
        fi
        requests=$(awk '/requests in/ { print $1 }' "$work/$name.$round.wrk")
        rps=$(awk '/^Requests\/sec:/ { print $2 }' "$work/$name.$round.wrk")
        cpu=$(awk -v a="$before" -v b="$after" -v n="$requests" -v t="$ticks" 'BEGIN { printf "%.3f", (b - a) * 1000 / t / n }')
        printf '%s\t%s\t%s\n' "$rps" "$cpu" "$round" >>"$work/$name.rounds"
        printf '   round %d %-8s %10s req/s  %6s ms CPU/request\n' "$round" "$name" "$rps" "$cpu"
    done
done

declare -A rps cpu
for name in "${order[@]}"; do
    rps[$name]=$(cut -f1 "$work/$name.rounds" | sort -g | awk -v n="$rounds" 'NR == int((n + 1) / 2)')
    cpu[$name]=$(cut -f2 "$work/$name.rounds" | sort -g | awk -v n="$rounds" 'NR == int((n + 1) / 2)')
done

echo
echo "median of $rounds rounds"
printf '%-8s %-36s %11s  %-14s  %s\n' "page" "path" "requests/s" "CPU ms/req" "ratio to static (target ≥ 0.5)"
for name in "${order[@]}"; do
    ratio=$(awk -v a="${rps[$name]}" -v b="${rps[static]}" 'BEGIN { printf "%.3f", a / b }')
    printf '%-8s %-36s %11s  %-14s  %s\n' "$name" "${urls[$name]}" "${rps[$name]}" "${cpu[$name]}" "$ratio"
done
