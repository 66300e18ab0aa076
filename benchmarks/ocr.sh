#!/usr/bin/env bash
# Seconds per page of reading scanned reports by OCR (target ≤ 10 s per page on this 2-core machine):
# the platform's PDF export of N random reports, scanned at 200 dpi and read one at a time, beside
# reading the same PDFs through their text layer (benchmarks/Gongkai.Benchmarks/Reading/OcrTiming.cs).
# Needs LibreOffice, poppler-utils and Tesseract with its Chinese data (.ci/run installs them).
#
#   benchmarks/ocr.sh        # 4 reports
#   benchmarks/ocr.sh 8
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet build "$root/benchmarks/Gongkai.Benchmarks" -c Release --nologo -v q >/dev/null
dotnet "$root/benchmarks/Gongkai.Benchmarks/bin/Release/net10.0/Gongkai.Benchmarks.dll" ocr "${1:-4}"
