// A workbook is known by its first bytes, whatever the file is called: before deciding to load the
// workbook reader (and its zip inflater) at all.

/** Zip files start with "PK\x03\x04"; every .xlsx (and .xlsm) is one. */
export function isZipFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Excel 97–2003 .xls (and password-protected .xlsx) are OLE compound files, not zips. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
