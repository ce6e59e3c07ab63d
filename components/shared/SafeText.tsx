import { revealHidden } from '../../lib/core/report/safe-text';

/**
 * Text that came from a catalog, a page, a file name or a filer's typing: its bidi controls and
 * invisible characters are written as codes (`[U+202E]`), and `<bdi>` keeps right-to-left
 * letters in it from reordering the words around it. Where an element cannot go (an <option>, an
 * attribute, a confirm() text), call revealHidden directly.
 */
export function SafeText({ text }: { text: string | null | undefined }) {
  return <bdi>{revealHidden(text ?? '')}</bdi>;
}
