import { describe, expect, it } from 'vitest';
import {
  actionStatusInWords,
  dateInWords,
  followUpInWords,
  frameworkInWords,
  monthsInWords,
  outcomeInWords,
  ragInWords,
  ragTagClass,
  revisitInWords,
  themeInWords,
} from './inspectionWords';

describe('inspection words', () => {
  it('name frameworks, outcomes and revisit findings as Ofsted and CQC do', () => {
    expect(frameworkInWords('local_area_send_2016')).toBe('Local area SEND inspection (2016 framework)');
    expect(outcomeInWords('wsoa_required')).toBe('Written statement of action required');
    expect(outcomeInWords('widespread_systemic_failings')).toBe('Widespread or systemic failings');
    expect(revisitInWords('all_sufficient')).toBe('Sufficient progress on every weakness');
    expect(revisitInWords('not_revisited')).toBe('Not yet revisited');
    expect(revisitInWords(undefined)).toBe('No WSOA to revisit');
  });

  it('give each RAG status a word as well as a colour', () => {
    expect(['red', 'amber', 'green'].map((rag) => ragInWords(rag as 'red'))).toEqual(['Red', 'Amber', 'Green']);
    expect(ragTagClass('amber')).toBe('govuk-tag--orange');
  });

  it('say themes and action statuses in words', () => {
    expect(themeInWords('coproduction')).toBe('Co-production with families');
    expect(actionStatusInWords('off_track')).toBe('Off track');
  });

  it('write dates the GOV.UK way, whatever the time zone', () => {
    expect(dateInWords('2019-12-27')).toBe('27 December 2019');
    expect(dateInWords(null)).toBe('Not known');
    expect(dateInWords('soon')).toBe('soon');
  });

  it('say how long ago and what is due', () => {
    expect(monthsInWords(1)).toBe('1 month');
    expect(monthsInWords(14)).toBe('14 months');
    expect(followUpInWords({ kind: 'wsoa_revisit', dueBy: '2021-06-27', status: 'overdue' })).toBe('WSOA revisit overdue since 27 June 2021');
    expect(followUpInWords({ kind: 'next_inspection', dueBy: '2028-03-01', status: 'due' })).toBe('Next inspection due by 1 March 2028');
  });
});
