import type { Comparison, FigureStatus, Source, Trend } from '../api';
import { element, link } from '../dom';
import { comparisonColour, comparisonInWords, statusInWords, trendArrow, trendInWords, trendJudgement, type ComparisonColour } from '../words';

const comparisonTagClasses: Record<ComparisonColour, string> = {
  better: 'govuk-tag--green',
  similar: 'govuk-tag--yellow',
  worse: 'govuk-tag--red',
  neutral: 'govuk-tag--teal',
  position: 'govuk-tag--blue',
  none: 'govuk-tag--grey',
};

/**
 * A comparison as a coloured tag whose words say the same as its colour and how it was made, e.g.
 * "Worse than England (significant at 99.8%)" or "Higher than England (no confidence interval, so not tested)".
 */
export function comparisonTag(comparison: Comparison, benchmark: string): HTMLElement {
  return element(
    'span',
    { class: 'app-comparison' },
    element(
      'strong',
      { class: `govuk-tag app-tag ${comparisonTagClasses[comparisonColour(comparison)]}`, 'data-method': comparison.method },
      comparisonInWords(comparison, benchmark),
    ),
  );
}

/** A comparison in plain words only, for secondary benchmarks: "Similar to London". */
export function comparisonLine(comparison: Comparison, benchmark: string): HTMLElement {
  return element(
    'span',
    { class: `app-comparison-line app-comparison-line--${comparisonColour(comparison)}` },
    comparisonInWords(comparison, benchmark),
  );
}

const statusTagClasses: Record<FigureStatus, string> = {
  published: 'govuk-tag--grey',
  provisional: 'govuk-tag--orange',
  submitted: 'govuk-tag--purple',
  demo: 'app-tag--demo',
};

/** Whether a figure is published, provisional, submitted or a demo; demo figures are marked loudly. */
export function statusTag(status: FigureStatus): HTMLElement {
  return element('strong', { class: `govuk-tag app-tag ${statusTagClasses[status]}` }, statusInWords(status));
}

/** The recent trend: an arrow for a quick look and the API's label (with why it cannot be calculated), which carry the meaning. */
export function trendSummary(trend: Trend): HTMLElement {
  const arrow = trendArrow(trend);
  return element(
    'span',
    { class: `app-trend app-trend--${trendJudgement(trend)}` },
    arrow ? element('span', { class: 'app-trend__arrow', 'aria-hidden': 'true' }, arrow) : null,
    trendInWords(trend),
  );
}

/** Notes under a figure in a table cell, each on its own line. */
export function cellNotes(notes: string[]): HTMLElement[] {
  return notes.map((note) => element('span', { class: 'app-cell-note' }, note));
}

/** "Department for Education: Education, health and care plans, reporting year 2025", linked to the source. */
export function sourceCitation(source: Source): HTMLElement {
  const name = source.url ? link(source.url, source.name, { rel: 'noopener' }) : source.name;
  return element(
    'span',
    { class: 'app-source' },
    `${source.publisher}: `,
    name,
    source.compiledBy ? ` (compiled by ${source.compiledBy})` : null,
    `. ${source.licence}.`,
  );
}

/** The source's name, linked to it: short enough for a table cell. */
export function sourceName(source: Source): HTMLElement {
  return element(
    'span',
    { class: 'app-source' },
    source.url ? link(source.url, source.name, { rel: 'noopener' }) : source.name,
    source.compiledBy ? ` (compiled by ${source.compiledBy})` : null,
  );
}

/** The GOV.UK warning text that says demo content is not real. */
export function demoWarningText(text: string): HTMLElement {
  return element(
    'div',
    { class: 'govuk-warning-text app-demo-warning' },
    element('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    element('strong', { class: 'govuk-warning-text__text' }, element('span', { class: 'govuk-visually-hidden' }, 'Warning'), text),
  );
}

/** Said once at the top of any page that shows demo figures, beside the tag on each one. */
export function demoWarning(): HTMLElement {
  return demoWarningText('Some figures on this page are demonstration examples, not real data. Each one is marked “Demo: not real data”.');
}

/** The API's reminder that ranks and quartiles are not a league table, shown where ranks are. */
export function notice(text: string): HTMLElement {
  return element(
    'div',
    { class: 'govuk-warning-text' },
    element('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, 'i'),
    element('strong', { class: 'govuk-warning-text__text' }, element('span', { class: 'govuk-visually-hidden' }, 'Important: '), text),
  );
}
