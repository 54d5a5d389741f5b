/**
 * The rules a submitted figure must meet, checked as the user submits so that mistakes show at once.
 * They mirror the API's rules, but the API is the authority: its answer is always shown too.
 */
import type { Indicator } from './api';
import { periodExample, periodFormatInWords, periodStart } from './periods';

/** A form field a problem belongs to, named as the API names it. */
export type SubmissionField = 'indicator' | 'period' | 'value' | 'numerator' | 'denominator' | 'note';

/** One problem with one field, as a whole sentence for the error summary and the field. */
export interface FieldProblem {
  field: SubmissionField;
  text: string;
}

/** What the user typed, as text, exactly as it is in the form. */
export interface SubmissionInput {
  period: string;
  value: string;
  numerator: string;
  denominator: string;
  note: string;
}

/** The body of the PUT request. */
export interface FigureSubmission {
  value: number;
  numerator?: number | null;
  denominator?: number | null;
  note?: string;
}

export const NOTE_MAX_LENGTH = 1000;

/** The text as a number, or undefined when it is not one ("12,5" and "1e3" are not). */
function numberFrom(text: string): number | undefined {
  const plain = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return undefined;
  return Number(plain);
}

const isWhole = (value: number) => Number.isInteger(value);

/** Every problem with what the user typed; an empty list means the figure may be sent. */
export function submissionProblems(input: SubmissionInput, indicator: Pick<Indicator, 'unit' | 'periodType'>, today: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const period = input.period.trim();
  if (period === '') {
    problems.push({ field: 'period', text: `Enter the period, for example ${periodExample(indicator.periodType)}` });
  } else {
    const start = periodStart(period, indicator.periodType);
    if (!start) {
      problems.push({ field: 'period', text: `Period must be ${periodFormatInWords(indicator.periodType)}` });
    } else if (start > today) {
      problems.push({ field: 'period', text: 'Period must not be in the future' });
    }
  }

  const value = numberFrom(input.value);
  if (input.value.trim() === '') {
    problems.push({ field: 'value', text: 'Enter the value' });
  } else if (value === undefined) {
    problems.push({ field: 'value', text: 'Value must be a number, like 12 or 12.5' });
  } else if (value < 0) {
    problems.push({ field: 'value', text: 'Value must not be negative' });
  } else if (indicator.unit === 'percent' && value > 100) {
    problems.push({ field: 'value', text: 'Value is a percentage, so must be between 0 and 100' });
  } else if (indicator.unit === 'count' && !isWhole(value)) {
    problems.push({ field: 'value', text: 'Value is a count, so must be a whole number' });
  }

  if (indicator.unit === 'percent') {
    const numerator = numberFrom(input.numerator);
    const denominator = numberFrom(input.denominator);
    const wholeProblem = (field: 'numerator' | 'denominator', text: string, number: number | undefined) => {
      if (text.trim() === '') return false;
      if (number === undefined || number < 0 || !isWhole(number)) {
        problems.push({ field, text: `${field === 'numerator' ? 'Numerator' : 'Denominator'} must be a whole number, 0 or more` });
        return true;
      }
      return false;
    };
    const numeratorBad = wholeProblem('numerator', input.numerator, numerator);
    const denominatorBad = wholeProblem('denominator', input.denominator, denominator);
    const hasNumerator = input.numerator.trim() !== '';
    const hasDenominator = input.denominator.trim() !== '';
    if (hasNumerator && !hasDenominator) problems.push({ field: 'denominator', text: 'Enter the denominator as well as the numerator' });
    if (hasDenominator && !hasNumerator) problems.push({ field: 'numerator', text: 'Enter the numerator as well as the denominator' });
    if (!numeratorBad && !denominatorBad && numerator !== undefined && denominator !== undefined && numerator > denominator) {
      problems.push({ field: 'numerator', text: 'Numerator must not be more than the denominator' });
    }
  }

  if (input.note.length > NOTE_MAX_LENGTH) {
    problems.push({ field: 'note', text: `Note must be ${NOTE_MAX_LENGTH} characters or fewer` });
  }
  return problems;
}

/** The request body for a figure that has passed the checks. */
export function submissionFrom(input: SubmissionInput, indicator: Pick<Indicator, 'unit'>): FigureSubmission {
  const submission: FigureSubmission = { value: numberFrom(input.value) ?? Number.NaN };
  if (indicator.unit === 'percent') {
    const numerator = numberFrom(input.numerator);
    const denominator = numberFrom(input.denominator);
    if (numerator !== undefined) submission.numerator = numerator;
    if (denominator !== undefined) submission.denominator = denominator;
  }
  if (input.note.trim() !== '') submission.note = input.note.trim();
  return submission;
}

const fieldLabels: Record<string, string> = {
  indicator: 'Indicator',
  id: 'Indicator',
  code: 'Area',
  period: 'Period',
  value: 'Value',
  numerator: 'Numerator',
  denominator: 'Denominator',
  note: 'Note',
};

/** The form field for an API field name: `id` is the indicator, `code` the area (not a form field). */
export function formFieldFor(apiField: string): SubmissionField | undefined {
  if (apiField === 'id') return 'indicator';
  return (['indicator', 'period', 'value', 'numerator', 'denominator', 'note'] as const).find((field) => field === apiField);
}

/** The API's field errors as sentences: "must not be negative" on `value` reads "Value must not be negative". */
export function problemsFromApi(errors: { field: string; message: string }[]): { field: SubmissionField | undefined; text: string }[] {
  return errors.map(({ field, message }) => {
    const label = fieldLabels[field] ?? field;
    const startsLower = /^[a-z]/.test(message);
    return { field: formFieldFor(field), text: startsLower ? `${label} ${message}` : message };
  });
}
