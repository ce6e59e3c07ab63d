/**
 * Spreadsheet dates are day counts (serials) with the time of day as the fraction. They are
 * shown as ISO 8601, so no day/month order is ever guessed (see number-format.ts).
 */
const MS_PER_DAY = 86_400_000;

/** A date serial as ISO 8601: date, time, or both, as the format shows parts of each. */
export function isoDateTime(serial: number, codes: string, date1904: boolean): string {
  const showsDate = /[yd]/i.test(codes) || /m/i.test(codes.replace(/[hs][^a-z]*m+|m+[^a-z]*s/gi, ''));
  const showsTime = /[hs]/i.test(codes);
  // Excel's 1900 system counts 29 February 1900, which never was: serials from 61 on are one day
  // ahead of the true count from 1899-12-31.
  const days = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const seconds = Math.round((serial - days) * 86_400);
  const at = new Date(epoch + days * MS_PER_DAY + seconds * 1000);
  const iso = at.toISOString();
  const date = iso.slice(0, 10);
  const time = /s/i.test(codes) ? iso.slice(11, 19) : iso.slice(11, 16);
  if (showsDate && showsTime) return `${date} ${time}`;
  return showsTime ? time : date;
}
