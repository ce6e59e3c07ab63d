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
  // Names in the languages of the header words (Chinese, Japanese, Korean, Russian, Turkish…), and
  // symbols written alone in a currency column.
  美元: 'USD', 美金: 'USD', 人民币: 'CNY', 人民幣: 'CNY', 元: 'CNY', 欧元: 'EUR', 歐元: 'EUR', 日元: 'JPY', 日圆: 'JPY',
  円: 'JPY', 英镑: 'GBP', 港币: 'HKD', 港幣: 'HKD', 新台币: 'TWD', 新台幣: 'TWD', 韩元: 'KRW', 米ドル: 'USD', ドル: 'USD',
  ユーロ: 'EUR', 日本円: 'JPY', 달러: 'USD', 미화: 'USD', 원: 'KRW', 유로: 'EUR', 엔: 'JPY', 위안: 'CNY',
  'ДОЛЛАР США': 'USD', ДОЛЛАР: 'USD', ЕВРО: 'EUR', РУБЛЬ: 'RUB', РУБ: 'RUB', 'РУБ.': 'RUB', '₽': 'RUB',
  'ABD DOLARI': 'USD', DOLAR: 'USD', 'TÜRK LIRASI': 'TRY', TL: 'TRY', '₺': 'TRY', ZŁ: 'PLN', ZLOTY: 'PLN', '₩': 'KRW',
  'ĐỒNG': 'VND', VNĐ: 'VND', '₫': 'VND', RUPIAH: 'IDR', RP: 'IDR', BAHT: 'THB', '฿': 'THB', RINGGIT: 'MYR', RM: 'MYR',
};

export function guessCurrencyCode(text: string): string | undefined {
  return CURRENCY_ALIASES[text.trim().toUpperCase()];
}
