import { describe, expect, it } from 'vitest';
import { addressSetBy, commandLinkCall, jumpAddress, postBackCall } from '../../../../lib/page/paging/pager-request';

/**
 * The postback scripts ASP.NET Web Forms writes into its pager controls, read without running
 * them (pager-request.ts). The requests made from them, in a real page, are tested in the browser
 * (postback-paging.test.ts).
 */
describe('postBackCall', () => {
  it('reads a LinkButton\'s and a GridView pager\'s __doPostBack', () => {
    expect(postBackCall("javascript:__doPostBack('ctl00$MainContent$lnkNext','')")).toEqual({ target: 'ctl00$MainContent$lnkNext', argument: '', actionUrl: '' });
    expect(postBackCall("javascript:__doPostBack('ctl00$MainContent$gvLines','Page$3')")).toEqual({ target: 'ctl00$MainContent$gvLines', argument: 'Page$3', actionUrl: '' });
  });

  it('reads double quotes, spaces and escaped quotes', () => {
    expect(postBackCall('__doPostBack( "grid" , "Sort$It\\"s" ); return false;')).toEqual({ target: 'grid', argument: 'Sort$It"s', actionUrl: '' });
  });

  it('reads WebForm_DoPostBackWithOptions with its post address', () => {
    const script = 'javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions("ctl00$lnkNext", "", true, "pager", "Lines.aspx?entry=1", false, true))';
    expect(postBackCall(script)).toEqual({ target: 'ctl00$lnkNext', argument: '', actionUrl: 'Lines.aspx?entry=1' });
    expect(postBackCall('WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions("ctl00$btnNext", "", true, "", "", false, false))')?.target).toBe('ctl00$btnNext');
  });

  it('reads no other script', () => {
    expect(postBackCall("javascript:void(0)")).toBeNull();
    expect(postBackCall("return pageTo('next')")).toBeNull();
    expect(postBackCall("mojarra.jsfcljs(document.getElementById('f'),{'f:next':'f:next'},'')")).toBeNull();
  });
});

/** JSF command links as Mojarra (2.x jsfcljs, 4.x cljs) and MyFaces render them. */
describe('commandLinkCall', () => {
  it('reads Mojarra\'s jsfcljs and cljs: the form and the parameters the link adds', () => {
    expect(commandLinkCall("mojarra.jsfcljs(document.getElementById('lines'),{'lines:next':'lines:next'},'');return false")).toEqual({ formId: 'lines', fields: [['lines:next', 'lines:next']] });
    expect(commandLinkCall('mojarra.cljs(document.getElementById("f"),{"f:j_idt12":"f:j_idt12","page":"4"},"");return false')).toEqual({
      formId: 'f',
      fields: [
        ['f:j_idt12', 'f:j_idt12'],
        ['page', '4'],
      ],
    });
    expect(commandLinkCall("if(typeof jsfcljs == 'function'){jsfcljs(document.getElementById('f'),{'f:next':'f:next'},'');}return false")?.formId).toBe('f');
  });

  it('reads MyFaces\' submitForm: the link\'s id in the form\'s _idcl field, and its parameters', () => {
    expect(commandLinkCall("return myfaces.oam.submitForm('f','f:next');")).toEqual({ formId: 'f', fields: [['f:_idcl', 'f:next']] });
    expect(commandLinkCall("return myfaces.oam.submitForm('f','f:next',null,[['page','4']]);")).toEqual({
      formId: 'f',
      fields: [
        ['f:_idcl', 'f:next'],
        ['page', '4'],
      ],
    });
  });

  it('reads no other script', () => {
    expect(commandLinkCall("return pageTo('next')")).toBeNull();
    expect(commandLinkCall("__doPostBack('a','')")).toBeNull();
  });
});

/** Pager buttons of hand-written portals that load the next page from their script. */
describe('addressSetBy', () => {
  it('reads location.href =, window.location =, location.assign and location.replace', () => {
    expect(addressSetBy("location.href='list.php?page=4'")).toBe('list.php?page=4');
    expect(addressSetBy('window.location = "/lines/5.html"; return false;')).toBe('/lines/5.html');
    expect(addressSetBy("document.location.href = 'lines.jsp?p=2'")).toBe('lines.jsp?p=2');
    expect(addressSetBy("location.assign('?page=3')")).toBe('?page=3');
    expect(addressSetBy("window.location.replace('next.asp')")).toBe('next.asp');
  });

  it('reads no other script', () => {
    expect(addressSetBy('location.reload()')).toBeNull();
    expect(addressSetBy("goTo('next')")).toBeNull();
    expect(addressSetBy('location.href = next')).toBeNull();
    // An address the script builds is not the literal's alone.
    expect(addressSetBy("location.href = 'list.php?page=' + next")).toBeNull();
    expect(addressSetBy("location.assign('list.php?page=' + next)")).toBeNull();
  });
});

/** Jump menus: a select whose onchange goes to an address made from the chosen option's value. */
describe('jumpAddress', () => {
  it('reads the value alone, or between literals, set as the location or assigned', () => {
    expect(jumpAddress('location.href = this.value', '3')).toBe('3');
    expect(jumpAddress("window.location = 'list.php?page=' + this.value", '3')).toBe('list.php?page=3');
    expect(jumpAddress('document.location.href="lines.asp?p="+this.options[this.selectedIndex].value+"&sort=part";', '7')).toBe('lines.asp?p=7&sort=part');
    expect(jumpAddress("location.assign('?p=' + this.value + '&view=lines')", '2')).toBe('?p=2&view=lines');
    expect(jumpAddress("self.location.replace(this.value)", 'page-4.html')).toBe('page-4.html');
    expect(jumpAddress(String.raw`location.href = 'it\'s.php?p=' + this.value`, '5')).toBe("it's.php?p=5");
  });

  it('reads no other script', () => {
    expect(jumpAddress('showPage(this.value)', '3')).toBeNull();
    expect(jumpAddress("location.href = 'list.php?page=' + page", '3')).toBeNull();
    expect(jumpAddress('this.form.submit()', '3')).toBeNull();
  });
});
