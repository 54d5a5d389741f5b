/** Something that can go inside an element; null, undefined and false are skipped. */
export type Child = Node | string | null | undefined | false;

/** Attribute values: true writes an empty attribute, false or undefined leaves it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Creates an element with attributes and children. Text always goes in as text nodes,
 * never as HTML, so names from the API cannot inject markup.
 */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    created.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    created.append(child);
  }
  return created;
}

/** A GOV.UK link. */
export function link(href: string, text: string, attributes: Attributes = {}): HTMLAnchorElement {
  return element('a', { class: 'govuk-link', href, ...attributes }, text);
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** Creates an SVG element; attributes only, so no inline styles are needed under the Content-Security-Policy. */
export function svgElement<Tag extends keyof SVGElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[Tag] {
  const created = document.createElementNS(SVG_NAMESPACE, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    created.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    created.append(child);
  }
  return created;
}

/** Text that screen readers read but that is not shown, e.g. the context of a short link. */
export function visuallyHidden(text: string): HTMLSpanElement {
  return element('span', { class: 'govuk-visually-hidden' }, text);
}
