import { foldAccents, UNSPACED_SCRIPT } from '../values/text';

/**
 * Header words of the languages written without spaces between words — Chinese (simplified and
 * traditional), Japanese, Korean and Thai — each with the English concepts of word-concepts.ts it
 * stands for. Suppliers in China, Taiwan, Japan and Korea export their catalogs with headers like
 * "料号 品名 商品编码 原产国 数量 单价 金额 币制 净重 毛重": with no spaces to split on, a header is
 * cut into the longest known words from its start (readUnspaced), so "原产国" and "原产地" and
 * "海关编码" need no entry of their own beyond their parts. Some words are listed whole because
 * their parts would mislead: "商品编码" is the Chinese customs code (HS), while Japanese
 * "商品コード" is the seller's product code.
 */
export const UNSPACED_WORDS: Record<string, string> = {
  // Part numbers and their parts.
  料号: 'part number', 料號: 'part number', 品号: 'item number', 品號: 'item number', 货号: 'article number', 貨號: 'article number',
  物料: 'material', 型号: 'style number', 型號: 'style number', 型番: 'style number', 品番: 'part number', 部品: 'part',
  品目: 'item', 产品: 'product', 產品: 'product', 商品: 'product', 製品: 'product', 编号: 'number', 編號: 'number',
  编码: 'code', 編碼: 'code', 代码: 'code', 代碼: 'code', 番号: 'number', コード: 'code',
  품번: 'part number', 품목: 'item', 제품: 'product', 상품: 'product', 부품: 'part', 코드: 'code', 번호: 'number',
  // Descriptions.
  品名: 'product name', 名称: 'name', 名稱: 'name', 描述: 'description', 说明: 'description', 說明: 'description',
  説明: 'description', 摘要: 'description', 货物: 'goods', 貨物: 'goods', 物品: 'goods', 품명: 'product name',
  명칭: 'name', 설명: 'description', 물품: 'goods', 商品名: 'product name', 상품명: 'product name', 제품명: 'product name',
  // Tariff codes.
  商品编码: 'hs code', 商品編碼: 'hs code', 商品编号: 'hs number', 商品編號: 'hs number', 海关: 'customs', 海關: 'customs',
  税则: 'tariff', 稅則: 'tariff', 税号: 'tariff number', 稅號: 'tariff number', 关税: 'tariff', 關稅: 'tariff', 関税: 'tariff',
  税番: 'tariff number', 統計: 'statistical', 统计: 'statistical', 세번: 'tariff number', 관세: 'tariff', 부호: 'code',
  // Origin.
  原产国: 'country origin', 原產國: 'country origin', 原産国: 'country origin', 原产: 'origin', 原產: 'origin', 原産: 'origin',
  产地: 'origin', 產地: 'origin', 生産国: 'country origin', 国家: 'country', 國家: 'country', 国别: 'country', 國別: 'country',
  国: 'country', 國: 'country', 원산지: 'origin', 원산국: 'country origin', 생산국: 'country origin', 국가: 'country', 나라: 'country',
  // Quantity and unit.
  数量: 'quantity', 數量: 'quantity', 件数: 'count', 个数: 'count', 個數: 'count', 個数: 'count', 수량: 'quantity',
  单位: 'unit', 單位: 'unit', 単位: 'unit', 计量: 'measure', 計量: 'measure', 단위: 'unit',
  // Values and currency.
  单价: 'unit price', 單價: 'unit price', 単価: 'unit price', 단가: 'unit price', 价格: 'price', 價格: 'price', 価格: 'price',
  가격: 'price', 总价: 'total price', 總價: 'total price', 金额: 'amount', 金額: 'amount', 合计: 'total', 合計: 'total',
  总: 'total', 總: 'total', 价值: 'value', 價值: 'value', 금액: 'amount', 총액: 'total amount', 합계: 'total',
  币制: 'currency', 幣制: 'currency', 币种: 'currency', 幣種: 'currency', 币别: 'currency', 幣別: 'currency',
  货币: 'currency', 貨幣: 'currency', 通貨: 'currency', 통화: 'currency', 화폐: 'currency',
  // Weights.
  重量: 'weight', 净重: 'net weight', 淨重: 'net weight', 毛重: 'gross weight', 正味: 'net', 純重量: 'net weight',
  総重量: 'gross weight', 总重量: 'gross weight', 總重量: 'gross weight', グロス: 'gross', ネット: 'net', 중량: 'weight',
  순중량: 'net weight', 총중량: 'gross weight',
  // Manufacturer, supplier, address, city.
  生产商: 'manufacturer', 生產商: 'manufacturer', 制造商: 'manufacturer', 製造商: 'manufacturer', 生产厂家: 'manufacturer',
  生產廠家: 'manufacturer', 厂商: 'manufacturer', 廠商: 'manufacturer', 厂家: 'manufacturer', 廠家: 'manufacturer',
  メーカー: 'manufacturer', メーカ: 'manufacturer', 製造者: 'manufacturer', 製造元: 'manufacturer', 製造業者: 'manufacturer',
  제조사: 'manufacturer', 제조업체: 'manufacturer', 제조자: 'manufacturer', 供应商: 'supplier', 供應商: 'supplier',
  供货商: 'supplier', 仕入先: 'supplier', サプライヤー: 'supplier', 공급업체: 'supplier', 공급자: 'supplier', 공급사: 'supplier',
  地址: 'address', 住所: 'address', 所在地: 'address', 주소: 'address', 城市: 'city', 都市: 'city', 도시: 'city',
  // Terms of sale, importer, line numbers.
  成交方式: 'terms sale', 引渡条件: 'delivery terms', 인도조건: 'delivery terms', 进口商: 'importer', 進口商: 'importer',
  輸入者: 'importer', 수입자: 'importer', 序号: 'line', 序號: 'line', 项号: 'line', 項號: 'line', 行号: 'line number',
  行番号: 'line number', 순번: 'line',
  // Thai (its vowels and tone marks are part of the word: see normalizeWords).
  รหัส: 'code', สินค้า: 'goods', รหัสสินค้า: 'product code', ชื่อสินค้า: 'product name', รายการ: 'item', รายละเอียด: 'description', ชื่อ: 'name', พิกัด: 'tariff',
  พิกัดศุลกากร: 'customs tariff', ศุลกากร: 'customs', ประเทศ: 'country', กำเนิด: 'origin', แหล่งกำเนิด: 'origin',
  จำนวน: 'quantity', หน่วย: 'unit', ราคา: 'price', ต่อ: '', มูลค่า: 'value', รวม: 'total', สกุลเงิน: 'currency',
  น้ำหนัก: 'weight', สุทธิ: 'net', ผู้ผลิต: 'manufacturer', ผู้จำหน่าย: 'supplier', ที่อยู่: 'address', เมือง: 'city',
  ลำดับ: 'line', เลขที่: 'number',
  // Words that join others and mean nothing in a header ("货物的名称", "原産国の名称").
  的: '', の: '', 之: '',
};

/** Letters of scripts written without spaces; "ー" (the kana length mark) belongs to them too. */
export const UNSPACED_LETTER = new RegExp(`[${UNSPACED_SCRIPT}\\u30fc]`, 'u');

/** The dictionary as headers are compared: folded the same way (Korean and kana voicing recomposed). */
const DICTIONARY = new Map(Object.entries(UNSPACED_WORDS).map(([word, concepts]) => [foldAccents(word), concepts ? concepts.split(' ') : []]));
const LONGEST = Math.max(...[...DICTIONARY.keys()].map((word) => word.length));

/**
 * The concepts of a run of unspaced letters, cut into the longest known words from its start;
 * letters that make no known word stay together as one unknown word, as an unknown Latin word does.
 */
export function readUnspaced(token: string): string[] {
  const concepts: string[] = [];
  let unknown = '';
  for (let start = 0; start < token.length; ) {
    let length = Math.min(LONGEST, token.length - start);
    while (length > 0 && !DICTIONARY.has(token.slice(start, start + length))) length--;
    if (length === 0) {
      unknown += token[start];
      start++;
      continue;
    }
    if (unknown) concepts.push(unknown);
    unknown = '';
    concepts.push(...DICTIONARY.get(token.slice(start, start + length))!);
    start += length;
  }
  if (unknown) concepts.push(unknown);
  return concepts;
}
