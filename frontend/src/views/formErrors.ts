import type { Problem } from '../api';
import { element, type Child } from '../dom';
import { problemsFromApi } from '../submissionRules';

/** One line of an error summary: what is wrong, and the field it is about (its id) when there is one. */
export interface ErrorLine {
  text: string;
  fieldId?: string | undefined;
  /** Extra content after the text, such as a link to sign in again. */
  more?: Child;
}

/**
 * The GOV.UK error summary: a list of what is wrong, each line linking to its field. It takes focus
 * when shown (call `focus()`), so screen readers read it at once; following a link focuses the field.
 */
export function errorSummary(lines: ErrorLine[]): HTMLElement {
  const summary = element(
    'div',
    { class: 'govuk-error-summary', tabindex: -1 },
    element(
      'div',
      { role: 'alert' },
      element('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
      element(
        'div',
        { class: 'govuk-error-summary__body' },
        element(
          'ul',
          { class: 'govuk-list govuk-error-summary__list' },
          ...lines.map((line) =>
            element('li', {}, line.fieldId ? element('a', { href: `#${line.fieldId}` }, line.text) : line.text, line.more ?? null),
          ),
        ),
      ),
    ),
  );
  summary.addEventListener('click', (event) => {
    const anchor = event.target instanceof Element ? event.target.closest('a') : null;
    const fieldId = anchor?.getAttribute('href')?.startsWith('#') ? anchor.getAttribute('href')?.slice(1) : undefined;
    const field = fieldId ? document.getElementById(fieldId) : null;
    if (!field) return;
    // Like GOV.UK Frontend's own script: move focus to the field rather than only scrolling to it.
    event.preventDefault();
    field.scrollIntoView?.();
    field.focus();
  });
  return summary;
}

/**
 * The error summary lines for a problem+json answer: one per field error, linked to the form field
 * that `fieldIdFor` names; the problem's detail when it names no fields.
 */
export function errorLinesFromProblem(problem: Problem, fieldIdFor: (field: string) => string | undefined): ErrorLine[] {
  const errors = problem.errors ?? [];
  if (errors.length === 0) return [{ text: problem.detail ?? problem.title }];
  return problemsFromApi(errors).map((each, index) => ({
    text: each.text,
    fieldId: fieldIdFor(each.field ?? errors[index]?.field ?? ''),
  }));
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A GOV.UK form group: label, optional hint, error message when there is one, and the control. */
export interface FormField {
  group: HTMLDivElement;
  control: Control;
  hint: HTMLElement | undefined;
  /** Shows an error on the field, or clears it when `text` is undefined. */
  showError(text: string | undefined): void;
  setHint(text: string): void;
}

export interface FormFieldOptions {
  label: string;
  hint?: string;
  /** Shown after the control, e.g. "%": for sighted users only, so say it in the label as well. */
  suffix?: string;
}

export function formField(control: Control, options: FormFieldOptions): FormField {
  const id = control.id;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hint = options.hint !== undefined ? element('div', { class: 'govuk-hint', id: hintId }, options.hint) : undefined;
  const errorMessage = element('p', { class: 'govuk-error-message', id: errorId, hidden: true });
  const controlSlot = options.suffix
    ? element('div', { class: 'govuk-input__wrapper' }, control, element('div', { class: 'govuk-input__suffix', 'aria-hidden': 'true' }, options.suffix))
    : control;
  const group = element(
    'div',
    { class: 'govuk-form-group' },
    element('label', { class: 'govuk-label govuk-label--s', for: id }, options.label),
    hint ?? null,
    errorMessage,
    controlSlot,
  );
  const errorClass = control instanceof HTMLSelectElement ? 'govuk-select--error' : control instanceof HTMLTextAreaElement ? 'govuk-textarea--error' : 'govuk-input--error';
  const describe = (withError: boolean) => {
    const ids = [hint ? hintId : '', withError ? errorId : ''].filter(Boolean).join(' ');
    if (ids) control.setAttribute('aria-describedby', ids);
    else control.removeAttribute('aria-describedby');
  };
  describe(false);
  return {
    group,
    control,
    hint,
    showError(text) {
      group.classList.toggle('govuk-form-group--error', text !== undefined);
      control.classList.toggle(errorClass, text !== undefined);
      errorMessage.hidden = text === undefined;
      errorMessage.replaceChildren(...(text === undefined ? [] : [element('span', { class: 'govuk-visually-hidden' }, 'Error: '), text]));
      describe(text !== undefined);
    },
    setHint(text) {
      hint?.replaceChildren(text);
    },
  };
}
