import { describe, expect, it } from 'vitest';
import type { Problem } from '../api';
import { errorLinesFromProblem, errorSummary, formField } from './formErrors';
import { element } from '../dom';

const refused: Problem = {
  type: 'about:blank',
  title: 'Invalid request',
  status: 400,
  detail: "'period' must not be in the future; 'value' must not be negative.",
  errors: [
    { field: 'period', message: 'must not be in the future' },
    { field: 'value', message: 'must not be negative' },
  ],
};

describe('error summary from a problem+json answer', () => {
  it('lists each field error in words, linked to its field', () => {
    const summary = errorSummary(errorLinesFromProblem(refused, (field) => `submit-${field}`));
    const links = [...summary.querySelectorAll('a')];

    expect(summary.querySelector('h2')?.textContent).toBe('There is a problem');
    expect(summary.querySelector('[role="alert"]')).not.toBeNull();
    expect(links.map((each) => [each.textContent, each.getAttribute('href')])).toEqual([
      ['Period must not be in the future', '#submit-period'],
      ['Value must not be negative', '#submit-value'],
    ]);
  });

  it('shows the detail, unlinked, when the problem names no field', () => {
    const summary = errorSummary(errorLinesFromProblem({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Not your area.' }, () => undefined));
    expect(summary.querySelector('li')?.textContent).toBe('Not your area.');
    expect(summary.querySelector('a')).toBeNull();
  });

  it('focuses the field when a link is followed', () => {
    const input = element('input', { id: 'submit-value' });
    const summary = errorSummary([{ text: 'Value must not be negative', fieldId: 'submit-value' }]);
    document.body.replaceChildren(summary, input);
    summary.querySelector('a')?.click();
    expect(document.activeElement).toBe(input);
  });
});

describe('formField', () => {
  it('shows an error on the field and tells screen readers about it', () => {
    const field = formField(element('input', { id: 'submit-value', class: 'govuk-input' }), { label: 'Value', hint: 'A whole number' });
    field.showError('Value must not be negative');

    expect(field.group.classList).toContain('govuk-form-group--error');
    expect(field.control.classList).toContain('govuk-input--error');
    expect(field.group.querySelector('.govuk-error-message')?.textContent).toBe('Error: Value must not be negative');
    expect(field.control.getAttribute('aria-describedby')).toBe('submit-value-hint submit-value-error');

    field.showError(undefined);
    expect(field.group.classList).not.toContain('govuk-form-group--error');
    expect(field.control.getAttribute('aria-describedby')).toBe('submit-value-hint');
  });
});
