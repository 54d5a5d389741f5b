import { element } from '../dom';

/**
 * On a phone a table is wider than the screen: it scrolls inside its own box rather than
 * widening the page, and the box takes keyboard focus so keyboard users can scroll it too.
 */
export function scrollableTable(table: HTMLTableElement): HTMLElement {
  const caption = table.caption?.id;
  return element('div', { class: 'app-table-scroll', role: 'region', 'aria-labelledby': caption, tabindex: 0 }, table);
}

/** A column header; numeric columns are right-aligned like their cells. */
export function columnHeader(text: string | Node, numeric = false): HTMLTableCellElement {
  return element('th', { class: `govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`, scope: 'col' }, text);
}

export function cell(...children: (Node | string | null | undefined)[]): HTMLTableCellElement {
  return element('td', { class: 'govuk-table__cell' }, ...children);
}

export function numericCell(...children: (Node | string | null | undefined)[]): HTMLTableCellElement {
  return element('td', { class: 'govuk-table__cell govuk-table__cell--numeric' }, ...children);
}

/** A table with a caption (its accessible name), a header row and body rows. */
export function table(
  attributes: { class?: string; id: string; caption: string | Node; captionClass?: string },
  headers: HTMLTableCellElement[],
  rows: HTMLTableRowElement[],
): HTMLTableElement {
  return element(
    'table',
    { class: `govuk-table app-table${attributes.class ? ` ${attributes.class}` : ''}` },
    element('caption', { class: `govuk-table__caption ${attributes.captionClass ?? 'govuk-table__caption--m'}`, id: attributes.id }, attributes.caption),
    element('thead', { class: 'govuk-table__head' }, element('tr', { class: 'govuk-table__row' }, ...headers)),
    element('tbody', { class: 'govuk-table__body' }, ...rows),
  );
}
