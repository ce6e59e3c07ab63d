/**
 * Where a form control shows its value. A line grid's cells are often inputs as wide as the
 * column: the value "CN" fills a sliver of the box, and the rest of it is free for a badge. A
 * range cannot measure inside a control, so the value is measured with the control's own font
 * (a canvas' measureText) and laid out as the control lays it: in its content box, from the
 * side its text-align and direction say.
 */

/** Boxes in the control's document client coordinates. */
export interface ControlTextBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Inputs whose value is a line of text (the others, check boxes, dates, colours, are drawn whole). */
const TEXT_INPUTS = new Set(['text', 'search', 'tel', 'url', 'email', 'number', '']);

let measuring: CanvasRenderingContext2D | null | undefined;

function textWidth(doc: Document, text: string, style: CSSStyleDeclaration): number | null {
  if (measuring === undefined) measuring = doc.createElement('canvas').getContext('2d');
  if (!measuring) return null;
  measuring.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  measuring.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
  return measuring.measureText(text).width;
}

/** The text a control shows: an input's current value, a select's chosen option; null when it shows something else. */
function shownText(control: Element): string | null {
  switch (control.localName) {
    case 'input': {
      const input = control as HTMLInputElement;
      if (!TEXT_INPUTS.has(input.getAttribute('type')?.toLowerCase() ?? '')) return null;
      // An empty field shows its placeholder.
      return input.value || input.placeholder;
    }
    case 'select': {
      const select = control as HTMLSelectElement;
      // A list box shows many options at once: drawn whole.
      if (select.multiple || select.size > 1) return null;
      return select.selectedOptions[0]?.label ?? '';
    }
    default:
      return null;
  }
}

/** The box a control's value is drawn in (the whole control when its value is not one line of text); null when it shows nothing. */
export function controlTextBox(control: Element): ControlTextBox | null {
  const rect = control.getBoundingClientRect();
  const whole = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  const text = shownText(control);
  if (text === null) return whole;
  if (!/\S/.test(text)) return null;
  const style = control.ownerDocument.defaultView?.getComputedStyle(control);
  const width = style && textWidth(control.ownerDocument, text, style);
  if (!style || width === null || width === undefined) return whole;
  const left = rect.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const right = rect.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
  const top = rect.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
  const bottom = rect.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
  if (width >= right - left) return { left, top, right, bottom };
  const rtl = style.direction === 'rtl';
  const align = style.textAlign;
  if (align === 'center' || align === '-webkit-center') {
    const middle = (left + right) / 2;
    return { left: middle - width / 2, top, right: middle + width / 2, bottom };
  }
  const fromRight = align === 'right' || align === '-webkit-right' || (rtl ? align === 'start' || align === 'justify' : align === 'end');
  return fromRight ? { left: right - width, top, right, bottom } : { left, top, right: left + width, bottom };
}
