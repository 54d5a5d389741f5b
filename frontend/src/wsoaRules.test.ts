import { describe, expect, it } from 'vitest';
import { isWebLink, progressProblems, progressProblemsFromApi, progressUpdateFrom, type ProgressInput } from './wsoaRules';

const input = (typed: Partial<ProgressInput>): ProgressInput => ({ status: 'on_track', percentComplete: '40', narrative: 'Clinics added.', evidenceUrl: '', ...typed });
const problemsOf = (typed: Partial<ProgressInput>) => progressProblems(input(typed));

describe('progressProblems', () => {
  it('accepts a sensible update', () => {
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf({ status: 'complete', percentComplete: '100', evidenceUrl: 'https://example.org/minutes.pdf' })).toEqual([]);
    expect(problemsOf({ status: 'not_started', percentComplete: '0' })).toEqual([]);
  });

  it('needs a status the API knows', () => {
    expect(problemsOf({ status: '' })).toEqual([{ field: 'status', text: 'Select the status of the action' }]);
    expect(problemsOf({ status: 'done' }).map((problem) => problem.field)).toEqual(['status']);
  });

  it('needs a whole percentage from 0 to 100', () => {
    expect(problemsOf({ percentComplete: '' })[0]?.text).toBe('Enter how much of the action is complete, from 0 to 100');
    for (const typed of ['101', '-1', '40.5', 'forty', '1e2']) {
      expect(problemsOf({ percentComplete: typed }), typed).toEqual([{ field: 'percentComplete', text: 'Percent complete must be a whole number from 0 to 100' }]);
    }
    expect(problemsOf({ percentComplete: ' 40% ' })).toEqual([]);
  });

  it('needs exactly 100 when, and only when, the action is complete', () => {
    expect(problemsOf({ status: 'complete', percentComplete: '90' })[0]?.text).toBe('Percent complete must be 100 when the status is Complete');
    expect(problemsOf({ status: 'at_risk', percentComplete: '100' })[0]?.text).toBe('Percent complete can be 100 only when the status is Complete, not At risk');
  });

  it('needs 0 for an action not started', () => {
    expect(problemsOf({ status: 'not_started', percentComplete: '10' })[0]?.text).toBe('Percent complete must be 0 when the status is Not started');
  });

  it('needs a narrative of 1 to 2,000 characters, spaces at the ends not counted', () => {
    expect(problemsOf({ narrative: '   ' })).toEqual([{ field: 'narrative', text: 'Enter what was done' }]);
    expect(problemsOf({ narrative: ` ${'a'.repeat(2000)} ` })).toEqual([]);
    expect(problemsOf({ narrative: 'a'.repeat(2001) })).toEqual([{ field: 'narrative', text: 'What was done must be 2,000 characters or fewer' }]);
  });

  it('takes an evidence link only as an http or https address of at most 500 characters', () => {
    expect(problemsOf({ evidenceUrl: 'ftp://example.org/a' }).map((problem) => problem.field)).toEqual(['evidenceUrl']);
    expect(problemsOf({ evidenceUrl: 'javascript:alert(1)' }).map((problem) => problem.field)).toEqual(['evidenceUrl']);
    expect(problemsOf({ evidenceUrl: 'example.org/report' }).map((problem) => problem.field)).toEqual(['evidenceUrl']);
    expect(problemsOf({ evidenceUrl: `https://example.org/${'a'.repeat(480)}` })).toEqual([]);
    expect(problemsOf({ evidenceUrl: `https://example.org/${'a'.repeat(481)}` }).map((problem) => problem.field)).toEqual(['evidenceUrl']);
  });

  it('lists every field’s problem in the form’s order', () => {
    expect(progressProblems({ status: '', percentComplete: 'x', narrative: '', evidenceUrl: 'nope' }).map((problem) => problem.field)).toEqual([
      'status',
      'percentComplete',
      'narrative',
      'evidenceUrl',
    ]);
  });
});

describe('isWebLink', () => {
  it('needs a host', () => {
    expect(isWebLink('https://')).toBe(false);
    expect(isWebLink('http://example.org')).toBe(true);
  });
});

describe('progressUpdateFrom', () => {
  it('sends numbers as numbers, trimmed text, and no evidence link when none was given', () => {
    expect(progressUpdateFrom(input({ percentComplete: ' 40 ', narrative: ' Clinics added. ' }))).toEqual({
      status: 'on_track',
      percentComplete: 40,
      narrative: 'Clinics added.',
    });
    expect(progressUpdateFrom(input({ evidenceUrl: ' https://example.org/a ' })).evidenceUrl).toBe('https://example.org/a');
  });
});

describe('progressProblemsFromApi', () => {
  it('names the field in the sentence and links it to the form', () => {
    expect(
      progressProblemsFromApi([
        { field: 'percentComplete', message: 'must be 100 when the status is complete' },
        { field: 'narrative', message: 'must say what was done' },
        { field: 'id', message: 'Unknown action.' },
      ]),
    ).toEqual([
      { field: 'percentComplete', text: 'Percent complete must be 100 when the status is complete' },
      { field: 'narrative', text: 'What was done must say what was done' },
      { field: undefined, text: 'Unknown action.' },
    ]);
  });
});
