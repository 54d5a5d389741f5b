import { describe, expect, it } from 'vitest';
import { periodExample } from './periods';
import { problemsFromApi, submissionFrom, submissionProblems, type SubmissionInput } from './submissionRules';

const today = new Date(2026, 10, 23); // 23 November 2026
const count = { unit: 'count', periodType: 'quarter' } as const;
const percent = { unit: 'percent', periodType: 'quarter' } as const;
const input = (typed: Partial<SubmissionInput>): SubmissionInput => ({ period: '2025-Q1', value: '412', numerator: '', denominator: '', note: '', ...typed });
const fieldsOf = (typed: Partial<SubmissionInput>, indicator: { unit: 'count' | 'percent'; periodType: 'quarter' } = count) =>
  submissionProblems(input(typed), indicator, today).map((problem) => problem.field);

describe('submissionProblems', () => {
  it('lets a whole count for a past quarter through', () => {
    expect(submissionProblems(input({}), count, today)).toEqual([]);
  });

  it('refuses a period in the wrong format or in the future, but not the quarter under way', () => {
    expect(submissionProblems(input({ period: '2025-Q5' }), count, today)).toEqual([
      { field: 'period', text: `Period must be a quarter like ${periodExample('quarter')}` },
    ]);
    expect(submissionProblems(input({ period: '2027-Q1' }), count, today)).toEqual([{ field: 'period', text: 'Period must not be in the future' }]);
    expect(fieldsOf({ period: '2026-Q4' })).toEqual([]);
    expect(fieldsOf({ period: ' ' })).toEqual(['period']);
  });

  it('takes a financial year where the indicator counts by financial year, and refuses one that has not started', () => {
    const byFinancialYear = { unit: 'count', periodType: 'financial_year' } as const;
    expect(submissionProblems(input({ period: '2026-27' }), byFinancialYear, today)).toEqual([]);
    expect(submissionProblems(input({ period: '2027-28' }), byFinancialYear, today)).toEqual([
      { field: 'period', text: 'Period must not be in the future' },
    ]);
    expect(submissionProblems(input({ period: '2025/26' }), byFinancialYear, today)).toEqual([
      { field: 'period', text: `Period must be a financial year like ${periodExample('financial_year')}` },
    ]);
  });

  it('takes any census month for a snapshot', () => {
    const bySnapshot = { unit: 'count', periodType: 'snapshot' } as const;
    expect(submissionProblems(input({ period: 'May 2026' }), bySnapshot, today)).toEqual([]);
    expect(submissionProblems(input({ period: 'December 2026' }), bySnapshot, today).map((problem) => problem.field)).toEqual(['period']);
  });

  it('wants counts whole and not negative', () => {
    expect(fieldsOf({ value: '12.5' })).toEqual(['value']);
    expect(fieldsOf({ value: '-1' })).toEqual(['value']);
    expect(fieldsOf({ value: 'twelve' })).toEqual(['value']);
    expect(fieldsOf({ value: '' })).toEqual(['value']);
    expect(fieldsOf({ value: '1,234' })).toEqual([]);
  });

  it('keeps percentages between 0 and 100, in the API’s words', () => {
    expect(submissionProblems(input({ value: '140' }), percent, today)).toEqual([
      { field: 'value', text: 'Value is a percentage, so must be between 0 and 100' },
    ]);
    expect(fieldsOf({ value: '100' }, percent)).toEqual([]);
    expect(fieldsOf({ value: '12.5' }, percent)).toEqual([]);
  });

  it('wants a whole numerator no more than the denominator, and both or neither', () => {
    expect(fieldsOf({ value: '50', numerator: '5', denominator: '10' }, percent)).toEqual([]);
    expect(fieldsOf({ value: '50', numerator: '11', denominator: '10' }, percent)).toEqual(['numerator']);
    expect(fieldsOf({ value: '50', numerator: '5.5', denominator: '10' }, percent)).toEqual(['numerator']);
    expect(fieldsOf({ value: '50', numerator: '5' }, percent)).toEqual(['denominator']);
    expect(fieldsOf({ value: '50', denominator: '-3', numerator: '1' }, percent)).toEqual(['denominator']);
  });

  it('limits the note to 1000 characters', () => {
    expect(fieldsOf({ note: 'x'.repeat(1001) })).toEqual(['note']);
  });
});

describe('submissionFrom', () => {
  it('sends numbers, numerator and denominator only for percentages, and no blank note', () => {
    expect(submissionFrom(input({ value: '1,234', numerator: '3' }), count)).toEqual({ value: 1234 });
    expect(submissionFrom(input({ value: '50', numerator: '5', denominator: '10', note: ' Checked ' }), percent)).toEqual({
      value: 50,
      numerator: 5,
      denominator: 10,
      note: 'Checked',
    });
  });
});

describe('problemsFromApi', () => {
  it('puts the field’s name before the API’s message and maps id to the indicator field', () => {
    expect(
      problemsFromApi([
        { field: 'value', message: 'must not be negative' },
        { field: 'id', message: 'does not take submissions' },
        { field: 'code', message: 'is not a local authority' },
      ]),
    ).toEqual([
      { field: 'value', text: 'Value must not be negative' },
      { field: 'indicator', text: 'Indicator does not take submissions' },
      { field: undefined, text: 'Area is not a local authority' },
    ]);
  });
});
