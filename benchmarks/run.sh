#!/usr/bin/env bash
# The BenchmarkDotNet benchmarks (benchmarks/README.md), in Release, with a private PostgreSQL for the
# aggregation benchmark (started here and stopped at the end; without PostgreSQL installed, that
# benchmark runs on SQLite alone). Arguments go to BenchmarkDotNet:
#
#   benchmarks/run.sh --filter '*'                    # everything, default job (long)
#   benchmarks/run.sh --filter '*Reading*' --quick    # one class, 3 iterations: a rough figure quickly
#   benchmarks/run.sh --list flat                     # what there is
#
# Results: benchmarks/Gongkai.Benchmarks/BenchmarkDotNet.Artifacts/results/ (Markdown, CSV, HTML).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/benchmarks/Gongkai.Benchmarks"
dotnet build "$project" -c Release --nologo -v q >/dev/null

if ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    . "$root/.ci/private-postgres.sh"
    logs=$(mktemp -d /tmp/gk-bench-pg-logs.XXXXXX)
    trap 'stop_private_postgres; rm -rf "$logs"' EXIT
    start_private_postgres "$logs"
    export GONGKAI_BENCH_PG="$PG_CONNECTION"
    echo "PostgreSQL $PG_VERSION on port $PG_PORT for the aggregation benchmark"
else
    echo "PostgreSQL is not installed (apt-get install -y postgresql): the aggregation benchmark runs on SQLite only"
fi

cd "$project"   # BenchmarkDotNet writes its artifacts beside the project
dotnet "bin/Release/net10.0/Gongkai.Benchmarks.dll" "$@"
