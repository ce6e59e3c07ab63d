import { describe, expect, it } from 'vitest';
import { isLoadMoreName, readShownCount } from '../../../../lib/page/paging/load-more';

describe('load-more trigger names', () => {
  it.each([
    'More',
    'More [ 20 / 2000 ]',
    'Load more',
    'Show more…',
    'Load more ↓',
    'Weitere laden',
    'Mehr anzeigen',
    'Mehr laden',
    'Cargar más',
    'Mostrar más',
    'Ver más',
    'Afficher plus',
    'Charger plus',
    'Voir plus',
    'Carica altri',
    'Mostra altri',
    'Meer laden',
    'Toon meer',
    'Więcej',
    'Załaduj więcej',
    'Carregar mais',
    'Mostrar mais',
    'Visa fler',
    'Ladda fler',
    'もっと見る',
    '加载更多',
    '더 보기',
    // Fiori lets an app rename "More": its count still marks the trigger.
    'Nächste Positionen [40 / 300]',
  ])('"%s" is a load-more trigger', (name) => {
    expect(isLoadMoreName(name)).toBe(true);
  });

  it.each(['More filters', 'More actions', 'Next', 'Mehr Informationen', 'Export', 'Show less', '20 von 130 Positionen'])('"%s" is not', (name) => {
    expect(isLoadMoreName(name)).toBe(false);
  });
});

describe('the count of rows shown', () => {
  it.each([
    ['More [ 20 / 2000 ]', 20, 2000],
    ['[20/2000]', 20, 2000],
    ['Showing 20 of 2,000', 20, 2000],
    ['Showing 1 to 40 of 2,000 entries', 40, 2000],
    ['1–40 of 2000', 40, 2000],
    ['20 von 2.000 Positionen', 20, 2000],
    ['Mostrando 20 de 1.500 artículos', 20, 1500],
    ['20 sur 2\u202f000 lignes', 20, 2000],
    ['130 von 130 Positionen', 130, 130],
  ])('"%s" says %i of %i', (text, shown, total) => {
    expect(readShownCount(text)).toEqual({ shown, total });
  });

  it('a text without a count, or with more shown than there are, gives none', () => {
    expect(readShownCount('Weitere laden')).toBeNull();
    expect(readShownCount('Showing 40 of 20')).toBeNull();
    expect(readShownCount('Stand: 12/31/2026 · Lieferantenerklärung LE-2026-00417')).toBeNull();
    expect(readShownCount('Stand: 3/31/2026')).toBeNull();
    expect(readShownCount('Stand: 02.12.2026, 20 von 130 Positionen')).toEqual({ shown: 20, total: 130 });
  });
});
