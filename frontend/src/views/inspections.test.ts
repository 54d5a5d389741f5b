import { describe, expect, it, vi } from 'vitest';
import { barnsleyPosition, hounslowPosition, inspectionOverview, lutonPosition, nottinghamshirePosition } from '../testing/inspectionFixtures';
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
      'Follow-up of the latest position',
    ]);
    const rows = (card: Element) => [...card.querySelectorAll('.govuk-summary-list__row')].map((row) => row.textContent);
    expect(rows(cards[0]!)).toContain('Had to write a WSOA2');
    expect(rows(cards[0]!)).toContain('WSOAs not yet revisited1');
    expect(rows(cards[1]!)).toContain('Inconsistent experiences and outcomes1');
    expect(rows(cards[2]!)).toEqual(['RedRed 0', 'AmberAmber 2', 'GreenGreen 1']);
    expect(rows(cards[3]!)).toEqual([
      'Revisit due0',
      'Revisit overdue0',
      'Revisit not in the published data1',
      'Next inspection due1',
      'Next inspection overdue0',
      'Next inspection not in the published data0',
      'Nothing to follow up1',
    ]);
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
      'None due',
    ]);
    expect(cellTexts(rowFor(content, 'E08000016'))[7]).toBe('Revisit not in the published data (file ends 31 August 2022)WSOA revisit was due by 24 May 2023');
    expect(rowFor(content, 'E09000032').querySelector('th a')?.getAttribute('href')).toBe('?area=E09000032');
    expect(cellTexts(rowFor(content, 'E09000022'))[4]).toBe('No WSOA');
  });

  it('gives the RAG status as a coloured tag with its word, never colour alone', () => {
    const tag = rowFor(render({}, { ...inspectionOverview, items: [lutonPosition] }), 'E06000032').querySelector('.govuk-tag');
    expect(tag?.textContent).toBe('Red');
    expect(tag?.classList.contains('govuk-tag--red')).toBe(true);
    expect(rowFor(render(), 'E09000022').querySelector('.govuk-tag--orange')?.textContent).toBe('Amber');
  });

  it('gives a revisit overdue, a next inspection overdue and a revisit not in the published data their own words and tags', () => {
    const content = render({}, { ...inspectionOverview, items: [lutonPosition, nottinghamshirePosition, barnsleyPosition, hounslowPosition] });
    const followUpTag = (areaCode: string) => rowFor(content, areaCode).querySelector('.app-follow-up .govuk-tag')!;
    expect(['E06000032', 'E10000024', 'E08000016', 'E09000018'].map((code) => [followUpTag(code).textContent, followUpTag(code).className])).toEqual([
      ['Revisit overdue', 'govuk-tag app-tag govuk-tag--red'],
      ['Next inspection overdue', 'govuk-tag app-tag govuk-tag--red'],
      ['Revisit not in the published data (file ends 31 August 2022)', 'govuk-tag app-tag govuk-tag--grey'],
      ['Next inspection due', 'govuk-tag app-tag govuk-tag--blue'],
    ]);
    expect(cellTexts(rowFor(content, 'E06000032'))[7]).toBe('Revisit overdueWSOA revisit overdue since 15 August 2020');
    expect(cellTexts(rowFor(content, 'E10000024'))[7]).toBe('Next inspection overdueNext inspection overdue since 30 July 2024');
  });

  it('keeps a superseded WSOA’s revisit in view and says the later inspection supersedes it', () => {
    const hounslow = rowFor(render({}, { ...inspectionOverview, items: [hounslowPosition] }), 'E09000018');
    expect(cellTexts(hounslow).slice(3, 6)).toEqual([
      'Yes',
      'Not yet revisitedSuperseded by the later 2023-framework inspection',
      `Amber${hounslowPosition.ragReason}`,
    ]);
  });

  it('offers every follow-up as a filter, in words, and shows the one chosen', () => {
    const content = render({ followUp: 'revisit_not_in_published_data' });
    const select = content.querySelector('select[name="followUp"]') as HTMLSelectElement;
    // The selected attribute, which a browser shows: happy-dom's select.value does not follow it past the second option.
    expect(select.querySelector('option[selected]')?.getAttribute('value')).toBe('revisit_not_in_published_data');
    expect(content.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Follow-up');
    expect([...select.options].map((option) => [option.value, option.textContent])).toEqual([
      ['', 'Any follow-up'],
      ['revisit_due', 'Revisit due'],
      ['revisit_overdue', 'Revisit overdue'],
      ['revisit_not_in_published_data', 'Revisit not in the published data'],
      ['inspection_due', 'Next inspection due'],
      ['inspection_overdue', 'Next inspection overdue'],
      ['inspection_not_in_published_data', 'Next inspection not in the published data'],
      ['none', 'Nothing to follow up'],
    ]);
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
      'filter-followUp',
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
