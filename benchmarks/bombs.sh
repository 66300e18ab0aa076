#!/usr/bin/env bash
# The server's memory while 年报体检 is sent decompression bombs (issue 9): a DOCX whose document.xml
# inflates to 300 MB, an XLSX whose shared strings inflate to 300 MB, a PDF whose content stream inflates
# to 500 MB, an HTML page of 100,000 nested <div>, and all four in one upload. Builds Release, starts the
# web host on a temp data directory, uploads an ordinary report first (the baseline: what reading costs
# anyway), then each bomb, sampling the server's resident memory every 20 ms. Prints per upload the
# answer, the time, the peak resident memory during it and its growth over the baseline, and at the end
# the process's high-water mark (VmHWM). Needs curl and python3 (the bombs are made here, ~1 MB in all).
#
#   benchmarks/bombs.sh            # PORT=5184 by default
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-5184}
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/gk-bench-bombs.XXXXXX)
server_pid=""
for tool in curl python3; do
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

echo "== the bombs"
python3 - "$work" "$root/samples" <<'PY'
import io, os, sys, zipfile, zlib
work, samples = sys.argv[1], sys.argv[2]

def zip_bomb(path, name, head, unit, tail, megabytes, extra):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for n, text in extra.items():
            z.writestr(n, text)
        with z.open(name, "w") as f:
            f.write(head)
            written = 0
            while written < megabytes << 20:
                f.write(unit); written += len(unit)
            f.write(tail)

types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
zip_bomb(f"{work}/bomb.docx", "word/document.xml",
         b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
         ("<w:p><w:r><w:t>" + "政" * 2000 + "</w:t></w:r></w:p>").encode(), b"</w:body></w:document>", 300,
         {"[Content_Types].xml": types})
zip_bomb(f"{work}/bomb.xlsx", "xl/sharedStrings.xml",
         b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
         ("<si><t>" + "公" * 2000 + "</t></si>").encode(), b"</sst>", 300,
         {"[Content_Types].xml": types,
          "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'})

stream = zlib.compress(b"0 0 m 1 1 l S\n" * ((500 << 20) // 14), 9)
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
           b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
pdf, offsets = io.BytesIO(), []
pdf.write(b"%PDF-1.7\n")
for i, body in enumerate(objects, 1):
    offsets.append(pdf.tell()); pdf.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
xref = pdf.tell()
pdf.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets))
pdf.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
open(f"{work}/bomb.pdf", "wb").write(pdf.getvalue())

open(f"{work}/nested.html", "w").write("<html><body>" + "<div>" * 100_000 + "政府信息公开</body></html>")
sample = sorted(n for n in os.listdir(samples) if n.endswith(".txt"))[0]
open(f"{work}/report.txt", "wb").write(open(os.path.join(samples, sample), "rb").read())
PY
for f in report.txt bomb.docx bomb.xlsx bomb.pdf nested.html; do printf '   %-12s %9d bytes\n' "$f" "$(stat -c %s "$work/$f")"; done

echo "== build (Release) and start the server on $base"
dotnet build "$root/src/Gongkai.Web" -c Release -v q -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }
mkdir -p "$work/data"
(
    cd "$root/src/Gongkai.Web"
    ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base" Gongkai__DataDirectory="$work/data" \
    Gongkai__Artefacts__RenderInBackground=false Logging__LogLevel__Default=Warning \
    exec dotnet bin/Release/net10.0/Gongkai.Web.dll
) >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    curl -sf -o /dev/null "$base/healthz" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
done

rss() { awk '/^VmRSS/ { print $2 }' "/proc/$server_pid/status"; }
upload() { # label files... → one line: answer, seconds, peak RSS during the upload
    local label=$1; shift
    local jar="$work/cookies" page="$work/page.html" args=()
    curl -s -c "$jar" -b "$jar" "$base/checkup" >"$page"
    local token; token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$page" | sed 's/.*value="//; s/"$//')
    for f in "$@"; do args+=(-F "files=@$work/$f;type=application/octet-stream"); done
    local peak; peak=$(rss)
    local start; start=$(date +%s.%N)
    curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' -F "__RequestVerificationToken=$token" "${args[@]}" "$base/checkup" >"$work/answer" &
    local client=$!
    while kill -0 "$client" 2>/dev/null; do
        local now; now=$(rss)
        if (( now > peak )); then peak=$now; fi
        sleep 0.02
    done
    wait "$client"
    local seconds; seconds=$(echo "$(date +%s.%N) - $start" | bc)
    read -r code location <"$work/answer" || true   # curl's -w line has no newline
    local says="(no batch)"
    if [[ "$code" == 302 && -n "$location" ]]; then
        local batch; batch=$(curl -s -b "$jar" "$location")
        local failed; failed=$(grep -o '读取失败' <<<"$batch" | wc -l || true)
        says="$failed× 读取失败"
    fi
    printf '   %-26s HTTP %s  %-14s %6.2f s   peak RSS %5d MB  (+%d MB over the baseline)\n' \
        "$label" "$code" "$says" "$seconds" $((peak / 1024)) $(((peak - baseline) / 1024))
}

echo "== uploads (resident memory sampled every 20 ms)"
baseline=0
upload "warm-up: a real report" report.txt >/dev/null
baseline=$(rss)
upload "baseline: a real report" report.txt
upload "DOCX → 300 MB" bomb.docx
upload "XLSX → 300 MB" bomb.xlsx
upload "PDF stream → 500 MB" bomb.pdf
upload "HTML 100,000 <div>" nested.html
upload "all four in one upload" bomb.docx bomb.xlsx bomb.pdf nested.html
upload "a real report after" report.txt
printf '== server high-water mark (VmHWM) over the whole run: %d MB; resident now: %d MB (baseline %d MB)\n' \
    $(($(awk '/^VmHWM/ { print $2 }' "/proc/$server_pid/status") / 1024)) $(($(rss) / 1024)) $((baseline / 1024))
