/**
 * Building the overlay's elements. Page and finding text only ever becomes a Text node: nothing
 * here parses HTML, so a cell reading `<img src=x onerror=...>` is shown as those characters.
 */
type Child = Node | string;

export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const created = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  for (const child of children) created.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  return created;
}

