/**
 * Codes and spellings that are not ISO 3166-1 but whose meaning is certain: the UK writes
 * "UK" for GB, the EU writes "EL" for Greece, and ERP free text writes "U.S.A".
 */
export const KNOWN_MISTAKES: Record<string, string> = {
  uk: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'u k': 'GB', britain: 'GB',
  el: 'GR', usa: 'US', 'u s a': 'US', 'u s': 'US', america: 'US', 'united states': 'US',
  prc: 'CN', 'p r china': 'CN', 'p r c': 'CN', 'china mainland': 'CN', 'mainland china': 'CN',
  holland: 'NL', korea: 'KR', 'south korea': 'KR', 'republic of korea': 'KR', 'north korea': 'KP',
  russia: 'RU', vietnam: 'VN', 'viet nam': 'VN', taiwan: 'TW', 'hong kong': 'HK', iran: 'IR',
  syria: 'SY', turkey: 'TR', turkiye: 'TR', 'czech republic': 'CZ', czechia: 'CZ', macau: 'MO',
  deutschland: 'DE', brd: 'DE', 'the netherlands': 'NL', 'ivory coast': 'CI', 'cote d ivoire': 'CI',
  laos: 'LA', moldova: 'MD', tanzania: 'TZ', bolivia: 'BO', venezuela: 'VE', kosovo: 'XK',
};
