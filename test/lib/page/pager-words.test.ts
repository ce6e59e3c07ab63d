import { describe, expect, it } from 'vitest';
import { classNamesDirection, guillemetFor, namesDirection, readItemCount, readItemsInPages, readPageAlone, readPageOf, readRange, withoutPageOf } from '../../../lib/page/paging/pager-words';

describe('pager controls named in the languages portals use', () => {
  it.each([
    'Next', 'Go to next page', 'Next Page', '›', '>', 'Siguiente', 'Weiter »', 'Nächste', 'Suivant', 'Page suivante', 'Successivo',
    'Volgende', 'Następna', 'Próximo', 'Nästa', 'Næste', 'Další', 'Következő', 'Следующая', '次へ', '下一页', '다음',
    'İleri', 'Trang tiếp', 'ถัดไป', 'Seterusnya', 'अगला', 'Sljedeća', 'Siguiente página', 'الصفحة التالية', 'chevron_right', 'navigate_next',
  ])('"%s" moves to the next page', (name) => {
    expect(namesDirection(name, 'next')).toBe(true);
    expect(namesDirection(name, 'previous')).toBe(false);
  });

  it.each(['Previous', 'Go to previous page', '‹', '<', 'Anterior', '« Zurück', 'Précédent', 'Precedente', 'Vorige', 'Poprzednia', 'Föregående', 'Předchozí', 'Предыдущая', '前へ', '上一页', '이전', 'Geri', 'ก่อนหน้า', 'पिछला', 'Prethodna'])(
    '"%s" moves to the previous page',
    (name) => {
      expect(namesDirection(name, 'previous')).toBe(true);
      expect(namesDirection(name, 'next')).toBe(false);
    },
  );

  it('does not take the first, last or a page number, nor a sentence that merely contains the word, for Next or Previous', () => {
    for (const name of ['Last', 'Último', 'Letzte', '»»', '3', 'Next steps for your entry', 'First', '«']) {
      expect(namesDirection(name, 'next'), name).toBe(false);
      expect(namesDirection(name, 'previous'), name).toBe(false);
    }
  });

  it('takes a lone guillemet only as the weaker sign', () => {
    expect(guillemetFor('»', 'next')).toBe(true);
    expect(guillemetFor('«', 'previous')).toBe(true);
    expect(guillemetFor('»»', 'next')).toBe(false);
  });

  it('reads the direction of icon-only controls from their classes', () => {
    expect(classNamesDirection('btn-next', 'next')).toBe(true);
    expect(classNamesDirection('dt-paging-button next', 'next')).toBe(true);
    expect(classNamesDirection('p-paginator-prev p-paginator-element', 'previous')).toBe(true);
    expect(classNamesDirection('page-item previous disabled', 'previous')).toBe(true);
    expect(classNamesDirection('nextgen-button', 'next')).toBe(false);
    expect(classNamesDirection('btn-last', 'next')).toBe(false);
  });
});

describe('pager status lines read by their numbers, whatever the language', () => {
  it.each([
    ['Showing 51 to 75 of 1,998 entries (filtered from 2,000 total entries)', 51, 75, 1998, 2000],
    ['Mostrando 51 a 75 de 1.998 registros (filtrado de un total de 2.000 registros)', 51, 75, 1998, 2000],
    ['Zeige 26 bis 50 von 1.998 Einträgen (gefiltert von 2.000 Einträgen)', 26, 50, 1998, 2000],
    ['Affichage de l\'élément 26 à 50 sur 2\u202f000 éléments', 26, 50, 2000, null],
    ['Risultati da 1 a 25 di 2.000 elementi', 1, 25, 2000, null],
    ['แสดง 26 ถึง 50 จาก 2,000 รายการ', 26, 50, 2000, null],
    ['총 2,000건 중 26-50', 26, 50, 2000, null],
    ['2,000개 중 26-50', 26, 50, 2000, null],
    ['Visar 1 till 25 av totalt 2 000 rader', 1, 25, 2000, null],
    ['Zobrazuji 1 až 25 z celkem 2 000 záznamů', 1, 25, 2000, null],
    ['Записи с 1 до 25 из 2000 записей', 1, 25, 2000, null],
    ['显示第 26 至 50 项结果，共 2,000 项', 26, 50, 2000, null],
    ['1–100 of 2,000', 1, 100, 2000, null],
    ['Rows per page: 100 101–200 of 2,000', 101, 200, 2000, null],
    ['2.000 kayıttan 51 - 75 arasındaki kayıtlar gösteriliyor', 51, 75, 2000, null],
    ['2,000 件中 51 から 75 まで表示', 51, 75, 2000, null],
    // Title case and capitals, as some portals write their status lines.
    ['Showing 11 To 20 Of 57 Entries', 11, 20, 57, null],
    ['SHOWING 1 TO 25 OF 2,000 LINES', 1, 25, 2000, null],
    ['Zeige 26 Bis 50 Von 2.000', 26, 50, 2000, null],
    ['Registros Del 1 Al 25 De Un Total De 2.000', 1, 25, 2000, null],
    // Range words longer than five letters, and Portuguese in capitals.
    ['Showing 1 through 25 of 2,000 entries', 1, 25, 2000, null],
    ['Showing 26 Through 50 Of 2,000 Entries', 26, 50, 2000, null],
    ['MOSTRANDO DE 1 ATÉ 10 DE 57 REGISTROS', 1, 10, 57, null],
    ['Lignes 1 jusqu’à 25 sur 2 000', 1, 25, 2000, null],
    // jqGrid: its page in a box (no text), then a capitalised word: "40 View 51" is no range.
    ['Loading... Page of 40 View 51 - 100 of 2,000', 51, 100, 2000, null],
    ['Página de 40 Ver 51 - 100 de 2.000', 51, 100, 2000, null],
    ['Seite von 40 Zeige 51 - 100 von 2.000', 51, 100, 2000, null],
  ])('%s', (text, first, last, total, unfiltered) => {
    expect(readRange(text)).toEqual({ first, last, total, unfiltered });
  });

  it('reads an empty table\'s line and refuses numbers that are no range', () => {
    expect(readRange('Mostrando 0 a 0 de 0 registros')).toEqual({ first: 0, last: 0, total: 0, unfiltered: null });
    expect(readRange('Order 4711 of 12 May 2026')).toBeNull();
    expect(readRange('1 2 3 4 5')).toBeNull();
    expect(readRange('Page 2 of 5')).toBeNull();
  });

  it.each([
    ['Page 2 of 5', 2, 5],
    ['Página 3 de 80', 3, 80],
    ['Seite 2 von 5', 2, 5],
    ['Pagina 4 di 9', 4, 9],
    ['Strona 2 z 5', 2, 5],
    ['Page 2/5', 2, 5],
    ['第 2 页 共 80 页', 2, 80],
    ['第2/80页', 2, 80],
    ['第 5 共80页', 5, 80],
    ['第 3 頁，共 12 頁', 3, 12],
    ['2 / 80 ページ', 2, 80],
    ['80ページ中 2ページ目', 2, 80],
    ['2 / 80 페이지', 2, 80],
    ['Trang 2 / 80', 2, 80],
  ])('%s', (text, page, pages) => {
    expect(readPageOf(text)).toEqual({ page, pages });
  });

  it('reads the range of a Chinese pager\'s line once its page is taken out ("第 5 共80页 显示101到125,共2000记录", jQuery EasyUI)', () => {
    const text = '第 5 共80页 显示101到125,共2000记录';
    expect(readPageOf(text)).toEqual({ page: 5, pages: 80 });
    expect(readRange(withoutPageOf(text))).toEqual({ first: 101, last: 125, total: 2000, unfiltered: null });
    // Its page number alone in a box nothing reads: the count of pages is still no range.
    expect(readRange('5 共80页 显示101到125,共2000记录')).toEqual({ first: 101, last: 125, total: 2000, unfiltered: null });
  });
});

/** Telerik RadGrid's pager counts its rows and pages in words. */
describe('readItemCount', () => {
  it('reads the rows a pager counts in parentheses ("Page 1 of 12 (300 items)", DevExpress)', () => {
    expect(readItemCount('Page 1 of 12 (300 items)')).toBe(300);
    expect(readItemCount('Seite 1 von 80 (2.000 Einträge)')).toBe(2000);
    expect(readItemCount('Página 2 de 12 (300 registros)')).toBe(300);
  });

  it('reads no other parentheses', () => {
    expect(readItemCount('Page 1 of 12 (filtered)')).toBeNull();
    expect(readItemCount('Entry 4711 (300 kg)')).toBeNull();
  });
});

describe('readItemsInPages', () => {
  it('reads "300 items in 12 pages", with separators and other nouns', () => {
    expect(readItemsInPages('Page size: 25 \u00a0300 items in 12 pages')).toEqual({ total: 300, pages: 12 });
    expect(readItemsInPages('12,500 records in 500 pages')).toEqual({ total: 12_500, pages: 500 });
    expect(readItemsInPages('1 item in 1 page')).toEqual({ total: 1, pages: 1 });
  });

  it('reads it in the portals\' languages (Telerik\'s translations)', () => {
    expect(readItemsInPages('300 Elemente auf 12 Seiten')).toEqual({ total: 300, pages: 12 });
    expect(readItemsInPages('2.000 elementos en 80 páginas')).toEqual({ total: 2000, pages: 80 });
    expect(readItemsInPages('300 éléments dans 12 pages')).toEqual({ total: 300, pages: 12 });
    expect(readItemsInPages('300 elementi in 12 pagine')).toEqual({ total: 300, pages: 12 });
  });

  it('reads no other words, nor fewer rows than pages', () => {
    expect(readItemsInPages('Page 3 of 12')).toBeNull();
    expect(readItemsInPages('3 items in 12 pages')).toBeNull();
  });
});

/** A pager of a server that does not count its rows says only the page shown (Carbon's "page 2"). */
describe('readPageAlone', () => {
  it.each([
    ['1–25 items page 1', 1],
    ['26–50 items  page 2', 2],
    ['Seite 3', 3],
    ['Página 12', 12],
    ['第 4 页', 4],
    ['Trang 5', 5],
  ])('%s', (text, page) => {
    expect(readPageAlone(text)).toBe(page);
  });

  it('reads no count of pages, page size, word that only ends in "page", nor two pages', () => {
    expect(readPageAlone('Page 2 of 5')).toBeNull();
    expect(readPageAlone('Seite 2 von 5')).toBeNull();
    expect(readPageAlone('Rows per page 25')).toBeNull();
    expect(readPageAlone('Zeilen pro Seite 25')).toBeNull();
    expect(readPageAlone('homepage 2')).toBeNull();
    expect(readPageAlone('page 2 … page 3')).toBeNull();
    expect(readPageAlone('25 items')).toBeNull();
    expect(readPageAlone('第 4 页 共 80 页')).toBeNull();
    expect(readPageAlone('第4/80页')).toBeNull();
  });
});
