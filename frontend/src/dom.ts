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
  return fill(document.createElement(tag), attributes, children);
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
  return fill(document.createElementNS(SVG_NAMESPACE, tag), attributes, children);
}

function fill<Created extends Element>(created: Created, attributes: Attributes, children: Child[]): Created {
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

/** A GOV.UK summary list of key–value rows. */
export function summaryList(rows: [string, Child][], extraClass = ''): HTMLDListElement {
  return element(
    'dl',
    { class: `govuk-summary-list${extraClass ? ` ${extraClass}` : ''}` },
    ...rows.map(([key, value]) =>
      element(
        'div',
        { class: 'govuk-summary-list__row' },
        element('dt', { class: 'govuk-summary-list__key' }, key),
        element('dd', { class: 'govuk-summary-list__value' }, value),
      ),
    ),
  );
}
