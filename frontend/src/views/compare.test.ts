import { describe, expect, it } from 'vitest';
import { wandsworth } from '../testing/fixtures';
import { appeals, appealsValues, catalogue, timeliness, timelinessValues } from '../testing/indicatorFixtures';
import { BAR_FILLS } from '../charts/compareChart';
import { renderCompare } from './compare';

const page = renderCompare({ catalogue, indicator: timeliness, values: timelinessValues, selectedArea: wandsworth }, async () => 'csv');
const content = page.content;
const valuesTable = () => content.querySelector<HTMLTableElement>('table.app-compare-table')!;
const keyItems = (root: Element) => [...root.querySelectorAll('.app-chart-key__item')].map((item) => item.textContent);
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

  it('gives value, limits, comparison by confidence interval in the API’s words, quarter and rank', () => {
    const wandsworthRow = valuesTable().querySelector('tr[data-area="E09000032"]')!;
    expect([...wandsworthRow.children].map((cell) => cell.textContent)).toEqual([
      'WandsworthSelected',
      '59.3%',
      '55.1%',
      '63.4%',
      'Better than England',
      'In the second-highest quarter of local authorities',
      '2 of 4',
    ]);
    const headers = [...valuesTable().querySelectorAll('thead th')].map((header) => header.textContent);
    expect(headers).toEqual([
      'Local authority',
      'Value',
      'Lower 95% limit',
      'Upper 95% limit',
      'Compared with England (95% confidence interval)',
      'Position among local authorities',
      'Rank (1 = best)',
    ]);
  });

  it('colours the bars by comparison with England, and says so in the key', () => {
    expect(content.querySelector('#chart-key-heading')?.textContent).toBe('Coloured by comparison with England: tested with each area’s 95% confidence interval:');
    expect(keyItems(content)).toEqual([
      'Green: better than England',
      'Red: worse than England',
      'Black outline, labelled “(selected)”: Wandsworth',
      'Striped, labelled “(neighbour)”: its statistical neighbours',
      'Red dashed line: England',
      'Black whiskers: 95% confidence intervals',
    ]);
    expect([...valuesTable().querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-fill'))).toEqual(['better', 'better', 'better', 'worse']);
  });

  it('paints each key swatch in its bars’ colour', () => {
    const swatches = [...content.querySelectorAll<HTMLElement>('.app-swatch--fill')];
    expect(swatches.map((swatch) => swatch.style.backgroundColor)).toEqual([BAR_FILLS.better.colour, BAR_FILLS.worse.colour]);
  });

  it('says how areas are compared', () => {
    expect(content.querySelector('.app-key-facts')?.textContent).toContain('By confidence interval');
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
      'Wandsworth (59.3%) is outlined in black and labelled “selected”; its statistical neighbours with a figure (2) are striped and labelled “neighbour”.',
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

describe('renderCompare for an indicator without confidence intervals', () => {
  const placed = renderCompare({ catalogue, indicator: appeals, values: appealsValues }, async () => 'csv').content;
  const placedTable = placed.querySelector<HTMLTableElement>('table.app-compare-table')!;
  const rows = () => [...placedTable.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));

  it('colours the bars by quarter of local authorities, and the key says why', () => {
    expect(placed.querySelector('#chart-key-heading')?.textContent).toBe(
      'Coloured by quarter of local authorities: no confidence intervals for this indicator, so no difference from England is tested:',
    );
    expect(keyItems(placed)).toEqual([
      'Dark blue: highest quarter',
      'Blue: second-highest quarter',
      'Pale blue: lowest quarter',
      'Grey: not placed in a quarter (the table says why)',
      'Red dashed line: England',
    ]);
  });

  it('names the columns for what they are and never says better or worse', () => {
    const headers = [...placedTable.querySelectorAll('thead th')].map((header) => header.textContent);
    expect(headers).toContain('Compared with England (position only, not tested)');
    expect(headers).toContain('Position among local authorities');
    expect(placedTable.textContent).not.toMatch(/better|worse|similar/i);
  });

  it('places each area in its quarter, in the API’s words or the same built from its quartile, and leaves a demo figure unplaced', () => {
    expect(rows().map((cells) => [cells[0], cells[4], cells[5]])).toEqual([
      ['Merton', 'Higher than England (no confidence interval, so not tested)', 'In the highest quarter of local authorities'],
      ['Hammersmith and Fulham', 'Higher than England (no confidence interval, so not tested)', 'In the second-highest quarter of local authorities'],
      ['WandsworthDemo: not real data', 'Not compared: demo figure', 'Not placed'],
      ['Barking and Dagenham', 'Lower than England (no confidence interval, so not tested)', 'In the lowest quarter of local authorities'],
    ]);
  });

  it('says that England’s and the region’s figures were summed from the areas', () => {
    expect(placed.querySelector('.app-key-facts')?.textContent).toContain(
      '1.70%Sum of 149 local authorities’ counts – Department for Education publishes no England figure',
    );
    const regions = [...placed.querySelectorAll('table')].find((table) => table.caption?.textContent === 'Regions')!;
    expect(regions.querySelector('tbody td')?.textContent).toBe('2.00%Sum of 32 local authorities’ counts – Department for Education publishes no London figure');
  });

  it('says how areas are compared, and that no difference is tested', () => {
    expect(placed.querySelector('.app-key-facts')?.textContent).toContain('By position only');
  });

  it('describes the chart without confidence intervals', () => {
    expect(placed.querySelector('canvas')?.getAttribute('aria-label')).not.toContain('confidence intervals.');
  });
});
