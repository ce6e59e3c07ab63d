import { describe, expect, it } from 'vitest';
import { postBackCall } from '../../../../lib/page/paging/pager-request';

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
