#!/usr/bin/env bash
# LibreOffice (Writer only, no GUI) and pdftotext for the DOCX tests: each Word document the reports make
# is opened by a real word processor, converted to PDF, and read back page by page.
set -euo pipefail
if command -v apt-get >/dev/null 2>&1; then
  apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils >/dev/null
fi
