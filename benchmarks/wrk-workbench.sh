#!/usr/bin/env bash
# Requests per second for the workbench page of one report (target ≥ 500/s), beside the public report
# page, /healthz and a static file served by the same server in the same run, so that the ratios stand
# even on a noisy machine. Builds Release, starts the web host on a temp data directory (SQLite, demo
# seeded), signs in as the demo editor, runs wrk against each URL (a warm-up, then the measured run)
# and stops the server. Needs wrk and curl (apt-get install -y wrk curl).
#
#   benchmarks/wrk-workbench.sh                   # -t2 -c16 -d10s per URL, after a 5 s warm-up
#   DURATION=30s CONNECTIONS=32 benchmarks/wrk-workbench.sh
#
# The anonymous rate limit (Gongkai:RateLimit:PublicPermitsPerMinute, 600/min per address by default)
# is raised to 100,000,000 for this server: otherwise wrk would measure 429 answers on the public pages.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-5180}
threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
duration=${DURATION:-10s}
warmup=${WARMUP:-5s}
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/gk-bench-wrk.XXXXXX)
data=${DATA_DIR:-/tmp/gk-bench-data}
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
    rm -rf "$work"
}
trap stop EXIT

echo "== build (Release)"
dotnet build "$root/src/Gongkai.Web" -c Release -v q -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }

echo "== start the server on $base (data in $data, fresh)"
rm -rf "$data"
mkdir -p "$data"
(
    cd "$root/src/Gongkai.Web"   # content root: wwwroot, appsettings
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

echo "== sign in as editor"
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
[[ -n "$token" ]] || { echo "no antiforgery token on /login" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/login" \
    --data-urlencode "UserName=editor" --data-urlencode "Password=Gongkai-editor-2026" --data-urlencode "__RequestVerificationToken=$token")
[[ "$status" == 302 ]] || { echo "sign-in answered $status, expected 302" >&2; exit 1; }
auth=$(awk '$6 == "gongkai.auth" { print $7 }' "$jar")
[[ -n "$auth" ]] || { echo "no gongkai.auth cookie after sign-in" >&2; exit 1; }
cookie="Cookie: gongkai.auth=$auth"

report=$(curl -s -H "$cookie" "$base/workbench" | grep -o '/workbench/reports/[0-9]*' | head -1)
agency=$(curl -s "$base/" | grep -o '/reports/[0-9]*/2020' | head -1)
[[ -n "$report" && -n "$agency" ]] || { echo "demo report not found (workbench: '$report', public: '$agency')" >&2; exit 1; }

declare -A urls=(
    [workbench]="$report"
    [public]="$agency"
    [healthz]="/healthz"
    [static]="/css/site.css"
)
order=(workbench public healthz static)

for name in "${order[@]}"; do
    path=${urls[$name]}
    headers=()
    [[ "$name" == workbench ]] && headers=(-H "$cookie")
    code=$(curl -s -o "$work/$name.body" -w '%{http_code}' "${headers[@]}" "$base$path")
    [[ "$code" == 200 ]] || { echo "$path answered $code, expected 200" >&2; exit 1; }
    if [[ "$name" == workbench ]] && ! grep -q 'gk-grid\|<table' "$work/$name.body"; then
        echo "the workbench page has no grid: not signed in?" >&2; exit 1
    fi
    printf '   %-10s %-28s %7d bytes\n' "$name" "$path" "$(stat -c %s "$work/$name.body")"
done

echo "== wrk -t$threads -c$connections -d$duration (after a $warmup warm-up each); $(nproc) cores, server and wrk share them"
declare -A rps latency
for name in "${order[@]}"; do
    path=${urls[$name]}
    headers=()
    [[ "$name" == workbench ]] && headers=(-H "$cookie")
    wrk -t"$threads" -c"$connections" -d"$warmup" "${headers[@]}" "$base$path" >/dev/null
    wrk -t"$threads" -c"$connections" -d"$duration" --latency "${headers[@]}" "$base$path" >"$work/$name.wrk"
    if grep -q 'Non-2xx' "$work/$name.wrk"; then
        echo "$path: $(grep 'Non-2xx' "$work/$name.wrk") — the figures would be wrong" >&2
        cat "$work/$name.wrk" >&2
        exit 1
    fi
    rps[$name]=$(awk '/^Requests\/sec:/ { print $2 }' "$work/$name.wrk")
    latency[$name]="avg $(awk '$1 == "Latency" { print $2; exit }' "$work/$name.wrk"), p50 $(awk '$1 == "50%" { print $2 }' "$work/$name.wrk"), p99 $(awk '$1 == "99%" { print $2 }' "$work/$name.wrk")"
done

echo
printf '%-10s %-28s %12s  %s\n' "page" "path" "requests/s" "latency"
for name in "${order[@]}"; do
    printf '%-10s %-28s %12s  %s\n' "$name" "${urls[$name]}" "${rps[$name]}" "${latency[$name]}"
done
echo
for name in workbench public healthz; do
    awk -v a="${rps[$name]}" -v b="${rps[static]}" -v n="$name" 'BEGIN { printf "ratio %s/static: %.3f\n", n, a / b }'
done
awk -v a="${rps[workbench]}" 'BEGIN { printf "workbench target ≥ 500 requests/s: %s\n", (a >= 500 ? "met" : "MISSED") }'
