import { element } from '../dom';

/** A GOV.UK date input: day, month and year boxes in a fieldset, with a hint and one error message for the date. */
export interface DateInput {
  group: HTMLDivElement;
  day: HTMLInputElement;
  month: HTMLInputElement;
  year: HTMLInputElement;
  /** Shows an error on the date (every box is marked), or clears it when `text` is undefined. */
  showError(text: string | undefined): void;
}

export function dateInput(id: string, options: { legend: string; hint: string }): DateInput {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const box = (part: 'day' | 'month' | 'year', label: string, width: 2 | 4) => {
    const input = element('input', {
      class: `govuk-input govuk-date-input__input govuk-input--width-${width}`,
      id: `${id}-${part}`,
      name: part,
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
    });
    const item = element(
      'div',
      { class: 'govuk-date-input__item' },
      element('div', { class: 'govuk-form-group' }, element('label', { class: 'govuk-label govuk-date-input__label', for: input.id }, label), input),
    );
    return [input, item] as const;
  };
  const [day, dayItem] = box('day', 'Day', 2);
  const [month, monthItem] = box('month', 'Month', 2);
  const [year, yearItem] = box('year', 'Year', 4);
  const errorMessage = element('p', { class: 'govuk-error-message', id: errorId, hidden: true });
  const fieldset = element(
    'fieldset',
    { class: 'govuk-fieldset', role: 'group', 'aria-describedby': hintId },
    element('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, options.legend),
    element('div', { class: 'govuk-hint', id: hintId }, options.hint),
    errorMessage,
    element('div', { class: 'govuk-date-input', id }, dayItem, monthItem, yearItem),
  );
  const group = element('div', { class: 'govuk-form-group' }, fieldset);
  return {
    group,
    day,
    month,
    year,
    showError(text) {
      group.classList.toggle('govuk-form-group--error', text !== undefined);
      for (const input of [day, month, year]) input.classList.toggle('govuk-input--error', text !== undefined);
      errorMessage.hidden = text === undefined;
      errorMessage.replaceChildren(...(text === undefined ? [] : [element('span', { class: 'govuk-visually-hidden' }, 'Error: '), text]));
      fieldset.setAttribute('aria-describedby', text === undefined ? hintId : `${hintId} ${errorId}`);
    },
  };
}
