#!/usr/bin/env bash
# Makes libreoffice-numbered.docx from libreoffice-numbered.fodt (a flat
# OpenDocument text whose 一、（一）1.（1） are a LibreOffice list style), as
# a second producer of automatic numbering beside python-docx: LibreOffice
# writes the Chinese levels as taiwaneseCountingThousand with suffix "nothing".
#   apt-get install libreoffice-writer && Tests/Fixtures/docx/make_libreoffice_numbered.sh
set -euo pipefail
cd "$(dirname "$0")"
soffice --headless --convert-to 'docx:MS Word 2007 XML' libreoffice-numbered.fodt >/dev/null
