import {
  ForbiddenError,
  InvalidRequestError,
  ServiceUnavailableError,
  SignInRequiredError,
  type ActionCounts,
  type ActionStatus,
  type ProgressUpdate,
  type NewAction,
  type NewWeakness,
  type ProgressUpdateRequest,
  type Wsoa,
  type WsoaAction,
  type WsoaWeakness,
} from '../api';
import { element, link, summaryList, visuallyHidden, type Child } from '../dom';
import {
  ACTION_STATUSES,
  actionStatusInWords,
  actionStatusTagClass,
  dateInWords,
  frameworkInWords,
  revisitInWords,
  themeInWords,
} from '../inspectionWords';
import { EVIDENCE_URL_MAX_LENGTH, NARRATIVE_MAX_LENGTH, progressProblems, progressProblemsFromApi, progressUpdateFrom, type ProgressField } from '../wsoaRules';
import { errorSummary, formField, type ErrorLine, type FormField } from './formErrors';
import { demoWarningText } from './badges';
import { paragraph } from './page';
import { actionForm, weaknessForm } from './wsoaRecords';
import { whenInWords } from './submissions';

export interface WsoaOptions {
  areaName: string;
  /** Leaders of the area and administrators record weaknesses, actions and progress; advisers only read. */
  canUpdate: boolean;
  /** Sends a progress update; rejects with InvalidRequestError, SignInRequiredError or ForbiddenError. */
  postUpdate(actionId: number, update: ProgressUpdateRequest): Promise<WsoaAction>;
  /** Records a significant weakness; rejects with InvalidRequestError, SignInRequiredError, ForbiddenError or NotFoundError. */
  postWeakness(weakness: NewWeakness): Promise<WsoaWeakness>;
  /** Adds an action to a weakness; rejects as postWeakness does. */
  postAction(weaknessId: number, action: NewAction): Promise<WsoaAction>;
  signInAgainHref: string;
}

const WSOA_HEADING_ID = 'wsoa-heading';

function wsoaHeading(): HTMLHeadingElement {
  return element('h3', { class: 'govuk-heading-m', id: WSOA_HEADING_ID }, 'Written statement of action');
}

function wsoaShell(...children: Child[]): HTMLElement {
  return element('section', { class: 'app-wsoa', id: 'wsoa', 'aria-labelledby': WSOA_HEADING_ID }, wsoaHeading(), ...children);
}

/** For visitors who may not see the plan: who may, and a way to sign in. */
export function wsoaSignInPrompt(areaName: string, signInHref: string | undefined): HTMLElement {
  return wsoaShell(
    paragraph(`The actions in ${areaName}’s written statement of action and the progress on each are shown to ${areaName}’s area leaders, to advisers and to administrators.`),
    signInHref ? paragraph(link(signInHref, 'Sign in'), ' to see them.') : null,
  );
}

export function wsoaUnavailable(areaName: string, reason: 'forbidden' | 'failed' | 'not-offered' | 'sign-in', signInHref?: string): HTMLElement {
  const text: Record<typeof reason, Child[]> = {
    forbidden: [`Only ${areaName}’s area leaders, advisers and administrators can see its written statement of action.`],
    failed: [`Sorry, ${areaName}’s written statement of action could not be read. Try again later.`],
    'not-offered': ['Written statements of action are not available from the SEND Insight API yet.'],
    'sign-in': ['Your sign-in has ended. ', signInHref ? link(signInHref, 'Sign in again') : 'Sign in again', ' to see the written statement of action.'],
  };
  return wsoaShell(paragraph(...text[reason]));
}

/** A tag that marks anything made up for the demonstration. */
export function demoTag(): HTMLElement {
  return element('strong', { class: 'govuk-tag app-tag app-tag--demo app-tag--inline' }, 'Demo');
}

export function actionStatusTag(status: ActionStatus): HTMLElement {
  return element('strong', { class: `govuk-tag app-tag ${actionStatusTagClass(status)}`.trim() }, actionStatusInWords(status));
}

/** A progress bar that screen readers announce, with the percentage in words beside it (the bar alone is not enough). */
export function progressBar(percent: number, label: string): HTMLElement {
  return element(
    'span',
    { class: 'app-progress' },
    element('progress', { class: 'app-progress__bar', max: 100, value: percent, 'aria-label': label }, `${percent}%`),
    element('span', { class: 'app-progress__text' }, `${percent}% complete`),
  );
}

function demoNotice(areaName: string): HTMLElement {
  return demoWarningText(
    `The weaknesses, actions and progress updates marked “Demo” are examples made up to show how the dashboard works. They are not ${areaName}’s real plan. The inspection and its findings are Ofsted’s.`,
  );
}

/** How many actions have each status, in words and colour, with the total. */
export function actionCountsList(counts: ActionCounts): HTMLElement {
  const total = ACTION_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return element(
    'ul',
    { class: 'govuk-list app-action-counts', 'aria-label': 'Actions by status' },
    element('li', { class: 'app-action-counts__item' }, element('span', { class: 'govuk-!-font-weight-bold' }, `${total} ${total === 1 ? 'action' : 'actions'}:`)),
    ...ACTION_STATUSES.map((status) => element('li', { class: 'app-action-counts__item', 'data-status': status }, actionStatusTag(status), ` ${counts[status]}`)),
  );
}

/** Counts the statuses of the actions as they are now. */
export function countActions(actions: Iterable<Pick<WsoaAction, 'status'>>): ActionCounts {
  const counts: ActionCounts = { not_started: 0, on_track: 0, at_risk: 0, off_track: 0, complete: 0 };
  for (const action of actions) counts[action.status]++;
  return counts;
}

/** What was just recorded, to say so beside it: a weakness, or an action on a weakness. */
export interface JustRecorded {
  weaknessId: number;
  heading: string;
}

/**
 * An area's WSOA for those who may see it: Ofsted's inspection and revisit, then each significant weakness
 * with its actions, their owner, due date, status and progress, and the history of progress updates.
 * Leaders of the area (and administrators) get a form on each action to record progress, one on each weakness
 * to add an action, and, while fewer weaknesses are recorded than the inspection found, one to record a weakness.
 */
export function wsoaSection(wsoa: Wsoa, options: WsoaOptions, justRecorded?: JustRecorded): HTMLElement {
  if (!wsoa.wsoaRequired) {
    return wsoaShell(paragraph(`${options.areaName} did not have to write a written statement of action.`));
  }
  // The plan as it is now: progress updates change its actions in place, so that a re-render after recording keeps them.
  let current = wsoa;
  const allActions = () => current.weaknesses.flatMap((weakness) => weakness.actions);
  const counts = element('div', { class: 'app-action-counts-slot' }, actionCountsList(wsoa.actionCounts));
  const onUpdated = (updated: WsoaAction) => {
    current = withWeaknesses(current, (weakness) => ({ ...weakness, actions: weakness.actions.map((each) => (each.id === updated.id ? updated : each)) }));
    counts.replaceChildren(actionCountsList(countActions(allActions())));
  };
  const rerender = (next: Wsoa, recorded: JustRecorded) => {
    const replacement = wsoaSection({ ...next, actionCounts: countActions(next.weaknesses.flatMap((weakness) => weakness.actions)) }, options, recorded);
    section.replaceWith(replacement);
    replacement.querySelector<HTMLElement>(`[data-weakness="${recorded.weaknessId}"] .govuk-notification-banner`)?.focus();
  };
  const onActionAdded = (added: WsoaAction) =>
    rerender(
      withWeaknesses(current, (weakness) => (weakness.id === added.weaknessId ? { ...weakness, actions: [...weakness.actions, added] } : weakness)),
      { weaknessId: added.weaknessId, heading: `Action added: ${added.title}` },
    );
  const onWeaknessAdded = (added: WsoaWeakness) =>
    rerender({ ...current, weaknesses: [...current.weaknesses, added] }, { weaknessId: added.id, heading: `Significant weakness ${added.number} recorded` });

  const found = wsoa.inspection?.significantWeaknesses;
  const section = wsoaShell(
    wsoa.demo ? demoNotice(options.areaName) : null,
    wsoa.inspection ? inspectionSentence(wsoa) : null,
    counts,
    wsoa.weaknesses.length === 0 ? paragraph(`No weaknesses or actions have been recorded for ${options.areaName}’s written statement of action yet.`) : null,
    ...wsoa.weaknesses.map((weakness) =>
      weaknessSection(weakness, options, onUpdated, onActionAdded, justRecorded?.weaknessId === weakness.id ? justRecorded.heading : undefined),
    ),
    options.canUpdate && typeof found === 'number' && wsoa.weaknesses.length < found ? weaknessForm(wsoa.weaknesses.length, found, options, onWeaknessAdded) : null,
  );
  return section;
}

function withWeaknesses(wsoa: Wsoa, change: (weakness: WsoaWeakness) => WsoaWeakness): Wsoa {
  return { ...wsoa, weaknesses: wsoa.weaknesses.map(change) };
}

function inspectionSentence(wsoa: Wsoa): HTMLElement | null {
  const inspection = wsoa.inspection;
  if (!inspection) return null;
  const weaknesses = inspection.significantWeaknesses;
  const revisit = inspection.revisit;
  return paragraph(
    `The ${frameworkInWords(inspection.framework).replace(/^Local area/, 'local area')} published ${dateInWords(inspection.publicationDate ?? inspection.startDate)}`,
    weaknesses !== null && weaknesses !== undefined ? ` found ${weaknesses} significant ${weaknesses === 1 ? 'weakness' : 'weaknesses'}` : ' required a written statement of action',
    revisit && revisit.finding !== 'not_revisited'
      ? `. The revisit${revisit.publicationDate ? ` published ${dateInWords(revisit.publicationDate)}` : ''} found: ${revisitInWords(revisit.finding).toLowerCase()}.`
      : '. It has not been revisited.',
  );
}

function weaknessSection(
  weakness: WsoaWeakness,
  options: WsoaOptions,
  onUpdated: (action: WsoaAction) => void,
  onActionAdded: (action: WsoaAction) => void,
  recordedHeading: string | undefined,
): HTMLElement {
  const headingId = `weakness-${weakness.id}`;
  return element(
    'section',
    { class: 'app-weakness', 'aria-labelledby': headingId, 'data-weakness': String(weakness.id) },
    recordedHeading ? successBanner(`${headingId}-banner-title`, recordedHeading) : null,
    element('h4', { class: 'govuk-heading-s app-weakness__heading', id: headingId }, `Significant weakness ${weakness.number}`, weakness.demo ? demoTag() : null),
    element('p', { class: 'govuk-body app-prose' }, weakness.text),
    element('p', { class: 'govuk-body-s' }, 'Theme: ', element('strong', { class: 'govuk-tag govuk-tag--grey app-tag' }, themeInWords(weakness.theme))),
    weakness.actions.length === 0
      ? paragraph('No actions are recorded for this weakness yet.')
      : element('div', { class: 'app-actions' }, ...weakness.actions.map((action) => actionBlock(action, options, onUpdated))),
    options.canUpdate ? actionForm(weakness, options, onActionAdded) : null,
  );
}

/** One action: who owns it, when it is due, its status and progress, its history, and (for leaders) the update form. */
export function actionBlock(action: WsoaAction, options: WsoaOptions, onUpdated: (action: WsoaAction) => void, justUpdated = false): HTMLElement {
  const headingId = `action-${action.id}`;
  const block = element('div', { class: `app-wsoa-action${action.demo ? ' app-wsoa-action--demo' : ''}`, 'data-action': String(action.id), role: 'group', 'aria-labelledby': headingId });
  const due: Child = element(
    'span',
    {},
    dateInWords(action.dueDate),
    action.overdue ? element('strong', { class: 'govuk-tag govuk-tag--red app-tag app-tag--inline' }, 'Overdue') : null,
  );
  if (justUpdated) block.append(updatedBanner(action));
  block.append(
    element('h5', { class: 'govuk-heading-s app-wsoa-action__title', id: headingId }, action.title, action.demo ? demoTag() : null),
    summaryList(
      [
        ['Owner', action.owner],
        ['Due', due],
        ['Status', actionStatusTag(action.status)],
        ['Progress', progressBar(action.percentComplete, `Progress on ${action.title}`)],
      ],
      'app-wsoa-action__facts',
    ),
    updatesHistory(action),
  );
  if (options.canUpdate) {
    block.append(
      updateForm(action, options, (updated) => {
        const replacement = actionBlock(updated, options, onUpdated, true);
        block.replaceWith(replacement);
        onUpdated(updated);
        replacement.querySelector<HTMLElement>('.govuk-notification-banner')?.focus();
      }),
    );
  }
  return block;
}

function updatedBanner(action: WsoaAction): HTMLElement {
  return successBanner(`action-${action.id}-banner-title`, `Progress recorded: ${actionStatusInWords(action.status)}, ${action.percentComplete}% complete`);
}

/** A GOV.UK success banner that takes focus (call `focus()`) so that screen readers read it at once. */
function successBanner(titleId: string, heading: string): HTMLElement {
  return element(
    'div',
    { class: 'govuk-notification-banner govuk-notification-banner--success', role: 'alert', 'aria-labelledby': titleId, tabindex: -1 },
    element('div', { class: 'govuk-notification-banner__header' }, element('h6', { class: 'govuk-notification-banner__title', id: titleId }, 'Success')),
    element('div', { class: 'govuk-notification-banner__content' }, element('p', { class: 'govuk-notification-banner__heading' }, heading)),
  );
}

function updatesHistory(action: WsoaAction): HTMLElement {
  const headingId = `action-${action.id}-history`;
  if (action.updates.length === 0) {
    return element('p', { class: 'govuk-body-s', id: headingId }, 'No progress has been recorded yet.');
  }
  return element(
    'div',
    { class: 'app-timeline' },
    element('h6', { class: 'govuk-heading-s app-timeline__heading', id: headingId }, `Progress updates, newest first (${action.updates.length})`),
    element('ol', { class: 'app-timeline__list', 'aria-labelledby': headingId }, ...action.updates.map(timelineItem)),
  );
}

function timelineItem(update: ProgressUpdate): HTMLElement {
  return element(
    'li',
    { class: `app-timeline__item${update.demo ? ' app-timeline__item--demo' : ''}`, 'data-update': String(update.id) },
    element(
      'p',
      { class: 'govuk-body-s app-timeline__meta' },
      element('time', { datetime: update.at, class: 'govuk-!-font-weight-bold' }, whenInWords(update.at)),
      ` by ${update.author}`,
      update.demo ? demoTag() : null,
    ),
    element('p', { class: 'govuk-body-s app-timeline__status' }, actionStatusTag(update.status), ` ${update.percentComplete}% complete`),
    element('p', { class: 'govuk-body app-timeline__narrative' }, update.narrative),
    update.evidenceUrl
      ? element('p', { class: 'govuk-body-s' }, element('a', { class: 'govuk-link', href: update.evidenceUrl, rel: 'noopener noreferrer' }, 'Evidence', visuallyHidden(` for the update of ${whenInWords(update.at)}`)))
      : null,
  );
}

function updateForm(action: WsoaAction, options: WsoaOptions, onSaved: (updated: WsoaAction) => void): HTMLElement {
  const id = (field: string) => `action-${action.id}-${field}`;
  const fieldIds: Record<ProgressField, string> = {
    status: id('status'),
    percentComplete: id('percent'),
    narrative: id('narrative'),
    evidenceUrl: id('evidence'),
  };
  const fields: Record<ProgressField, FormField> = {
    status: formField(
      element(
        'select',
        { class: 'govuk-select', id: fieldIds.status, name: 'status' },
        ...ACTION_STATUSES.map((status) => element('option', { value: status, selected: status === action.status }, actionStatusInWords(status))),
      ),
      { label: 'Status' },
    ),
    percentComplete: formField(
      element('input', { class: 'govuk-input govuk-input--width-3', id: fieldIds.percentComplete, name: 'percentComplete', type: 'text', inputmode: 'numeric', autocomplete: 'off', value: String(action.percentComplete) }),
      { label: 'Percent complete', hint: 'A whole number from 0 to 100: 100 only when the action is complete, 0 when it has not started', suffix: '%' },
    ),
    narrative: formField(element('textarea', { class: 'govuk-textarea', id: fieldIds.narrative, name: 'narrative', rows: 4 }), {
      label: 'What was done',
      hint: `What was done and what it changed for children and families, in up to ${NARRATIVE_MAX_LENGTH.toLocaleString('en-GB')} characters`,
    }),
    evidenceUrl: formField(element('input', { class: 'govuk-input', id: fieldIds.evidenceUrl, name: 'evidenceUrl', type: 'text', inputmode: 'url', spellcheck: 'false', autocomplete: 'off' }), {
      label: 'Evidence link (optional)',
      hint: `A web address starting https:// (a report, minutes or data), up to ${EVIDENCE_URL_MAX_LENGTH} characters`,
    }),
  };
  const messages = element('div', { class: 'app-form-messages' });
  const button = element('button', { type: 'submit', class: 'govuk-button' }, 'Save progress update', visuallyHidden(` on ${action.title}`));
  const form = element(
    'form',
    { class: 'app-wsoa-form', novalidate: true, 'aria-label': `Record progress on ${action.title}` },
    messages,
    ...Object.values(fields).map((field) => field.group),
    button,
  );

  const showErrors = (lines: ErrorLine[], byField: Partial<Record<ProgressField, string>>) => {
    for (const [name, field] of Object.entries(fields)) field.showError(byField[name as ProgressField]);
    const summary = errorSummary(lines);
    messages.replaceChildren(summary);
    summary.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = {
      status: fields.status.control.value,
      percentComplete: fields.percentComplete.control.value,
      narrative: fields.narrative.control.value,
      evidenceUrl: fields.evidenceUrl.control.value,
    };
    const problems = progressProblems(input);
    if (problems.length > 0) {
      const byField: Partial<Record<ProgressField, string>> = {};
      for (const problem of problems) byField[problem.field] ??= problem.text;
      showErrors(problems.map((problem) => ({ text: problem.text, fieldId: fieldIds[problem.field] })), byField);
      return;
    }
    button.disabled = true;
    options
      .postUpdate(action.id, progressUpdateFrom(input))
      .then(onSaved)
      .catch((error: unknown) => {
        if (error instanceof InvalidRequestError) {
          const fromApi = progressProblemsFromApi(error.problem.errors ?? []);
          const lines: ErrorLine[] =
            fromApi.length > 0
              ? fromApi.map((problem) => ({ text: problem.text, fieldId: problem.field ? fieldIds[problem.field] : undefined }))
              : [{ text: error.problem.detail ?? error.problem.title }];
          const byField: Partial<Record<ProgressField, string>> = {};
          for (const problem of fromApi) if (problem.field) byField[problem.field] ??= problem.text;
          showErrors(lines, byField);
        } else if (error instanceof SignInRequiredError) {
          showErrors([{ text: 'Your sign-in has ended, so the update was not saved. ', more: link(options.signInAgainHref, 'Sign in again') }], {});
        } else if (error instanceof ForbiddenError) {
          showErrors([{ text: error.detail }], {});
        } else {
          if (!(error instanceof ServiceUnavailableError)) console.error(error);
          showErrors([{ text: 'Sorry, the update could not be saved because the service is not working. Try again later.' }], {});
        }
      })
      .finally(() => {
        button.disabled = false;
      });
  });

  return element(
    'details',
    { class: 'govuk-details app-wsoa-update app-no-print' },
    element('summary', { class: 'govuk-details__summary' }, element('span', { class: 'govuk-details__summary-text' }, 'Record progress', visuallyHidden(` on ${action.title}`))),
    element('div', { class: 'govuk-details__text' }, form),
  );
}
