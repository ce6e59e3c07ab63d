import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hiddenSelectChoice, optionChildren, optionChoice } from '../../../../lib/page/layout/drawn-select';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Selects drawn by a script (linkedom; the browser tests read UI5, Fluent, Select2 and Tom Select
 * on real pages): the value the form submits is taken only when the words shown are the chosen
 * option's label.
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxSide: 20 });
  document = dom.document;
});
afterEach(() => dom.close());

/** A web component `tag` with light-DOM children `options` (test markup, no page data) and a shadow root. */
function drawnSelect(tag: string, options: string): Element {
  document.body.innerHTML = `<${tag} id="select">${options}</${tag}>`;
  const element = document.getElementById('select')!;
  element.attachShadow({ mode: 'open' }).innerHTML = '<div role="combobox">shown</div><div hidden><slot></slot></div>';
  return element;
}

describe('a web component drawing a select of its own options', () => {
  it('submits the value of the chosen option its shown words name (aria-selected, or a selected attribute)', () => {
    const fluent = drawnSelect('fluent-select', '<fluent-option value="VN" aria-selected="false">Vietnam</fluent-option><fluent-option value="DE" aria-selected="true">Alemania</fluent-option>');
    expect(optionChoice(optionChildren(fluent)!, 'Alemania')).toEqual({ value: 'DE', label: 'Alemania' });
    const ui5 = drawnSelect('ui5-select', '<ui5-option value="VN" selected>Vietnam</ui5-option><ui5-option value="DE">Alemania</ui5-option>');
    expect(optionChoice(optionChildren(ui5)!, 'Vietnam')).toEqual({ value: 'VN', label: 'Vietnam' });
  });

  it('takes the only option whose label is shown when the mark is stale or missing, and none when two share it', () => {
    const stale = drawnSelect('x-select', '<x-option value="VN" selected>Vietnam</x-option><x-option value="DE">Alemania</x-option>');
    expect(optionChoice(optionChildren(stale)!, 'Alemania')).toEqual({ value: 'DE', label: 'Alemania' });
    const twice = drawnSelect('x-select', '<div role="option" value="CN">China</div><div role="option" value="TW">China</div>');
    expect(optionChoice(optionChildren(twice)!, 'China')).toBeNull();
    expect(optionChoice(optionChildren(stale)!, 'Japón')).toBeNull();
  });

  it('is no select without options carrying a value, or without a shadow root', () => {
    expect(optionChildren(drawnSelect('x-list', '<x-option>Vietnam</x-option>'))).toBeNull();
    document.body.innerHTML = '<div id="plain"><div role="option" value="VN">Vietnam</div></div>';
    expect(optionChildren(document.getElementById('plain')!)).toBeNull();
  });
});

describe('a <select> hidden behind a widget', () => {
  // linkedom keeps no option state: the select's state as a browser gives it (the browser tests read real ones).
  function select(chosen: number): HTMLSelectElement {
    const options = [
      { value: 'VN', label: 'Vietnam' },
      { value: 'DE', label: ' Alemania ' },
    ];
    return { multiple: false, selectedIndex: chosen, options } as unknown as HTMLSelectElement;
  }

  it('submits its chosen value when the widget shows its label, a clear or open mark beside it', () => {
    const origin = select(1);
    expect(hiddenSelectChoice(origin, 'Alemania')).toEqual({ value: 'DE', label: 'Alemania' });
    expect(hiddenSelectChoice(origin, '× Alemania ▾')).toEqual({ value: 'DE', label: 'Alemania' });
  });

  it('is not read when the widget shows anything else: another label, or more words', () => {
    const origin = select(1);
    expect(hiddenSelectChoice(origin, 'Vietnam')).toBeNull();
    expect(hiddenSelectChoice(origin, '12 Alemania')).toBeNull();
    expect(hiddenSelectChoice(select(-1), 'Alemania')).toBeNull();
  });
});
