import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FoundTable } from '../../../../lib/page/discovery/discover-tables';
import { withoutHeaderCopies } from '../../../../lib/page/discovery/header-copies';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * TDesign's table with a sticky header draws, beside its one table (its <thead> sticky), a copy of
 * that header as a table of its own laid over it. Read apart, the copy was listed as a table of
 * the page, without a line: the catalog, the only one on the page, was "Table 2".
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
});
afterEach(() => dom.close());

const head = (words: string[]) => `<thead><tr>${words.map((word) => `<th>${word}</th>`).join('')}</tr></thead>`;
const body = (lines: string[][]) => `<tbody>${lines.map((line) => `<tr>${line.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody>`;
const HEADERS = ['Line', 'Part Number', 'HTS Code'];
const LINES = [['1', 'LT-00001', '8517.62.0090'], ['2', 'LT-00002', '8516.50.0000']];

function found(markup: string): FoundTable[] {
  dom.document.body.innerHTML = markup;
  return Array.from(dom.document.querySelectorAll('table'), (element) => ({ element, structure: 'html' as const, inFrame: false }));
}

const ids = (tables: FoundTable[]) => tables.map((table) => table.element.id);

describe('a copy of a table\'s header drawn as a table of its own', () => {
  it('is no table of the page', () => {
    const tables = found(`<div class="affixed"><table id="copy">${head(HEADERS)}</table></div><div class="content"><table id="lines">${head(HEADERS)}${body(LINES)}</table></div>`);
    expect(ids(withoutHeaderCopies(tables))).toEqual(['lines']);
  });

  it('leaves a header strip over a body table without a header of its own (split-header.ts joins them)', () => {
    const tables = found(`<table id="strip">${head(HEADERS)}</table><table id="body">${body(LINES)}</table>`);
    expect(ids(withoutHeaderCopies(tables))).toEqual(['strip', 'body']);
  });

  it('leaves a header-only table whose words head no table with lines', () => {
    const tables = found(`<table id="other">${head(['Shipment', 'Carrier', 'Port'])}</table><table id="lines">${head(HEADERS)}${body(LINES)}</table>`);
    expect(ids(withoutHeaderCopies(tables))).toEqual(['other', 'lines']);
  });

  it('leaves two tables with the same header and lines of their own (two shipments)', () => {
    const tables = found(`<table id="first">${head(HEADERS)}${body(LINES)}</table><table id="second">${head(HEADERS)}${body(LINES)}</table>`);
    expect(ids(withoutHeaderCopies(tables))).toEqual(['first', 'second']);
  });
});
