#!/bin/sh
# Convert the flat-ODF catalogs in this folder to .xlsx with LibreOffice, the second producer the
# workbook reader is tested on (the first, Excel-style, is built in test/support/workbook-builder.ts).
# Needs LibreOffice Calc (Debian: apt-get install libreoffice-calc-nogui). The produced workbooks are
# committed under test/fixtures/xlsx/, so tests never need LibreOffice; run this again after editing a .fods.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../test/fixtures/xlsx"
mkdir -p "$out"
# A private profile folder: a user's LibreOffice settings (or a running instance) cannot change the output.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for source in "$here"/*.fods; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$out" "$source"
done
ls -l "$out"
