/*
 * Customs Preflight test fixture: invoice lines in a table whose cells are web-component form
 * controls, as ERP screens built on SAP Fiori (UI5 Web Components) or Microsoft Fluent show them:
 * each control draws its value in its own shadow root. The origin is a drawn select whose options
 * are the control's light-DOM children: it shows the Spanish country name and its value (what the
 * form submits) is the option's `value`, the ISO code. `?kit=fluent` draws the same lines with
 * Fluent UI's FAST-based controls, `?kit=shoelace` with Shoelace's (sl-select draws its chosen
 * option's label in a read-only input of its shadow root). Values are set as properties after the
 * first render, as an app fills a form from its state. Bundled with esbuild when the browser tests start.
 */
import '@ui5/webcomponents/dist/Input.js';
import '@ui5/webcomponents/dist/Select.js';
import '@ui5/webcomponents/dist/Option.js';
import '@ui5/webcomponents/dist/TextArea.js';
import {
  fluentOption, fluentSelect, fluentTextArea, fluentTextField, provideFluentDesignSystem,
} from '@fluentui/web-components';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';

const { headers, rows } = globalThis.customsPreflightCatalogLines({ rows: 30, seedEvery: 3 });
const SPANISH = { CN: 'China', VN: 'Vietnam', DE: 'Alemania', TR: 'Turquía', IN: 'India', CO: 'Colombia', TW: 'Taiwán', MY: 'Malasia', PT: 'Portugal', JP: 'Japón', ES: 'España' };
const ORIGINS = [...new Set(rows.map((cells) => cells[4]))];
const kit = new URLSearchParams(location.search).get('kit') ?? 'ui5';
const fluent = kit === 'fluent';
if (fluent) provideFluentDesignSystem().register(fluentOption(), fluentSelect(), fluentTextArea(), fluentTextField());
/** Each kit's tag for a select, its option, a text area and a text field. */
const TAGS = {
  ui5: ['ui5-select', 'ui5-option', 'ui5-textarea', 'ui5-input'],
  fluent: ['fluent-select', 'fluent-option', 'fluent-text-area', 'fluent-text-field'],
  shoelace: ['sl-select', 'sl-option', 'sl-textarea', 'sl-input'],
};
const [SELECT, OPTION, TEXT_AREA, TEXT_FIELD] = TAGS[kit] ?? TAGS.ui5;

const ORIGIN = 4;
const DESCRIPTION = 2;

function control(column, value) {
  if (column === ORIGIN) {
    const select = document.createElement(SELECT);
    for (const code of ORIGINS) {
      const option = document.createElement(OPTION);
      option.setAttribute('value', code);
      option.textContent = SPANISH[code] ?? code;
      select.appendChild(option);
    }
    return select;
  }
  if (column === DESCRIPTION) return document.createElement(TEXT_AREA);
  return document.createElement(TEXT_FIELD);
}

const table = document.getElementById('lines');
const head = table.createTHead().insertRow();
for (const header of headers) {
  const th = document.createElement('th');
  th.textContent = header;
  head.appendChild(th);
}
const body = table.createTBody();
const controls = rows.map((cells) => {
  const tr = body.insertRow();
  return cells.map((value, column) => {
    const td = tr.insertCell();
    if (column === 0) {
      td.textContent = value;
      return null;
    }
    const element = control(column, value);
    td.appendChild(element);
    return element;
  });
});

// The app fills the form from its state once the controls are defined, as a user would pick and type.
customElements.whenDefined(SELECT).then(() => requestAnimationFrame(() => {
  rows.forEach((cells, r) => cells.forEach((value, column) => {
    const element = controls[r][column];
    if (element) element.value = value;
  }));
  document.body.dataset.ready = 'true';
}));
