/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in a grid of Lit components, as
 * design systems built on Lit draw one: the grid component keeps its header and its rows in its
 * own (open) shadow root, every line is a `<catalog-line>` component whose cells are drawn in
 * that line's own shadow root (nothing in its light DOM, no ARIA roles), and the lines are
 * virtualised by @lit-labs/virtualizer (only the lines in view exist, placed by transforms).
 * Bundled with esbuild when the browser tests start (test/e2e/fixture-bundles.ts).
 */
import { css, html, LitElement } from 'lit';
import '@lit-labs/virtualizer';

const fixture = globalThis.customsPreflightGridFixture;
const columns = fixture.widths.map((width) => `${width}px`).join(' ');

class CatalogLine extends LitElement {
  static properties = { cells: { attribute: false } };
  static styles = css`
    :host { display: grid; box-sizing: border-box; height: 34px; border-bottom: 1px solid #eee; background: #fff; }
    :host([heading]) { font-weight: bold; background: #eef; }
    .cell { box-sizing: border-box; padding: 8px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
  `;
  constructor() {
    super();
    this.cells = [];
  }
  render() {
    this.style.gridTemplateColumns = columns;
    return this.cells.map((cell) => html`<div class="cell">${cell}</div>`);
  }
}
customElements.define('catalog-line', CatalogLine);

class CatalogGrid extends LitElement {
  static properties = { records: { attribute: false } };
  static styles = css`
    :host { display: block; margin: 0 16px; border: 1px solid #ccd; }
    .frame { height: 560px; overflow: auto; }
    .head { position: sticky; top: 0; z-index: 1; }
    lit-virtualizer { width: max-content; }
  `;
  render() {
    const width = fixture.widths.reduce((sum, w) => sum + w, 0);
    return html`<div class="frame" id="frame">
      <catalog-line class="head" heading style="width:${width}px" .cells=${fixture.headers}></catalog-line>
      <lit-virtualizer .items=${this.records ?? []} .renderItem=${(record) => html`<catalog-line style="width:${width}px" .cells=${fixture.fields.map((field) => String(record[field]))}></catalog-line>`}></lit-virtualizer>
    </div>`;
  }
}
customElements.define('catalog-grid', CatalogGrid);

document.getElementById('grid').records = fixture.records;
