import { describe, expect, it } from 'vitest';
import { actionFrom, actionProblems, isoDateFrom, recordProblemsFromApi, weaknessFrom, weaknessProblems, type ActionInput } from './wsoaRecordRules';

const actionInput = (typed: Partial<ActionInput>): ActionInput => ({ title: 'Train SENCOs', owner: 'Head of SEND', day: '27', month: '3', year: '2027', ...typed });

describe('weaknessProblems', () => {
  it('accepts the weakness as the report words it, with a theme the API knows', () => {
    expect(weaknessProblems({ text: 'Waiting times are too long.', theme: 'health_waits' })).toEqual([]);
    expect(weaknessProblems({ text: 'x'.repeat(1000), theme: 'outcomes' })).toEqual([]);
  });

  it('needs 1 to 1,000 characters and a theme', () => {
    expect(weaknessProblems({ text: '  ', theme: '' })).toEqual([
      { field: 'text', text: 'Enter the weakness as the inspection report words it' },
      { field: 'theme', text: 'Select the theme of the weakness' },
    ]);
    expect(weaknessProblems({ text: 'x'.repeat(1001), theme: 'made_up' })).toEqual([
      { field: 'text', text: 'The weakness must be 1,000 characters or fewer' },
      { field: 'theme', text: 'Select the theme of the weakness' },
    ]);
  });

  it('sends the text trimmed', () => {
    expect(weaknessFrom({ text: ' Too slow. ', theme: 'identification' })).toEqual({ text: 'Too slow.', theme: 'identification' });
  });
});

describe('actionProblems', () => {
  it('accepts a title, an owner and a real due date', () => {
    expect(actionProblems(actionInput({}))).toEqual([]);
    expect(actionProblems(actionInput({ title: 'x'.repeat(500), owner: 'y'.repeat(200), day: '29', month: '02', year: '2028' }))).toEqual([]);
  });

  it('needs a title of up to 500 characters and an owner of up to 200', () => {
    expect(actionProblems(actionInput({ title: ' ', owner: '' }))).toEqual([
      { field: 'title', text: 'Enter what the action is' },
      { field: 'owner', text: 'Enter who owns the action' },
    ]);
    expect(actionProblems(actionInput({ title: 'x'.repeat(501), owner: 'y'.repeat(201) })).map((problem) => problem.text)).toEqual([
      'The action must be 500 characters or fewer',
      'The owner must be 200 characters or fewer',
    ]);
  });

  it('says what is missing from the due date, or that it is not a real date, as GOV.UK’s date input does', () => {
    const dueDate = (typed: Partial<ActionInput>) => actionProblems(actionInput(typed)).map((problem) => [problem.field, problem.text]);
    expect(dueDate({ day: '', month: '', year: '' })).toEqual([['dueDate', 'Enter the date the action is due']]);
    expect(dueDate({ month: '' })).toEqual([['dueDate', 'The due date must include a month']]);
    expect(dueDate({ day: '', year: '' })).toEqual([['dueDate', 'The due date must include a day and year']]);
    expect(dueDate({ year: '27' })).toEqual([['dueDate', 'The year must include 4 numbers']]);
    for (const [day, month] of [['31', '4'], ['29', '2'], ['0', '1'], ['x', '1'], ['1', '13']]) {
      expect(dueDate({ day, month, year: '2027' }), `${day}/${month}`).toEqual([['dueDate', 'The due date must be a real date']]);
    }
  });

  it('sends the date as YYYY-MM-DD and the words trimmed', () => {
    expect(actionFrom(actionInput({ title: ' Train SENCOs ', owner: ' Head of SEND ', day: '7', month: '03', year: '2027' }))).toEqual({
      title: 'Train SENCOs',
      owner: 'Head of SEND',
      dueDate: '2027-03-07',
    });
    expect(isoDateFrom(' 1 ', '1', '2030')).toBe('2030-01-01');
  });
});

describe('recordProblemsFromApi', () => {
  it('names the form field when the API names one, and shows others as the API words them', () => {
    expect(
      recordProblemsFromApi(
        [
          { field: 'title', message: 'must not be blank' },
          { field: 'body.dueDate', message: 'must be a date' },
          { field: 'code', message: 'already has all 2 significant weaknesses the inspection found' },
          { field: 'other', message: 'something else' },
        ],
        ['title', 'owner', 'dueDate'] as const,
        { code: 'Barnsley' },
      ),
    ).toEqual([
      { field: 'title', text: 'The action must not be blank' },
      { field: 'dueDate', text: 'The due date must be a date' },
      { field: undefined, text: 'Barnsley already has all 2 significant weaknesses the inspection found' },
      { field: undefined, text: 'Something else' },
    ]);
  });
});
