import currencyCodes from 'currency-codes';

/** ISO 4217 codes in current use, from the maintained `currency-codes` list. */
const ISO_4217 = new Set(currencyCodes.codes());

export function isCurrencyCode(code: string): boolean {
  return ISO_4217.has(code);
}

/** Names and symbols ERP exports write instead of the ISO code. */
const CURRENCY_ALIASES: Record<string, string> = {
  EURO: 'EUR', EUROS: 'EUR', '€': 'EUR', RMB: 'CNY', YUAN: 'CNY', RENMINBI: 'CNY', CNH: 'CNY',
  US: 'USD', $: 'USD', US$: 'USD', USDOLLAR: 'USD', DOLLAR: 'USD', DOLLARS: 'USD', 'US DOLLAR': 'USD',
  YEN: 'JPY', '¥': 'JPY', '£': 'GBP', POUND: 'GBP', STERLING: 'GBP', GBR: 'GBP', UKL: 'GBP',
  NTD: 'TWD', NT$: 'TWD', RUR: 'RUB', HK$: 'HKD', C$: 'CAD', CAN: 'CAD', A$: 'AUD', SFR: 'CHF',
  FRANKEN: 'CHF', RS: 'INR', RUPEE: 'INR', RUPEES: 'INR', WON: 'KRW', PESO: 'MXN', MXP: 'MXN',
};

export function guessCurrencyCode(text: string): string | undefined {
  return CURRENCY_ALIASES[text.trim().toUpperCase()];
}
