import { describe, expect, it } from 'vitest';
import { barnsleyPosition, hounslowPosition, lambethInspection2023, wandsworthInspections } from '../testing/inspectionFixtures';
import { inspectionsSection } from './areaInspections';

const cellTexts = (row: Element) => [...row.children].map((cell) => cell.textContent?.trim());
const summaryRows = (section: Element) =>
  Object.fromEntries(
    [...section.querySelectorAll('.app-inspection-position .govuk-summary-list__row')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]),
  );

describe('inspectionsSection', () => {
  it('says where the area stands: RAG in words with its reason, WSOA, revisit and what is due', () => {
    const section = inspectionsSection('Wandsworth', wandsworthInspections);
    expect(summaryRows(section)).toEqual({
      'RAG status': 'GreenWSOA revisited with sufficient progress on every weakness',
      'Latest inspection': 'Local area SEND inspection (2016 framework), published 27 December 2019: Written statement of action required',
      'Time since that inspection': '84 months',
      'Written statement of action': 'Required',
      'WSOA revisit': 'Sufficient progress on every weakness',
      'Follow-up': 'None due',
    });
    expect(section.querySelector('a[href="?view=inspections&region=E12000007"]')?.textContent).toBe('Compare with other areas’ inspections');
  });

  it('says when a WSOA revisit is not in the published data, with the tag’s words and the date it was due', () => {
    const section = inspectionsSection('Barnsley', { area: barnsleyPosition.area, position: barnsleyPosition, items: [barnsleyPosition.latest] });
    expect(summaryRows(section)['RAG status']).toBe(`Amber${barnsleyPosition.ragReason}`);
    expect(summaryRows(section)['Follow-up']).toBe('Revisit not in the published data (file ends 31 August 2022)WSOA revisit was due by 24 May 2023');
    expect(section.querySelector('.app-inspection-position .govuk-tag--grey')?.textContent).toBe('Revisit not in the published data (file ends 31 August 2022)');
  });

  it('says that a later 2023-framework inspection supersedes a WSOA that was not revisited', () => {
    const section = inspectionsSection('Hounslow', { area: hounslowPosition.area, position: hounslowPosition, items: [hounslowPosition.latest] });
    expect(summaryRows(section)).toMatchObject({
      'Written statement of action': 'Required',
      'WSOA revisit': 'Not yet revisitedSuperseded by the later 2023-framework inspection',
      'Follow-up': 'Next inspection dueNext inspection due by 21 October 2027',
    });
  });

  it('lists the inspections newest first, with the revisit’s findings and a link to each report', () => {
    const section = inspectionsSection('Wandsworth', { ...wandsworthInspections, items: [lambethInspection2023, ...wandsworthInspections.items] });
    const rows = [...section.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual([
      'Area SEND inspection (2023 framework)Started 11 March 2024Published 2 May 2024',
      'Local area SEND inspection (2016 framework)Started 4 November 2019Published 27 December 2019',
    ]);
    const wsoaRow = cellTexts(rows[1]!);
    expect(wsoaRow[1]).toBe('Written statement of action required');
    expect(wsoaRow[2]).toBe('2 significant weaknesses');
    expect(wsoaRow[3]).toBe('Sufficient progress on every weakness2 with sufficient progress, 0 withoutStarted 9 May 2022Published 30 June 2022');
    expect(rows[1]!.querySelector('td a[href^="https://reports.ofsted.gov.uk"]')?.textContent).toBe('Read the report of Wandsworth’s inspection published 27 December 2019');
    expect(cellTexts(rows[0]!)[2]).toBe('2 areas for priority actionNext inspection by 2 May 2027');
    expect(cellTexts(rows[0]!)[3]).toBe('Not applicable');
    expect(rows[0]!.textContent).toContain('Not official: check the report');
    expect(section.querySelector('caption')?.textContent).toBe('Wandsworth’s area SEND inspections, newest first');
  });

  it('says when there is no inspection on record, or the API could not be read', () => {
    expect(inspectionsSection('Wandsworth', { area: wandsworthInspections.area, items: [] }).textContent).toContain('No area SEND inspection of Wandsworth is on record.');
    expect(inspectionsSection('Wandsworth', 'unavailable').textContent).toContain('could not be read');
  });

  it('carries the WSOA part it is given', () => {
    const wsoa = document.createElement('section');
    wsoa.id = 'wsoa';
    expect(inspectionsSection('Wandsworth', wandsworthInspections, wsoa).querySelector('#wsoa')).toBe(wsoa);
  });
});
