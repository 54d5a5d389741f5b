import { describe, expect, it } from 'vitest';
import {
  actionStatusInWords,
  dateInWords,
  FOLLOW_UP_FILTERS,
  followUpFilterInWords,
  followUpFilterOf,
  followUpInWords,
  followUpTagClass,
  followUpTagText,
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
    expect(followUpInWords({ kind: 'wsoa_revisit', dueBy: '2023-03-28', status: 'not_in_published_data', publishedDataEnds: '2022-08-31' })).toBe(
      'WSOA revisit was due by 28 March 2023',
    );
  });

  it('tell a revisit overdue, a next inspection overdue and a revisit beyond the published data apart, in words and tags', () => {
    const revisitOverdue = { kind: 'wsoa_revisit', dueBy: '2020-08-15', status: 'overdue', publishedDataEnds: '2022-08-31' } as const;
    const inspectionOverdue = { kind: 'next_inspection', dueBy: '2024-07-30', status: 'overdue', publishedDataEnds: '2025-11-06' } as const;
    const notInData = { kind: 'wsoa_revisit', dueBy: '2023-03-28', status: 'not_in_published_data', publishedDataEnds: '2022-08-31' } as const;

    expect([revisitOverdue, inspectionOverdue, notInData].map(followUpTagText)).toEqual([
      'Revisit overdue',
      'Next inspection overdue',
      'Revisit not in the published data (file ends 31 August 2022)',
    ]);
    expect([revisitOverdue, inspectionOverdue, notInData].map(followUpFilterOf)).toEqual(['revisit_overdue', 'inspection_overdue', 'revisit_not_in_published_data']);
    expect(followUpFilterOf(undefined)).toBe('none');
    expect([revisitOverdue, inspectionOverdue, notInData].map(followUpTagClass)).toEqual(['govuk-tag--red', 'govuk-tag--red', 'govuk-tag--grey']);
    expect(FOLLOW_UP_FILTERS.map(followUpFilterInWords)).toEqual([
      'Revisit due',
      'Revisit overdue',
      'Revisit not in the published data',
      'Next inspection due',
      'Next inspection overdue',
      'Next inspection not in the published data',
      'Nothing to follow up',
    ]);
  });
});
