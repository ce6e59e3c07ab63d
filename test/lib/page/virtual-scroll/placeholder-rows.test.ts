import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GridSnapshot, RenderedRow } from '../../../../lib/page/layout/grid-snapshot';
import { GridCollector } from '../../../../lib/page/virtual-scroll/grid-collector';
import { rowContent } from '../../../../lib/page/virtual-scroll/placeholder-row';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Rows a lazy grid draws until its server answers: told from lines (placeholder-row.ts), never read
 * as lines of empty cells, read once when filled in place, and counted when never filled.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
});
afterEach(() => dom.close());

/** A row of two cells holding `cells` as markup (trusted test markup only). */
function row(cells: [string, string], number: number | null = null, rowClass = ''): RenderedRow {
  const element = dom.document.createElement('div');
  element.setAttribute('role', 'row');
  if (rowClass) element.className = rowClass;
  element.innerHTML = cells.map((cell) => `<div role="gridcell">${cell}</div>`).join('');
  dom.document.body.append(element);
  return { element, number, cells: new Map([...element.children].map((cell, i) => [i, cell])) };
}

describe('rowContent: a line, a row that says it is loading, or a blank row', () => {
  it('takes a row with a value in any cell for a line', () => {
    expect(rowContent(row(['', 'LT-00001']))).toBe('line');
    expect(rowContent(row(['1', '']))).toBe('line');
  });

  it('takes loading words, in the portals\u2019 languages, for a loading row', () => {
    for (const word of ['Loading...', 'Loading\u2026', 'Cargando', 'chargement en cours\u2026', '\u52a0\u8f7d\u4e2d', 'Wird geladen']) expect(rowContent(row([word, '']))).toBe('loading');
  });

  it('takes a row of no value with a skeleton, shimmer, progress bar or busy mark for a loading row', () => {
    expect(rowContent(row(['<div class="p-skeleton p-component"></div>', '<div class="p-skeleton"></div>']))).toBe('loading');
    expect(rowContent(row(['<span class="shimmer-bar"></span>', '']))).toBe('loading');
    expect(rowContent(row(['<div role="progressbar"></div>', '']))).toBe('loading');
    expect(rowContent(row(['', ''], null, 'ag-row ag-row-loading'))).toBe('loading');
    expect(rowContent(row(['<span aria-busy="true"></span>', '']))).toBe('loading');
  });

  it('takes a row of no value and no mark for a blank row, and a line with a marker class for a line all the same', () => {
    expect(rowContent(row(['', '']))).toBe('blank');
    expect(rowContent(row(['<span class="loading-dock">Dock 4</span>', '']))).toBe('line');
  });
});

function snapshot(rows: RenderedRow[]): GridSnapshot {
  return { headers: new Map([[0, { text: 'Line', element: null }], [1, { text: 'Part Number', element: null }]]), rows, headerRowIndex: 1, unindexedHeaderRows: 0, ownRows: 0, rowsDrawn: rows.length };
}

const line = (n: number): RenderedRow => row([String(n), `LT-${n}`], n);
const loading = (n: number): RenderedRow => row(['<div class="p-skeleton"></div>', '<div class="p-skeleton"></div>'], n);
const blank = (n: number): RenderedRow => row(['', ''], n);

describe('GridCollector: placeholders are waited for, not read', () => {
  it('reads no cell of a loading row, counts it as shown, and reads it once it is filled in place', () => {
    const collector = new GridCollector(null, null);
    collector.collect(snapshot([line(1), line(2), loading(3), loading(4)]), true);
    expect(collector.contiguousRows()).toBe(2);
    expect(collector.placeholdersShown()).toBe(2);
    expect(collector.highestRow()).toBe(4);
    expect(collector.loadsLazily()).toBe(true);
    collector.collect(snapshot([line(2), line(3), line(4)]), false);
    expect(collector.placeholdersShown()).toBe(0);
    expect(collector.contiguousRows()).toBe(4);
    expect(collector.rows(4)).toEqual([['1', 'LT-1'], ['2', 'LT-2'], ['3', 'LT-3'], ['4', 'LT-4']]);
    expect(collector.firstUnfilled()).toBeNull();
  });

  it('does not wait for a row read before that the grid shows as a placeholder again', () => {
    const collector = new GridCollector(null, null);
    collector.collect(snapshot([line(1), line(2)]), true);
    collector.collect(snapshot([loading(1), loading(2)]), true);
    expect(collector.placeholdersShown()).toBe(0);
    expect(collector.rows(2)).toEqual([['1', 'LT-1'], ['2', 'LT-2']]);
  });

  it('gives up on rows a lazy grid never fills: not read as empty lines, not waited for again, and the first of them told', () => {
    const collector = new GridCollector(null, null);
    collector.collect(snapshot([line(1), loading(2), loading(3)]), true);
    expect(collector.giveUpOnPlaceholders()).toBe(true);
    collector.collect(snapshot([loading(2), loading(3), line(4)]), false);
    expect(collector.placeholdersShown()).toBe(0);
    expect(collector.contiguousRows()).toBe(1);
    expect(collector.firstUnfilled()).toBe(2);
    // Filled at last, at a later look: read then, and no longer unfilled.
    collector.collect(snapshot([line(2)]), false);
    expect(collector.contiguousRows()).toBe(2);
    expect(collector.firstUnfilled()).toBe(3);
  });

  it('reads the blank rows of a grid not known to load lazily as blank rows once it gave up waiting, and does not count them', () => {
    const collector = new GridCollector(null, null);
    collector.collect(snapshot([line(1), blank(2), blank(3)]), true);
    expect(collector.placeholdersShown()).toBe(2);
    expect(collector.loadsLazily()).toBe(false);
    expect(collector.giveUpOnPlaceholders()).toBe(false);
    expect(collector.contiguousRows()).toBe(3);
    expect(collector.rows(3)).toEqual([['1', 'LT-1'], ['', ''], ['', '']]);
    expect(collector.firstUnfilled()).toBeNull();
    // Filled after all: read again.
    collector.collect(snapshot([line(2)]), false);
    expect(collector.rows(3)[1]).toEqual(['2', 'LT-2']);
  });
});
