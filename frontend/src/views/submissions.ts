import { ForbiddenError, NotFoundError, ServiceUnavailableError, SignInRequiredError, type AuditEntry, type FigureStatus, type SubmittedFigure } from '../api';
import { element, link, visuallyHidden } from '../dom';
import { formatValue, type UnitOf } from '../figures';
import { statusInWords } from '../words';
import { paragraph } from './page';
import { cell, columnHeader, numericCell, scrollableTable, table } from './tables';

export const NOT_YET_PUBLISHED = statusInWords('submitted');

const statusClasses: Record<FigureStatus, string> = {
  published: 'govuk-tag--green',
  provisional: 'govuk-tag--orange',
  submitted: 'govuk-tag--purple',
  demo: 'app-tag--demo',
};

/** A submitted figure's status in words: a figure not yet published says so. */
export function submissionStatusTag(status: FigureStatus): HTMLElement {
  return element('strong', { class: `govuk-tag app-tag ${statusClasses[status]}` }, statusInWords(status));
}

const whenFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

/** "23 Nov 2026, 12:07" in UK time, or the text as it came when it is not a date. */
export function whenInWords(timestamp: string | undefined): string {
  if (!timestamp) return 'Not known';
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : whenFormat.format(date);
}

const actions: Record<string, string> = {
  'figure.submitted': 'submitted',
  'figure.corrected': 'corrected',
  'figure.updated': 'corrected',
  'figure.published': 'published',
};

/** "figure.published" → "published"; unknown actions are shown as the API names them. */
export function actionInWords(action: string): string {
  return actions[action] ?? action.replace(/^figure\./, '').replace(/[._-]/g, ' ');
}

/** A figure as the audit log records it (JSON text) in the indicator's unit; "none" before a new figure. */
export function auditedFigureText(json: string | undefined, indicator: UnitOf): string {
  if (json === undefined || json === '') return 'none';
  try {
    const figure = JSON.parse(json) as { value?: unknown; status?: unknown };
    const value = typeof figure.value === 'number' ? formatValue(figure.value, indicator) : 'no value';
    const status = typeof figure.status === 'string' && figure.status in statusClasses ? ` (${statusInWords(figure.status as FigureStatus).toLowerCase()})` : '';
    return `${value}${status}`;
  } catch {
    return json;
  }
}

function historyOf(figure: SubmittedFigure): HTMLElement {
  const history = figure.history ?? [];
  if (history.length === 0) return element('span', {}, 'No changes recorded');
  const label = `${history.length} ${history.length === 1 ? 'change' : 'changes'}`;
  return element(
    'details',
    { class: 'govuk-details app-history' },
    element(
      'summary',
      { class: 'govuk-details__summary' },
      element('span', { class: 'govuk-details__summary-text' }, label, visuallyHidden(` to ${figure.indicator.name}, ${figure.figure.period}`)),
    ),
    element('div', { class: 'govuk-details__text' }, element('ul', { class: 'govuk-list' }, ...history.map((entry) => historyEntry(entry, figure)))),
  );
}

function historyEntry(entry: AuditEntry, figure: SubmittedFigure): HTMLElement {
  return element(
    'li',
    {},
    element('span', { class: 'govuk-!-font-weight-bold' }, whenInWords(entry.at)),
    ` – ${entry.actor} ${actionInWords(entry.action)}: `,
    `${auditedFigureText(entry.before, figure.indicator)} → ${auditedFigureText(entry.after, figure.indicator)}`,
  );
}

export interface SubmissionsOptions {
  areaName: string;
  /** Reads the area's submissions; rejects with NotFoundError while the API does not offer them yet. */
  load(): Promise<SubmittedFigure[]>;
  /** Publishes a figure; absent for users who may not publish. */
  publish?: ((figure: SubmittedFigure) => Promise<void>) | undefined;
  signInAgainHref: string;
}

export interface SubmissionsSection {
  element: HTMLElement;
  /** Reads the list again and shows it. */
  refresh(): Promise<void>;
}

/** The area's submitted figures, newest first, each with its history and (for advisers) a Publish button. */
export function submissionsSection(options: SubmissionsOptions): SubmissionsSection {
  const heading = element('h2', { class: 'govuk-heading-l', id: 'submissions-heading' }, 'Figures submitted');
  const body = element('div', { id: 'submissions' }, paragraph('Loading…'));
  const status = element('div', { class: 'govuk-visually-hidden', role: 'status' });
  const section = element('section', { 'aria-labelledby': 'submissions-heading' }, heading, status, body);

  const show = (submissions: SubmittedFigure[]) => {
    if (submissions.length === 0) {
      body.replaceChildren(paragraph(`No figures have been submitted for ${options.areaName} yet.`));
      return;
    }
    const headers = [
      columnHeader('Indicator'),
      columnHeader('Period'),
      columnHeader('Value', true),
      columnHeader('Status'),
      columnHeader('Submitted by'),
      columnHeader('When'),
      columnHeader('History'),
    ];
    if (options.publish) headers.push(columnHeader(visuallyHidden('Action')));
    const rows = submissions.map((submission) => {
      const value = submission.figure.value;
      const row = element(
        'tr',
        { class: 'govuk-table__row' },
        element('th', { class: 'govuk-table__header', scope: 'row' }, submission.indicator.name),
        cell(submission.figure.period),
        numericCell(value === null || value === undefined ? 'No value' : formatValue(value, submission.indicator)),
        cell(submissionStatusTag(submission.figure.status)),
        cell(submission.submittedBy),
        cell(whenInWords(submission.submittedAt)),
        cell(historyOf(submission)),
      );
      if (options.publish) row.append(cell(submission.figure.status === 'published' ? null : publishButton(submission)));
      return row;
    });
    body.replaceChildren(
      scrollableTable(
        table({ id: 'submissions-caption', caption: `Figures submitted for ${options.areaName}, newest first`, captionClass: 'govuk-table__caption--s' }, headers, rows),
      ),
    );
  };

  const publishButton = (submission: SubmittedFigure) => {
    const button = element(
      'button',
      { type: 'button', class: 'govuk-button govuk-button--secondary app-table-button' },
      'Publish',
      visuallyHidden(` ${submission.indicator.name}, ${submission.figure.period}`),
    );
    button.addEventListener('click', () => {
      button.disabled = true;
      options
        .publish?.(submission)
        .then(async () => {
          status.textContent = `${submission.indicator.name}, ${submission.figure.period} published.`;
          await refresh();
        })
        .catch((error: unknown) => {
          button.disabled = false;
          showProblem(error, 'publish');
        });
    });
    return button;
  };

  const showProblem = (error: unknown, doing: 'read' | 'publish') => {
    if (error instanceof NotFoundError) {
      const notYet = paragraph(`${doing === 'read' ? 'Listing submitted figures' : 'Publishing figures'} is not available yet.`);
      if (doing === 'read') body.replaceChildren(notYet);
      else body.prepend(notYet);
      return;
    }
    const message =
      error instanceof SignInRequiredError
        ? paragraph('Your sign-in has ended. ', link(options.signInAgainHref, 'Sign in again'), ' to see the figures submitted.')
        : error instanceof ForbiddenError
          ? paragraph(error.detail)
          : paragraph(`Sorry, the figures submitted could not be ${doing === 'read' ? 'read' : 'published'}. Try again later.`);
    if (!(error instanceof ServiceUnavailableError) && !(error instanceof SignInRequiredError) && !(error instanceof ForbiddenError)) console.error(error);
    if (doing === 'read') body.replaceChildren(message);
    else body.prepend(message);
  };

  const refresh = async () => {
    try {
      show(await options.load());
    } catch (error) {
      showProblem(error, 'read');
    }
  };

  return { element: section, refresh };
}
