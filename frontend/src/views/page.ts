import { element, type Child } from '../dom';

/** What a view hands to the page shell: the document title, optional breadcrumbs and the content of <main>. */
export interface Page {
  title: string;
  breadcrumbs?: HTMLElement;
  content: HTMLElement;
  /** Where the address bar should point, when the link followed was another name for this page. */
  canonicalHref?: string;
  /**
   * Runs once the content is in the document (charts need their final size); returns what to do
   * when the page is left, such as stopping a chart from watching for resizes.
   */
  afterShow?: () => (() => void) | undefined;
}

export const SERVICE_NAME = 'SEND Insight';

/** "Wandsworth – SEND Insight": the page first, as screen readers read titles from the start. */
export function documentTitle(pageTitle: string): string {
  return `${pageTitle} – ${SERVICE_NAME}`;
}

/** The page's main heading; it can take focus so that navigation announces the new page. */
export function mainHeading(text: string, caption?: string): HTMLHeadingElement {
  return element(
    'h1',
    { class: 'govuk-heading-xl app-focus-target', tabindex: -1 },
    caption ? element('span', { class: 'govuk-caption-xl' }, caption) : null,
    text,
  );
}

export interface Breadcrumb {
  text: string;
  href: string;
}

export function breadcrumbs(trail: Breadcrumb[]): HTMLElement {
  return element(
    'nav',
    { class: 'govuk-breadcrumbs', 'aria-label': 'Breadcrumb' },
    element(
      'ol',
      { class: 'govuk-breadcrumbs__list' },
      ...trail.map(({ text, href }) =>
        element(
          'li',
          { class: 'govuk-breadcrumbs__list-item' },
          element('a', { class: 'govuk-breadcrumbs__link', href }, text),
        ),
      ),
    ),
  );
}

export function paragraph(...children: Child[]): HTMLParagraphElement {
  return element('p', { class: 'govuk-body' }, ...children);
}
