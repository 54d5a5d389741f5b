import { ForbiddenError, InvalidRequestError, ServiceUnavailableError, SignInRequiredError, type Area, type Indicator, type SubmittedFigure } from '../api';
import { element, link } from '../dom';
import { formatValue } from '../figures';
import { periodHint } from '../periods';
import { canPublish, canSubmitFor, roleInWords, type Session } from '../session';
import {
  NOTE_MAX_LENGTH,
  submissionFrom,
  submissionProblems,
  type FigureSubmission,
  type SubmissionField,
} from '../submissionRules';
import { areaHref, homeHref, signInHref, submitHref } from '../urlState';
import { errorLinesFromProblem, errorSummary, formField, type ErrorLine, type FormField } from './formErrors';
import { breadcrumbs, mainHeading, paragraph, type Breadcrumb, type Page } from './page';
import { submissionStatusTag, type SubmissionsSection } from './submissions';

export const SUBMIT_TITLE = 'Submit a local figure';

export interface SubmitOptions {
  area: Area;
  /** Indicators that take submissions (collection `local`). */
  indicators: Indicator[];
  session: Session | undefined;
  /** The indicator chosen in the link, if any. */
  indicatorId?: string | undefined;
  today: Date;
  /** Sends a figure; rejects with InvalidRequestError, SignInRequiredError or ForbiddenError. */
  submit(indicatorId: string, period: string, submission: FigureSubmission): Promise<SubmittedFigure>;
  /** The area's submissions, for those who may see them. */
  submissions?: SubmissionsSection | undefined;
}

const fieldIds: Record<SubmissionField, string> = {
  indicator: 'submit-indicator',
  period: 'submit-period',
  value: 'submit-value',
  numerator: 'submit-numerator',
  denominator: 'submit-denominator',
  note: 'submit-note',
};

/** What goes after the value box: the unit in a word or sign. */
function unitSuffix(indicator: Indicator): string | undefined {
  switch (indicator.unit) {
    case 'percent':
      return '%';
    case 'weeks':
      return 'weeks';
    case 'days':
      return 'days';
    case 'gbp':
      return '£';
    case 'rate':
      return indicator.rateBase ? `per ${indicator.rateBase}` : undefined;
    default:
      return undefined;
  }
}

/** "Value (per cent, 0 to 100)": the label says what the suffix shows, for screen readers. */
export function valueHint(indicator: Indicator): string {
  switch (indicator.unit) {
    case 'percent':
      return 'A percentage from 0 to 100';
    case 'count':
      return 'A whole number';
    case 'weeks':
      return 'In weeks, for example 12.5';
    case 'days':
      return 'In days';
    default:
      return indicator.definition;
  }
}

/** The page where an area leader submits a locally held figure, with the area's figures submitted below. */
export function renderSubmit(options: SubmitOptions): Page {
  const { area, session } = options;
  const trail: Breadcrumb[] = [{ text: 'Home', href: homeHref() }];
  if (area.region) trail.push({ text: area.region.name, href: areaHref(area.region.code) });
  trail.push({ text: area.name, href: areaHref(area.code) });
  const here = submitHref(area.code, options.indicatorId);

  const content = element('div', {});
  const heading = mainHeading(SUBMIT_TITLE, area.name);
  const page: Page = { title: `${SUBMIT_TITLE} – ${area.name}`, breadcrumbs: breadcrumbs(trail), content };

  if (!session) {
    content.append(
      heading,
      paragraph(`Only ${area.name}’s area leaders (and administrators) can submit figures for ${area.name}.`),
      paragraph('You need to ', link(signInHref(here), 'sign in'), ' to submit a figure.'),
    );
    return page;
  }

  if (!canSubmitFor(session, area.code)) {
    content.append(heading);
    if (canPublish(session)) {
      content.append(paragraph(`You are signed in as an ${roleInWords(session)}: you can check and publish the figures ${area.name} has submitted, below.`));
    } else {
      content.append(
        paragraph(`You are signed in as ${session.username}, ${roleInWords(session)}: you can submit figures only for your own area.`),
      );
      if (session.areaCode) content.append(paragraph(link(submitHref(session.areaCode), 'Submit a figure for your area')));
    }
    if (options.submissions) content.append(options.submissions.element);
    return page;
  }

  const form = submitForm(options);
  content.append(
    element('div', { class: 'govuk-grid-row' }, element('div', { class: 'govuk-grid-column-two-thirds' }, form.messages, heading, paragraph(
      `Figures you submit are stored as submitted and shown to the public only once an adviser has checked and published them. Submitting a figure for a period that already has one corrects it; every change is recorded.`,
    ), form.element)),
  );
  if (options.submissions) content.append(options.submissions.element);
  return page;
}

function submitForm(options: SubmitOptions): { element: HTMLFormElement; messages: HTMLElement } {
  const { indicators, today } = options;
  const chosen = indicators.find((indicator) => indicator.id === options.indicatorId) ?? indicators[0];
  const messages = element('div', {});

  const fields: Record<SubmissionField, FormField> = {
    indicator: formField(
      element(
        'select',
        { class: 'govuk-select app-select', id: fieldIds.indicator, name: 'indicator' },
        ...indicators.map((indicator) => element('option', { value: indicator.id, selected: indicator === chosen }, indicator.name)),
      ),
      { label: 'Indicator' },
    ),
    period: formField(
      element('input', { class: 'govuk-input govuk-input--width-10', id: fieldIds.period, name: 'period', type: 'text', spellcheck: 'false', autocomplete: 'off' }),
      { label: 'Period', hint: '' },
    ),
    value: formField(element('input', { class: 'govuk-input govuk-input--width-10', id: fieldIds.value, name: 'value', type: 'text', inputmode: 'decimal', autocomplete: 'off' }), {
      label: 'Value',
      hint: '',
      suffix: ' ',
    }),
    numerator: formField(element('input', { class: 'govuk-input govuk-input--width-10', id: fieldIds.numerator, name: 'numerator', type: 'text', inputmode: 'numeric', autocomplete: 'off' }), {
      label: 'Numerator (optional)',
      hint: 'How many of the denominator the percentage counts',
    }),
    denominator: formField(element('input', { class: 'govuk-input govuk-input--width-10', id: fieldIds.denominator, name: 'denominator', type: 'text', inputmode: 'numeric', autocomplete: 'off' }), {
      label: 'Denominator (optional)',
      hint: 'How many the percentage is out of',
    }),
    note: formField(element('textarea', { class: 'govuk-textarea', id: fieldIds.note, name: 'note', rows: 3, maxlength: NOTE_MAX_LENGTH }), {
      label: 'Note (optional)',
      hint: 'How the figure was produced, or what changed',
    }),
  };
  const proportionFields = element('div', { class: 'app-proportion-fields' }, fields.numerator.group, fields.denominator.group);
  const valueSuffix = fields.value.group.querySelector('.govuk-input__suffix') as HTMLElement;
  const periodInput = fields.period.control as HTMLInputElement;

  const indicatorChosen = () => indicators.find((indicator) => indicator.id === fields.indicator.control.value) ?? chosen;
  const showIndicator = (indicator: Indicator | undefined) => {
    if (!indicator) return;
    fields.period.setHint(periodHint(indicator.periodType));
    fields.value.setHint(valueHint(indicator));
    const suffix = unitSuffix(indicator);
    valueSuffix.textContent = suffix ?? '';
    valueSuffix.hidden = suffix === undefined;
    proportionFields.hidden = indicator.unit !== 'percent';
  };
  showIndicator(chosen);
  fields.indicator.control.addEventListener('change', () => showIndicator(indicatorChosen()));

  const button = element('button', { type: 'submit', class: 'govuk-button' }, 'Submit figure');
  const form = element(
    'form',
    { method: 'post', novalidate: true, 'aria-label': 'Submit a figure' },
    fields.indicator.group,
    fields.period.group,
    fields.value.group,
    proportionFields,
    fields.note.group,
    button,
  );

  const clearErrors = () => {
    for (const field of Object.values(fields)) field.showError(undefined);
  };
  const showErrors = (lines: ErrorLine[], byField: Partial<Record<SubmissionField, string>>) => {
    clearErrors();
    for (const [field, text] of Object.entries(byField)) fields[field as SubmissionField].showError(text);
    const summary = errorSummary(lines);
    messages.replaceChildren(summary);
    summary.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const indicator = indicatorChosen();
    if (!indicator) return;
    const input = {
      period: periodInput.value,
      value: fields.value.control.value,
      numerator: fields.numerator.control.value,
      denominator: fields.denominator.control.value,
      note: fields.note.control.value,
    };
    const problems = submissionProblems(input, indicator, today);
    if (problems.length > 0) {
      const byField: Partial<Record<SubmissionField, string>> = {};
      for (const problem of problems) byField[problem.field] ??= problem.text;
      showErrors(
        problems.map((problem) => ({ text: problem.text, fieldId: fieldIds[problem.field] })),
        byField,
      );
      return;
    }
    const period = input.period.trim();
    button.disabled = true;
    options
      .submit(indicator.id, period, submissionFrom(input, indicator))
      .then((submitted) => {
        clearErrors();
        const banner = successBanner(submitted);
        messages.replaceChildren(banner);
        banner.focus();
        return options.submissions?.refresh();
      })
      .catch((error: unknown) => {
        if (error instanceof InvalidRequestError) {
          const fieldIdFor = (field: string) => {
            const formField = (Object.keys(fieldIds) as SubmissionField[]).find((each) => each === field || (field === 'id' && each === 'indicator'));
            return formField ? fieldIds[formField] : undefined;
          };
          const lines = errorLinesFromProblem(error.problem, fieldIdFor);
          const byField: Partial<Record<SubmissionField, string>> = {};
          for (const line of lines) {
            const field = (Object.keys(fieldIds) as SubmissionField[]).find((each) => fieldIds[each] === line.fieldId);
            if (field) byField[field] ??= line.text;
          }
          showErrors(lines, byField);
        } else if (error instanceof SignInRequiredError) {
          showErrors([{ text: 'Your sign-in has ended, so the figure was not submitted. ', more: link(signInHref(submitHref(options.area.code, indicator.id)), 'Sign in again') }], {});
        } else if (error instanceof ForbiddenError) {
          showErrors([{ text: error.detail }], {});
        } else {
          if (!(error instanceof ServiceUnavailableError)) console.error(error);
          showErrors([{ text: 'Sorry, the figure could not be submitted because the service is not working. Try again later.' }], {});
        }
      })
      .finally(() => {
        button.disabled = false;
      });
  });

  return { element: form, messages };
}

/** The GOV.UK success banner for a figure just submitted. */
export function successBanner(submitted: SubmittedFigure): HTMLElement {
  const value = submitted.figure.value;
  return element(
    'div',
    { class: 'govuk-notification-banner govuk-notification-banner--success', role: 'alert', 'aria-labelledby': 'submitted-banner-title', tabindex: -1 },
    element('div', { class: 'govuk-notification-banner__header' }, element('h2', { class: 'govuk-notification-banner__title', id: 'submitted-banner-title' }, 'Success')),
    element(
      'div',
      { class: 'govuk-notification-banner__content' },
      element('p', { class: 'govuk-notification-banner__heading' }, `Figure submitted: ${submitted.indicator.name}, ${submitted.figure.period}`),
      element(
        'p',
        { class: 'govuk-body' },
        `${submitted.area.name}: ${value === null || value === undefined ? 'no value' : formatValue(value, submitted.indicator)}. `,
        submissionStatusTag(submitted.figure.status),
      ),
      submitted.figure.status === 'submitted'
        ? element('p', { class: 'govuk-body' }, 'It shows to the public once an adviser has checked and published it.')
        : null,
    ),
  );
}
