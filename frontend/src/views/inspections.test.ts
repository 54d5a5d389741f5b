import { describe, expect, it, vi } from 'vitest';
import { inspectionOverview } from '../testing/inspectionFixtures';
import { renderInspections } from './inspections';

const regions = [
  { code: 'E12000007', name: 'London' },
  { code: 'E12000003', name: 'Yorkshire and The Humber' },
];
const render = (filter = {}, overview = inspectionOverview, downloadCsv = async () => {}) =>
  renderInspections({ overview, filter, regions }, downloadCsv).content;
const cellTexts = (row: Element) => [...row.children].map((cell) => cell.textContent?.trim());
const rowFor = (content: Element, areaCode: string) => content.querySelector(`tr[data-area="${areaCode}"]`)!;

describe('renderInspections', () => {
  it('counts the selected areas under each framework and by RAG status, in summary cards', () => {
    const content = render();
    const cards = [...content.querySelectorAll('.govuk-summary-card')];
    expect(cards.map((card) => card.querySelector('.govuk-summary-card__title')?.textContent)).toEqual([
      'Local area SEND inspection (2016 framework), 2016 to 2022',
      'Area SEND inspection (2023 framework), from 2023',
      'RAG status of the latest position',
    ]);
    const rows = (card: Element) => [...card.querySelectorAll('.govuk-summary-list__row')].map((row) => row.textContent);
    expect(rows(cards[0]!)).toContain('Had to write a WSOA2');
    expect(rows(cards[0]!)).toContain('WSOAs not yet revisited1');
    expect(rows(cards[1]!)).toContain('Inconsistent experiences and outcomes1');
    expect(rows(cards[2]!)).toEqual(['RedRed 1', 'AmberAmber 1', 'GreenGreen 1']);
    expect(content.querySelector('[role="status"]')?.textContent).toBe('3 areas with an inspection on record');
  });

  it('lists each area with its region, latest inspection, WSOA, revisit, RAG in words and reason, months since and follow-up', () => {
    const content = render();
    expect(cellTexts(rowFor(content, 'E09000032'))).toEqual([
      'Wandsworth',
      'London',
      '2016 frameworkPublished 27 December 2019Written statement of action required',
      'Yes',
      'Sufficient progress on every weakness',
      'GreenWSOA revisited with sufficient progress on every weakness',
      '84',
      'OverdueNext inspection overdue since 27 December 2025',
    ]);
    expect(rowFor(content, 'E09000032').querySelector('th a')?.getAttribute('href')).toBe('?area=E09000032');
    expect(cellTexts(rowFor(content, 'E09000022'))[4]).toBe('No WSOA');
  });

  it('gives the RAG status as a coloured tag with its word, never colour alone', () => {
    const tag = rowFor(render(), 'E08000016').querySelector('.govuk-tag');
    expect(tag?.textContent).toBe('Red');
    expect(tag?.classList.contains('govuk-tag--red')).toBe(true);
    expect(rowFor(render(), 'E09000022').querySelector('.govuk-tag--orange')?.textContent).toBe('Amber');
  });

  it('marks the rows that come from a third party’s file, with the notes on them', () => {
    const content = render();
    const lambeth = rowFor(content, 'E09000022');
    expect(lambeth.textContent).toContain('Not official: check the report');
    expect(lambeth.textContent).toContain('From Data to Insight (scraped from the reports).');
    expect(lambeth.textContent).toContain('The start date is missing in the source');
    expect(rowFor(content, 'E09000032').textContent).not.toContain('Not official');
    const sources = [...content.querySelectorAll('#inspection-sources li')].map((item) => item.textContent);
    expect(sources[0]).toContain('Official data. 2 of the 3 rows above come from it.');
    expect(sources[1]).toContain('Not official: check each figure against the inspection report. 1 of the 3 rows above comes from it.');
    expect(content.querySelector('#inspection-data-notes')?.textContent).toBe('Lambeth: The start date is missing in the source; the publication date is used.');
  });

  it('shows the filters chosen in the form, which leads back to this view', () => {
    const content = render({ wsoa: true, region: 'E12000007', rag: 'red' });
    const form = content.querySelector('form')!;
    expect(form.hasAttribute('data-dashboard-form')).toBe(true);
    expect((form.querySelector('input[name="view"]') as HTMLInputElement).value).toBe('inspections');
    const chosen = (name: string) => (form.querySelector(`select[name="${name}"]`) as HTMLSelectElement).value;
    expect([chosen('framework'), chosen('wsoa'), chosen('region'), chosen('rag')]).toEqual(['', 'yes', 'E12000007', 'red']);
    expect([...form.querySelectorAll('label')].map((label) => label.getAttribute('for'))).toEqual([
      'filter-framework',
      'filter-outcome',
      'filter-wsoa',
      'filter-revisit',
      'filter-region',
      'filter-rag',
    ]);
    expect(content.querySelector('[role="status"]')?.textContent).toBe('3 areas match these filters');
  });

  it('says when no area matches, with a way to clear the filters', () => {
    const content = render({ rag: 'red' }, { ...inspectionOverview, items: [], totalItems: 0 });
    expect(content.querySelector('table')).toBeNull();
    expect(content.textContent).toContain('No local area matches these filters.');
  });

  it('downloads the table as CSV', () => {
    const downloadCsv = vi.fn(async () => {});
    const content = render({}, inspectionOverview, downloadCsv);
    [...content.querySelectorAll('button')].find((button) => button.textContent === 'Download the table (CSV)')?.click();
    expect(downloadCsv).toHaveBeenCalledOnce();
  });
});
