#!/usr/bin/env bash
# Renders page 1 of a .docx to PNG with LibreOffice, the way docs/docx-page1.png
# was made. Needs: libreoffice-writer poppler-utils fonts-noto-cjk, and for
# serif and kai faces fonts-arphic-uming fonts-arphic-ukai.
# The GB fonts (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体) are not free; a private
# fontconfig file maps them to free look-alikes for this rendering only.
# Usage: docs/render-docx-page.sh report.docx out.png
set -euo pipefail
docx=$(realpath "$1"); out=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cat > "$work/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>AR PL UMing CN</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>AR PL UMing CN</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>AR PL UMing CN</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>AR PL UKai CN</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
XML
FONTCONFIG_FILE="$work/fonts.conf" soffice "-env:UserInstallation=file://$work/profile" \
  --headless --convert-to pdf --outdir "$work" "$docx" >/dev/null
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$work/$(basename "${docx%.*}").pdf" "${out%.png}"
