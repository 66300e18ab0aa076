#!/usr/bin/env bash
# `gongkai report read DIR` over 10,000 published reports (target: all cores used, under 500 MB).
# Writes the corpus once (text and HTML forms in turn, agencies with reports for 2019–2025, see
# benchmarks/Gongkai.Benchmarks/Reading/Corpus.cs), then reads it twice with /usr/bin/time -v: on
# every core, and pinned to one core with taskset, so the speed-up from the second core is measured
# in the same run. Needs GNU time (apt-get install -y time).
#
#   benchmarks/read-dir.sh                 # 10,000 reports in /tmp/gk-corpus-10000
#   COUNT=2000 benchmarks/read-dir.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count=${COUNT:-10000}
corpus=${CORPUS:-/tmp/gk-corpus-$count}
work=$(mktemp -d /tmp/gk-bench-read.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/benchmarks/Gongkai.Benchmarks" -c Release --nologo -v q >/dev/null
if [[ ! -d "$corpus" || $(find "$corpus" -type f | wc -l) -ne $count ]]; then
    rm -rf "$corpus"
    dotnet "$root/benchmarks/Gongkai.Benchmarks/bin/Release/net10.0/Gongkai.Benchmarks.dll" corpus "$corpus" "$count"
fi
"$root/gongkai" --help >/dev/null 2>&1 || true   # build the command line before timing it

run() {   # name, command...
    local name=$1; shift
    /usr/bin/time -v "$@" report read "$corpus" --csv "$work/$name.csv" >"$work/$name.out" 2>"$work/$name.time"
    local rows; rows=$(($(wc -l <"$work/$name.csv") - 1))
    [[ $rows -eq $count ]] || { echo "$name: $rows rows in the CSV, expected $count" >&2; exit 1; }
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/$name.time")
    cpu=$(awk -F': ' '/Percent of CPU/ { print $2 }' "$work/$name.time")
    rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$work/$name.time")
    printf '%-10s %8.2f s  %7.0f reports/s  CPU %5s  max RSS %4d MB\n' "$name" "$wall" "$(awk -v c="$count" -v w="$wall" 'BEGIN { print c / w }')" "$cpu" "$rss"
    echo "$wall" >"$work/$name.wall"
}

echo "== gongkai report read DIR: $count files, $(du -sh "$corpus" | cut -f1) on disk, $(nproc) cores"
run all-cores "$root/gongkai"
run one-core taskset -c 0 "$root/gongkai"
tail -1 "$work/all-cores.out"
awk -v a="$(cat "$work/all-cores.wall")" -v b="$(cat "$work/one-core.wall")" 'BEGIN { printf "speed-up from all cores over one: %.2f\n", b / a }'
cmp -s <(cut -d, -f2- "$work/all-cores.csv") <(cut -d, -f2- "$work/one-core.csv") && echo "both runs gave the same table" || { echo "the two runs' tables differ" >&2; exit 1; }
