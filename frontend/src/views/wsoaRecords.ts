import {
  ForbiddenError,
  InvalidRequestError,
  NotFoundError,
  ServiceUnavailableError,
  SignInRequiredError,
  type NewAction,
  type NewWeakness,
  type WsoaAction,
  type WsoaWeakness,
} from '../api';
import { element, link, visuallyHidden } from '../dom';
import { themeInWords, THEMES } from '../inspectionWords';
import {
  ACTION_OWNER_MAX_LENGTH,
  ACTION_TITLE_MAX_LENGTH,
  actionFrom,
  actionProblems,
  recordProblemsFromApi,
  WEAKNESS_TEXT_MAX_LENGTH,
  weaknessFrom,
  weaknessProblems,
  type ActionField,
  type RecordProblem,
  type WeaknessField,
} from '../wsoaRecordRules';
import { dateInput } from './dateInput';
import { errorSummary, formField, type ErrorLine } from './formErrors';
import { paragraph } from './page';

export interface RecordOptions {
  areaName: string;
  /** Records a weakness; rejects with InvalidRequestError, SignInRequiredError, ForbiddenError or NotFoundError. */
  postWeakness(weakness: NewWeakness): Promise<WsoaWeakness>;
  /** Adds an action to a weakness; rejects as postWeakness does. */
  postAction(weaknessId: number, action: NewAction): Promise<WsoaAction>;
  signInAgainHref: string;
}

/** How one of these forms checks, sends and reports: the same for a weakness and an action. */
interface RecordForm<Field extends string, Input, Result> {
  form: HTMLFormElement;
  messages: HTMLElement;
  button: HTMLButtonElement;
  fieldIds: Record<Field, string>;
  showFieldError: Record<Field, (text: string | undefined) => void>;
  read(): Input;
  problems(input: Input): RecordProblem<Field>[];
  send(input: Input): Promise<Result>;
  what: string;
  options: RecordOptions;
  onSaved(result: Result): void;
}

function handleSubmits<Field extends string, Input, Result>(spec: RecordForm<Field, Input, Result>): void {
  const fields = Object.keys(spec.fieldIds) as Field[];
  const showErrors = (lines: ErrorLine[], byField: Partial<Record<Field, string>>) => {
    for (const field of fields) spec.showFieldError[field](byField[field]);
    const summary = errorSummary(lines);
    spec.messages.replaceChildren(summary);
    summary.focus();
  };
  const firstPerField = (problems: { field: Field | undefined; text: string }[]) => {
    const byField: Partial<Record<Field, string>> = {};
    for (const problem of problems) if (problem.field) byField[problem.field] ??= problem.text;
    return byField;
  };

  spec.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = spec.read();
    const problems = spec.problems(input);
    if (problems.length > 0) {
      showErrors(
        problems.map((problem) => ({ text: problem.text, fieldId: spec.fieldIds[problem.field] })),
        firstPerField(problems),
      );
      return;
    }
    spec.button.disabled = true;
    spec
      .send(input)
      .then(spec.onSaved)
      .catch((error: unknown) => {
        if (error instanceof InvalidRequestError) {
          const fromApi = recordProblemsFromApi(error.problem.errors ?? [], fields as never[], { code: spec.options.areaName }) as { field: Field | undefined; text: string }[];
          const lines: ErrorLine[] =
            fromApi.length > 0
              ? fromApi.map((problem) => ({ text: problem.text, fieldId: problem.field ? spec.fieldIds[problem.field] : undefined }))
              : [{ text: error.problem.detail ?? error.problem.title }];
          showErrors(lines, firstPerField(fromApi));
        } else if (error instanceof SignInRequiredError) {
          showErrors([{ text: `Your sign-in has ended, so the ${spec.what} was not saved. `, more: link(spec.options.signInAgainHref, 'Sign in again') }], {});
        } else if (error instanceof ForbiddenError || error instanceof NotFoundError) {
          showErrors([{ text: error.message }], {});
        } else {
          if (!(error instanceof ServiceUnavailableError)) console.error(error);
          showErrors([{ text: `Sorry, the ${spec.what} could not be saved because the service is not working. Try again later.` }], {});
        }
      })
      .finally(() => {
        spec.button.disabled = false;
      });
  });
}

/**
 * The form to record one of the significant weaknesses Ofsted found, with how many are recorded so far.
 * Offered only while fewer are recorded than the inspection found.
 */
export function weaknessForm(recorded: number, found: number, options: RecordOptions, onSaved: (weakness: WsoaWeakness) => void): HTMLElement {
  const headingId = 'add-weakness-heading';
  const fieldIds: Record<WeaknessField, string> = { text: 'weakness-text', theme: 'weakness-theme' };
  const text = formField(element('textarea', { class: 'govuk-textarea', id: fieldIds.text, name: 'text', rows: 3 }), {
    label: 'Significant weakness',
    hint: `As the inspection report words it, in up to ${WEAKNESS_TEXT_MAX_LENGTH.toLocaleString('en-GB')} characters`,
  });
  const theme = formField(
    element(
      'select',
      { class: 'govuk-select', id: fieldIds.theme, name: 'theme' },
      element('option', { value: '' }, 'Choose a theme'),
      ...THEMES.map((each) => element('option', { value: each }, themeInWords(each))),
    ),
    { label: 'Theme', hint: 'The line of enquiry the weakness falls under' },
  );
  const messages = element('div', { class: 'app-form-messages' });
  const button = element('button', { type: 'submit', class: 'govuk-button' }, 'Add the weakness');
  const form = element('form', { class: 'app-wsoa-form', novalidate: true, 'aria-labelledby': headingId }, messages, text.group, theme.group, button);
  handleSubmits({
    form,
    messages,
    button,
    fieldIds,
    showFieldError: { text: (message) => text.showError(message), theme: (message) => theme.showError(message) },
    read: () => ({ text: text.control.value, theme: theme.control.value }),
    problems: weaknessProblems,
    send: (input) => options.postWeakness(weaknessFrom(input)),
    what: 'weakness',
    options,
    onSaved,
  });
  return element(
    'section',
    { class: 'app-add-weakness app-no-print', 'aria-labelledby': headingId },
    element('h4', { class: 'govuk-heading-s', id: headingId }, 'Add a significant weakness'),
    paragraph(`${recorded} of ${found} recorded: the inspection found ${found} significant ${found === 1 ? 'weakness' : 'weaknesses'}.`),
    form,
  );
}

/** The form to add an action to one weakness, folded away under "Add an action". */
export function actionForm(weakness: Pick<WsoaWeakness, 'id' | 'number'>, options: RecordOptions, onSaved: (action: WsoaAction) => void): HTMLElement {
  const id = (field: string) => `weakness-${weakness.id}-action-${field}`;
  const fieldIds: Record<ActionField, string> = { title: id('title'), owner: id('owner'), dueDate: id('due-day') };
  const title = formField(element('input', { class: 'govuk-input', id: fieldIds.title, name: 'title', type: 'text', autocomplete: 'off' }), {
    label: 'Action',
    hint: `What will be done, in up to ${ACTION_TITLE_MAX_LENGTH} characters`,
  });
  const owner = formField(element('input', { class: 'govuk-input', id: fieldIds.owner, name: 'owner', type: 'text', autocomplete: 'off' }), {
    label: 'Owner',
    hint: `The role or team responsible, not a person’s name, in up to ${ACTION_OWNER_MAX_LENGTH} characters`,
  });
  const due = dateInput(id('due'), { legend: 'Due date', hint: 'For example, 27 3 2027' });
  const messages = element('div', { class: 'app-form-messages' });
  const button = element('button', { type: 'submit', class: 'govuk-button' }, 'Add the action', visuallyHidden(` to significant weakness ${weakness.number}`));
  const form = element(
    'form',
    { class: 'app-wsoa-form', novalidate: true, 'aria-label': `Add an action to significant weakness ${weakness.number}` },
    messages,
    title.group,
    owner.group,
    due.group,
    button,
  );
  handleSubmits({
    form,
    messages,
    button,
    fieldIds,
    showFieldError: { title: (message) => title.showError(message), owner: (message) => owner.showError(message), dueDate: (message) => due.showError(message) },
    read: () => ({ title: title.control.value, owner: owner.control.value, day: due.day.value, month: due.month.value, year: due.year.value }),
    problems: actionProblems,
    send: (input) => options.postAction(weakness.id, actionFrom(input)),
    what: 'action',
    options,
    onSaved,
  });
  return element(
    'details',
    { class: 'govuk-details app-wsoa-add-action app-no-print' },
    element('summary', { class: 'govuk-details__summary' }, element('span', { class: 'govuk-details__summary-text' }, 'Add an action', visuallyHidden(` to significant weakness ${weakness.number}`))),
    element('div', { class: 'govuk-details__text' }, form),
  );
}
