/**
 * The request a server-paged pager's control makes when pressed, worked out from the page without
 * running it: a link's address; a form's submit button's post (the form's fields and the button's
 * own, as the browser would send them); or a postback link's post, for the script every ASP.NET
 * Web Forms page carries (`__doPostBack(target, argument)` writes which control was pressed into
 * the form's __EVENTTARGET and __EVENTARGUMENT fields and submits the form), and for JSF's command
 * links (Mojarra and MyFaces add the link's parameters to the form's fields and submit it), and for
 * a button whose script sets the page's location. Pages read out of sight run no script
 * (pages-by-address.ts), so a script's request can only be known this way; any other script is
 * not guessed at (null: the caller says the page could not be read).
 */

import { addressOfDocument } from './fetched-page';
import { chooserOf } from './page-chooser';

export type PageRequest = { url: string; method: 'GET' } | { url: string; method: 'POST'; fields: [string, string][] };

/** `__doPostBack('target', 'argument')`, in a link's address or a button's onclick (quoted with ' or ", or &quot; undone by the parser). */
const DO_POST_BACK = /__doPostBack\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*,\s*(['"])((?:\\.|(?!\3).)*)\3\s*\)/;
/** `WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions("target", "argument", validate, group, actionUrl, …))`. */
const POST_BACK_OPTIONS = /WebForm_PostBackOptions\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*,\s*(['"])((?:\\.|(?!\3).)*)\3\s*,[^,]*,\s*(['"])(?:\\.|(?!\5).)*\5\s*,\s*(['"])((?:\\.|(?!\6).)*)\6/;

/** Mojarra's command link (JSF): `mojarra.jsfcljs(document.getElementById('form'), {'form:next': 'form:next'}, '')`, or `cljs`, or 1.2's bare `jsfcljs`. */
const MOJARRA = /\b(?:jsfcljs|cljs)\(\s*document\.getElementById\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*\)\s*,\s*\{([^}]*)\}/;
/** MyFaces' command link (JSF): `myfaces.oam.submitForm('form', 'form:next', target, [['name', 'value'], …])`. */
const MYFACES = /myfaces\.oam\.submitForm\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*,\s*(['"])((?:\\.|(?!\3).)*)\3([^)]*)\)/;
/** `'name': 'value'` or `['name', 'value']`: the parameters a command link adds to its form's post. */
const PARAMETER = /(['"])((?:\\.|(?!\1).)*)\1\s*[:,]\s*(['"])((?:\\.|(?!\3).)*)\3/g;

/** A string literal (quotes included), its quote captured in the group named `quote`. */
const literal = (quote: string): string => String.raw`(?<${quote}>['"])(?:\\.|(?!\k<${quote}>).)*\k<${quote}>`;
/** A script setting the page's location: `location =`, `location.href =`, `location.assign(`, `location.replace(`. */
const SETS_LOCATION = String.raw`\blocation(?:\.href)?\s*(?:=\s*|\.(?:assign|replace)\(\s*)`;

/**
 * A script that loads another address: `location.href = '…'`, `window.location = '…'`,
 * `location.assign('…')` or `.replace('…')` (a hand-written portal's pager buttons, a row of
 * `<button onclick="location.href='list.php?page=4'">`). Not a literal the script adds to
 * (`'list.php?page=' + next`): that address is not all written there.
 */
const LOCATION_CHANGE = new RegExp(String.raw`${SETS_LOCATION}(?<address>${literal('quote')})(?!\s*\+)`);

/** The address a script sets the page's location to (as written: relative to the page), or null. */
export function addressSetBy(script: string): string | null {
  const address = LOCATION_CHANGE.exec(script)?.groups!.address;
  return address === undefined ? null : unescaped(address.slice(1, -1));
}

/** A JavaScript string literal's text, its escapes undone (`\'` → `'`). */
const unescaped = (literal: string): string => literal.replace(/\\(.)/g, '$1');

/** The same origin as the page's: a page read out of sight is read only from the user's own site. */
function onSite(url: URL, doc: Document): boolean {
  return /^(https?|file):$/.test(url.protocol) && url.origin === new URL(addressOfDocument(doc)).origin;
}

/** The fields a form sends, with `submitter`'s own: a file field sends its file's name, as a form posted without multipart does. */
function fieldsOf(form: HTMLFormElement, submitter: HTMLElement | null): [string, string][] {
  const data = submitter ? new FormData(form, submitter) : new FormData(form);
  return Array.from(data, ([name, value]) => [name, typeof value === 'string' ? value : value.name]);
}

function withField(fields: [string, string][], name: string, value: string): [string, string][] {
  const kept = fields.filter(([field]) => field !== name);
  return [...kept, [name, value]];
}

/** The form a postback script submits: the control's own, or the page's form that has the postback fields. */
function postBackForm(control: HTMLElement): HTMLFormElement | null {
  const own = control.closest('form');
  if (own) return own;
  const field = control.ownerDocument.querySelector('input[name="__EVENTTARGET"]') as HTMLInputElement | null;
  return field?.form ?? null;
}

/** What a postback script posts: the control pressed, its argument, and the address it posts to when not the form's own. */
export interface PostBackCall {
  target: string;
  argument: string;
  actionUrl: string;
}

/** The postback a script makes (`__doPostBack` or `WebForm_DoPostBackWithOptions`), or null for any other script. */
export function postBackCall(script: string): PostBackCall | null {
  const options = POST_BACK_OPTIONS.exec(script);
  if (options) return { target: unescaped(options[2]!), argument: unescaped(options[4]!), actionUrl: unescaped(options[7]!) };
  const plain = DO_POST_BACK.exec(script);
  return plain ? { target: unescaped(plain[2]!), argument: unescaped(plain[4]!), actionUrl: '' } : null;
}

/** The post a postback script makes; `choice` a field set before it (a page chooser's new value). */
function postBackRequest(control: HTMLElement, script: string, choice?: [string, string]): PageRequest | null {
  const call = postBackCall(script);
  const form = call && postBackForm(control);
  if (!call || !form) return null;
  const url = new URL(call.actionUrl || form.getAttribute('action') || addressOfDocument(control.ownerDocument), control.ownerDocument.baseURI);
  if (!onSite(url, control.ownerDocument)) return null;
  let fields = fieldsOf(form, null);
  if (choice) fields = withField(fields, ...choice);
  fields = withField(fields, '__EVENTTARGET', call.target);
  fields = withField(fields, '__EVENTARGUMENT', call.argument);
  return { url: url.href, method: 'POST', fields };
}

/** What a JSF command link posts: its form (by id) and the fields it adds to the form's own. */
export interface CommandLinkCall {
  formId: string;
  fields: [string, string][];
}

/**
 * The post a JSF command link's script makes (Mojarra's jsfcljs: the parameters it adds as
 * hidden fields; MyFaces' submitForm: the link's id in the form's `<form>:_idcl` field, and its
 * parameters), or null for any other script.
 */
export function commandLinkCall(script: string): CommandLinkCall | null {
  const parameters = (text: string): [string, string][] => Array.from(text.matchAll(PARAMETER), (found) => [unescaped(found[2]!), unescaped(found[4]!)]);
  const mojarra = MOJARRA.exec(script);
  if (mojarra) return { formId: unescaped(mojarra[2]!), fields: parameters(mojarra[3]!) };
  const myFaces = MYFACES.exec(script);
  if (!myFaces) return null;
  const formId = unescaped(myFaces[2]!);
  return { formId, fields: [[`${formId}:_idcl`, unescaped(myFaces[4]!)], ...parameters(myFaces[5]!)] };
}

function commandLinkRequest(control: HTMLElement, script: string): PageRequest | null {
  const call = commandLinkCall(script);
  const form = call && control.ownerDocument.getElementById(call.formId);
  if (!call || form?.localName !== 'form') return null;
  const url = new URL(form.getAttribute('action') || addressOfDocument(control.ownerDocument), control.ownerDocument.baseURI);
  if (!onSite(url, control.ownerDocument)) return null;
  let fields = fieldsOf(form as HTMLFormElement, null);
  for (const [name, value] of call.fields) fields = withField(fields, name, value);
  return { url: url.href, method: 'POST', fields };
}

/** A form's submit button: `<input type="submit">`, an image button, a `<button>` of type submit (the default). */
function isSubmitButton(control: HTMLElement): control is HTMLInputElement | HTMLButtonElement {
  const type = (control.getAttribute('type') ?? '').toLowerCase();
  if (control.localName === 'input') return type === 'submit' || type === 'image';
  return control.localName === 'button' && (type === '' || type === 'submit');
}

function submitRequest(button: HTMLInputElement | HTMLButtonElement): PageRequest | null {
  return button.form ? formRequest(button.form, button) : null;
}

/** What submitting the form sends, by `submitter` (a button, whose own name and action count) or by a script. */
function formRequest(form: HTMLFormElement, submitter: HTMLInputElement | HTMLButtonElement | null, choice?: [string, string]): PageRequest | null {
  const doc = form.ownerDocument;
  const action = submitter?.getAttribute('formaction') ?? form.getAttribute('action') ?? '';
  const url = new URL(action || addressOfDocument(doc), doc.baseURI);
  if (!onSite(url, doc)) return null;
  const method = (submitter?.getAttribute('formmethod') ?? form.getAttribute('method') ?? 'get').toLowerCase();
  let fields = fieldsOf(form, submitter);
  if (choice) fields = withField(fields, ...choice);
  if (method === 'post') return { url: url.href, method: 'POST', fields };
  if (method !== 'get') return null;
  // A form that gets puts its fields in the address, in place of any query the action had.
  url.search = new URLSearchParams(fields).toString();
  return { url: url.href, method: 'GET' };
}

/** A postback script, whether or not its call can be read. */
const ANY_POSTBACK = /__doPostBack|WebForm_DoPostBackWithOptions/;

/** A link whose address is a postback script (`javascript:__doPostBack(…)`): pressed, it posts the page's form. */
export function isPostBackLink(control: HTMLElement): boolean {
  const href = control.closest('a[href], area[href]')?.getAttribute('href') ?? '';
  // Any postback, read or not: one that cannot be read is told as leaving too, and the caller says only this page was read.
  return /^\s*javascript:/i.test(href) && ANY_POSTBACK.test(href);
}

/** The request pressing `control` makes, when it can be known without running the page; null when it cannot. */
export function requestOf(control: HTMLElement | null): PageRequest | null {
  if (!control) return null;
  if (control.localName === 'option') return choiceRequest(control as HTMLOptionElement);
  const link = control.closest('a[href], area[href]') as HTMLAnchorElement | null;
  const href = link?.getAttribute('href') ?? '';
  if (link && /^\s*javascript:/i.test(href)) return postBackRequest(control, decodeURIComponentSafe(href));
  const onclick = control.getAttribute('onclick') ?? '';
  if (postBackCall(onclick)) return postBackRequest(control, onclick);
  if (commandLinkCall(onclick)) return commandLinkRequest(control, onclick);
  const address = addressSetBy(onclick);
  if (address !== null) {
    const url = new URL(address, control.ownerDocument.baseURI);
    return onSite(url, control.ownerDocument) ? { url: url.href, method: 'GET' } : null;
  }
  if (link) {
    const url = new URL(link.href);
    return onSite(url, link.ownerDocument) ? { url: url.href, method: 'GET' } : null;
  }
  if (isSubmitButton(control)) return submitRequest(control);
  return null;
}

/**
 * A page chooser's script (page-chooser.ts), once changed: `onchange` that posts the form back
 * (ASP.NET's AutoPostBack, `setTimeout('__doPostBack(\'…\',\'\')', 0)`), submits its form, or goes to
 * the option's value as an address (a jump menu, `location.href = this.value`).
 */
function changeScriptOf(select: HTMLSelectElement): string {
  // The postback is written inside a string of setTimeout's: its quotes escaped.
  return (select.getAttribute('onchange') ?? '').replace(/\\(['"])/g, '$1');
}

/** `this.form.submit()`, `document.forms[0].submit()`, or a handler's bare `submit()` (its scope holds the form). */
const SUBMITS = /\bsubmit\s*\(\s*\)/;

/** The chosen option's value as a handler writes it: `this.value`, `this.options[this.selectedIndex].value`. */
const CHOSEN_VALUE = String.raw`this\.(?:value|options\[\s*this\.selectedIndex\s*\]\.value)\b`;

/**
 * A jump menu's address: the chosen value, alone or between string literals, set as the page's
 * location (`location.href = this.value`, `window.location = 'list.php?page=' + this.value`,
 * `location.assign('?p=' + this.value + '&sort=asc')`). Classic portals build the address so.
 */
const GOES_TO_VALUE = new RegExp(String.raw`${SETS_LOCATION}(?:(?<before>${literal('q1')})\s*\+\s*)?${CHOSEN_VALUE}(?:\s*\+\s*(?<after>${literal('q2')}))?`);

/** The address a jump menu goes to for the chosen value (as written: relative to the page), or null when its script does not go to one. */
export function jumpAddress(script: string, value: string): string | null {
  const goes = GOES_TO_VALUE.exec(script);
  if (!goes) return null;
  const text = (literal: string | undefined) => (literal ? unescaped(literal.slice(1, -1)) : '');
  return text(goes.groups!.before) + value + text(goes.groups!.after);
}

/** Whether changing the page chooser loads another document by its own script (read by address then, never changed in the tab). */
export function changeLeaves(select: HTMLSelectElement): boolean {
  const script = changeScriptOf(select);
  return ANY_POSTBACK.test(script) || SUBMITS.test(script) || /\blocation\b/.test(script);
}

/** The request choosing a page chooser's option makes, the select's own field set to the option's value. */
function choiceRequest(option: HTMLOptionElement): PageRequest | null {
  const select = chooserOf(option);
  if (!select) return null;
  const script = changeScriptOf(select);
  const choice: [string, string] | undefined = select.name ? [select.name, option.value] : undefined;
  if (postBackCall(script)) return postBackRequest(select, script, choice);
  if (SUBMITS.test(script) && select.form) return formRequest(select.form, null, choice);
  const address = jumpAddress(script, option.value);
  if (address !== null) {
    const url = new URL(address, select.ownerDocument.baseURI);
    return onSite(url, select.ownerDocument) ? { url: url.href, method: 'GET' } : null;
  }
  return null;
}

/** A `javascript:` address is percent-decoded before it runs; a malformed escape is left as written. */
function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
