import { describe, expect, it } from 'vitest';
import { wandsworth } from '../testing/fixtures';
import { catalogue, timeliness, timelinessValues } from '../testing/indicatorFixtures';
import { renderCompare } from './compare';

const page = renderCompare({ catalogue, indicator: timeliness, values: timelinessValues, selectedArea: wandsworth }, async () => 'csv');
const content = page.content;
const valuesTable = () => content.querySelector<HTMLTableElement>('table.app-compare-table')!;
const rowNames = (table: HTMLTableElement) => [...table.querySelectorAll('tbody th')].map((header) => header.querySelector('a')?.textContent);

describe('renderCompare', () => {
  it('names the page after the indicator', () => {
    expect(page.title).toBe('EHC plans issued within 20 weeks: compare local authorities');
    expect(content.querySelector('h1')?.textContent).toBe('Compare local authoritiesEHC plans issued within 20 weeks');
    expect(page.breadcrumbs?.textContent).toBe('HomeWandsworth');
  });

  it('shows the API’s notice that this is not a league table', () => {
    expect(content.querySelector('.govuk-warning-text')?.textContent).toContain('they are not a league table of performance');
  });

  it('describes the chart to screen readers on a canvas with the role of an image', () => {
    const canvas = content.querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toMatch(/^Bar chart of EHC plans issued within 20 weeks, 2024, for 4 local authorities/);
  });

  it('sizes the chart for its bars through the CSS object model, not a style attribute in markup', () => {
    const box = content.querySelector<HTMLElement>('.app-chart')!;
    expect(box.style.height).toBe('130px');
  });

  it('has one table row per area with a numeric value, in the chart’s order', () => {
    const withValue = timelinessValues.items.filter((item) => typeof item.figure.value === 'number');
    expect(valuesTable().querySelectorAll('tbody tr')).toHaveLength(withValue.length);
    expect(rowNames(valuesTable())).toEqual(['Hammersmith and Fulham', 'Wandsworth', 'Merton', 'Barking and Dagenham']);
  });

  it('gives value, limits, comparison in words, quartile and rank', () => {
    const wandsworthRow = valuesTable().querySelector('tr[data-area="E09000032"]')!;
    expect([...wandsworthRow.children].map((cell) => cell.textContent)).toEqual([
      'WandsworthSelected',
      '59.3%',
      '55.1%',
      '63.4%',
      'Better than England',
      '2',
      '2 of 4',
    ]);
    const headers = [...valuesTable().querySelectorAll('thead th')].map((header) => header.textContent);
    expect(headers).toEqual(['Local authority', 'Value', 'Lower 95% limit', 'Upper 95% limit', 'Compared with England', 'Quartile (1 = best)', 'Rank']);
  });

  it('picks out the chosen area and its neighbours in words as well as colour', () => {
    expect(valuesTable().querySelector('tr.app-row--selected th')?.textContent).toBe('WandsworthSelected');
    expect([...valuesTable().querySelectorAll('tr.app-row--neighbour th')].map((header) => header.textContent)).toEqual([
      'Hammersmith and FulhamNeighbour',
      'MertonNeighbour',
    ]);
  });

  it('says where there are no confidence limits', () => {
    const merton = valuesTable().querySelector('tr[data-area="E09000024"]')!;
    expect(merton.children[2]?.textContent).toBe('Not calculated');
  });

  it('lists the areas without a figure separately, with the reason', () => {
    const without = [...content.querySelectorAll('table')].find((table) => table.caption?.textContent === 'Local authorities without a figure')!;
    expect([...without.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Lambeth', 'c: suppressed to protect confidentiality'],
      ['Westminster', 'No figure'],
    ]);
  });

  it('gives England, the quartiles and the source', () => {
    const facts = content.querySelector('.app-key-facts')?.textContent;
    expect(facts).toContain('46.4% (95% confidence interval 46.0% to 46.8%)');
    expect(facts).toContain('Lower quartile 40.1%, median 52.3%, upper quartile 63.0%, across 4 local authorities');
    expect(facts).toContain('4 of 6');
    expect(facts).toContain('Department for Education');
  });

  it('offers the table as CSV and the chart as PNG', () => {
    expect([...content.querySelectorAll('button.app-download')].map((button) => button.textContent)).toEqual([
      'Download the chart (PNG)',
      'Download the table (CSV)',
    ]);
  });

  it('lets the user choose another indicator, period and area with a GET form', () => {
    const form = content.querySelector('form')!;
    expect(form.hasAttribute('data-dashboard-form')).toBe(true);
    expect([...new FormData(form)].map(([name]) => name)).toEqual(['view', 'indicator', 'period', 'area']);
    // Checked through the markup: happy-dom does not derive a select's value from its options as browsers do.
    expect(form.querySelector<HTMLOptionElement>('#choose-area option[selected]')?.value).toBe('E09000032');
  });

  it('draws nothing and says so when no area has a figure', () => {
    const empty = renderCompare({ catalogue, indicator: timeliness, values: { ...timelinessValues, items: [] } }, async () => '');
    expect(empty.content.querySelector('canvas')).toBeNull();
    expect(empty.content.querySelector('table')).toBeNull();
    expect(empty.content.textContent).toContain('No local authority has a figure for this choice.');
    expect(empty.afterShow?.()).toBeUndefined();
  });

  it('says how the chosen area and its neighbours are picked out', () => {
    expect(content.textContent).toContain(
      'Wandsworth (59.3%) is picked out in black and labelled “selected”; its statistical neighbours with a figure (2) have purple stripes and are labelled “neighbour”.',
    );
  });

  it('says when the chosen area has no figure, and still offers it in the form', () => {
    const lambeth = { ...wandsworth, code: 'E09000022', name: 'Lambeth', statisticalNeighbours: [] };
    const withoutFigure = renderCompare({ catalogue, indicator: timeliness, values: timelinessValues, selectedArea: lambeth }, async () => '');
    expect(withoutFigure.content.textContent).toContain('Lambeth has no figure: c: suppressed to protect confidentiality.');

    const noFigures = renderCompare({ catalogue, indicator: timeliness, values: { ...timelinessValues, items: [] }, selectedArea: wandsworth }, async () => '');
    expect(noFigures.content.querySelector<HTMLOptionElement>('#choose-area option[selected]')?.value).toBe('E09000032');
  });
});
