import { describe, expect, it, vi } from 'vitest';
import { appealsRow, timelinessRow, wandsworthOverview } from '../testing/indicatorFixtures';
import { overviewRowsByDomain, overviewTable, renderAreaOverview, rowName } from './overview';

const cellTexts = (row: Element) => [...row.children].map((cell) => cell.textContent?.trim());
const rowFor = (content: Element, indicatorId: string) => content.querySelector(`tr[data-indicator="${indicatorId}"]`)!;

describe('overviewRowsByDomain', () => {
  it('groups rows under their domains, in the order of the Domain enum, leaving out empty domains', () => {
    const groups = overviewRowsByDomain(wandsworthOverview.rows);
    expect(groups.map((group) => group.domain)).toEqual(['identification_and_ehc_plans', 'exclusions_and_absence', 'short_breaks', 'coproduction_and_redress']);
    expect(groups[1]?.rows.map(rowName)).toEqual(['Suspension rate: SEN support']);
  });
});

describe('renderAreaOverview', () => {
  const content = renderAreaOverview(wandsworthOverview, async () => {});

  it('has a heading and a table for every domain that has rows', () => {
    expect([...content.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual([
      'Identification and EHC plans',
      'Exclusions and absence',
      'Short breaks',
      'Co-production and redress',
    ]);
    expect(content.querySelectorAll('table')).toHaveLength(4);
  });

  it('shows the area’s figure, England, the region and the neighbours’ mean formatted by unit', () => {
    const cells = cellTexts(rowFor(content, 'ehcp-issued-within-20-weeks'));
    expect(cells.slice(1, 6)).toEqual(['2024', '59.3%', '46.4%', '66.9%', '61.3%mean of 9 of 10 neighbours']);
  });

  it('says how the area compares with England in colour and the API’s words, and with its region and neighbours in words', () => {
    const row = rowFor(content, 'ehcp-issued-within-20-weeks');
    const tag = row.querySelector('.app-comparison .govuk-tag');
    expect(tag?.textContent).toBe(timelinessRow.comparedWithEngland.label);
    expect(tag?.classList.contains('govuk-tag--green')).toBe(true);
    expect(row.textContent).toContain(timelinessRow.comparedWithRegion.label);
    expect(row.textContent).toContain(timelinessRow.comparedWithNeighbours.label);
    expect(row.querySelector('.app-overview-table__comparison')?.textContent).toContain('In the second-highest quarter of local authorities');
  });

  it('gives a figure without a confidence interval its position, never better or worse, in a colour that judges nothing', () => {
    const row = rowFor(content, 'tribunal-appeal-rate');
    const comparisonCell = row.querySelector('.app-overview-table__comparison')!;
    const tag = comparisonCell.querySelector('.govuk-tag')!;
    expect(tag.textContent).toBe(appealsRow.comparedWithEngland.label);
    expect(tag.classList.contains('govuk-tag--blue')).toBe(true);
    expect([...comparisonCell.querySelectorAll('.app-cell-note')].map((note) => note.textContent)).toEqual([
      appealsRow.comparedWithRegion.label,
      appealsRow.comparedWithNeighbours.label,
      'In the highest quarter of local authorities',
    ]);
    expect(comparisonCell.textContent).not.toMatch(/better|worse|similar/i);
    expect(row.querySelector('.app-dot-chart__area--position')).not.toBeNull();
  });

  it('marks a benchmark SEND Insight summed from the areas, and shows the notes on a figure', () => {
    const cells = cellTexts(rowFor(content, 'tribunal-appeal-rate'));
    expect(cells[3]).toBe('1.70%Sum of 149 local authorities’ counts – Department for Education publishes no England figure');
    expect(cells[2]).toBe(`2.40%${appealsRow.figure.note}`);
    expect(cells[4]).toBe('2.00%');
  });

  it('says why a trend cannot be calculated, and any note on it', () => {
    expect(rowFor(content, 'suspension-rate').querySelector('.app-trend')?.textContent).toBe('Cannot be calculated: a gap in 2023/24');
    expect(cellTexts(rowFor(content, 'tribunal-appeal-rate'))[8]).toBe('Cannot be calculated: no counts or intervalsThe source publishes percentages only.');
  });

  it('keys each colour of the area’s dot in words', () => {
    const colours = [...content.querySelectorAll('.app-dot-legend__list')][1]!;
    expect([...colours.querySelectorAll('li')].map((item) => [item.querySelector('circle')?.getAttribute('class'), item.textContent])).toEqual([
      ['app-dot-chart__area app-dot-chart__area--better', 'better'],
      ['app-dot-chart__area app-dot-chart__area--similar', 'similar'],
      ['app-dot-chart__area app-dot-chart__area--worse', 'worse'],
      ['app-dot-chart__area app-dot-chart__area--neutral', 'higher or lower, where neither is better'],
      ['app-dot-chart__area app-dot-chart__area--position', 'no confidence interval: placed only, not tested'],
      ['app-dot-chart__area app-dot-chart__area--none', 'not compared'],
    ]);
  });

  it('gives the trend as an arrow and in words', () => {
    const trend = rowFor(content, 'ehcp-issued-within-20-weeks').querySelector('.app-trend');
    expect(trend?.textContent).toBe('↑Increasing and getting better');
    expect(trend?.querySelector('[aria-hidden="true"]')?.textContent).toBe('↑');
  });

  it('shows the marker text for a suppressed figure, never a zero, and says why it was not compared', () => {
    const cells = cellTexts(rowFor(content, 'suspension-rate'));
    expect(cells[2]).toBe('c: suppressed to protect confidentiality');
    expect(cells[3]).toBe('3.21 per 100');
    expect(cells[7]).toContain('Not compared: the figure is suppressed');
    expect(rowFor(content, 'suspension-rate').textContent).not.toMatch(/\b0(\.0+)?%/);
  });

  it('names the breakdown under the indicator', () => {
    expect(rowFor(content, 'suspension-rate').querySelector('th')?.textContent).toContain('SEN support');
  });

  it('marks demo figures loudly, on the row and at the top', () => {
    const row = rowFor(content, 'short-breaks-families');
    expect(row.classList.contains('app-row--demo')).toBe(true);
    expect(row.querySelector('.app-tag--demo')?.textContent).toBe('Demo: not real data');
    expect(content.querySelector('.app-demo-warning')?.textContent).toContain('not real data');
    expect(cellTexts(row)[2]).toBe('1,234');
  });

  it('says in words that a figure is submitted and not yet published', () => {
    const submitted = { ...wandsworthOverview, rows: [{ ...timelinessRow, figure: { ...timelinessRow.figure, status: 'submitted' as const } }] };
    const row = rowFor(renderAreaOverview(submitted, async () => {}), 'ehcp-issued-within-20-weeks');
    expect(row.querySelector('.govuk-tag--purple')?.textContent).toBe('Submitted – not yet published');
  });

  it('says when no neighbour has a figure', () => {
    expect(cellTexts(rowFor(content, 'short-breaks-families'))[5]).toBe('No figurenone of 10 neighbours has a figure');
  });

  it('links each row to its trend and to the comparison of all areas', () => {
    const links = [...rowFor(content, 'suspension-rate').querySelectorAll('th a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '?view=trend&area=E09000032&indicator=suspension-rate&breakdown=sen_support',
      '?view=compare&indicator=suspension-rate&period=2023%2F24&breakdown=sen_support&area=E09000032',
    ]);
    expect(links.map((a) => a.textContent)).toEqual(['Trend of Suspension rate: SEN support', 'Compare areas on Suspension rate: SEN support']);
  });

  it('shows the not-a-league-table notice', () => {
    expect(content.textContent).toContain('they are not a league table of performance');
  });

  it('downloads the CSV when the button is pressed', async () => {
    const download = vi.fn(async () => {});
    const button = renderAreaOverview(wandsworthOverview, download).querySelector('button');
    expect(button?.textContent).toBe('Download the overview (CSV)');
    button?.click();
    expect(download).toHaveBeenCalledOnce();
  });

  it('says so when a download fails', async () => {
    const failing = renderAreaOverview(wandsworthOverview, () => Promise.reject(new Error('offline')));
    failing.querySelector('button')?.click();
    await vi.waitFor(() => expect(failing.querySelector('[role="status"]')?.textContent).toContain('could not be downloaded'));
  });
});

describe('overviewTable', () => {
  const group = overviewRowsByDomain(wandsworthOverview.rows)[0]!;
  const table = overviewTable(group, wandsworthOverview);

  it('has a caption, column headers scoped to columns and row headers scoped to rows', () => {
    expect(table.caption?.textContent).toBe('Identification and EHC plans: Wandsworth compared with England, London and its statistical neighbours');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
    expect(headers.map((header) => header.textContent)).toEqual([
      'Indicator',
      'Period',
      'Wandsworth',
      'England',
      'London',
      'Neighbours’ mean',
      'Chart (the same figures drawn; see the key above)',
      'Compared with England, region and neighbours',
      'Recent trend',
      'Source',
    ]);
    expect(table.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
  });

  it('right-aligns the numbers and their headers', () => {
    const numericHeaders = [...table.querySelectorAll('thead th.govuk-table__header--numeric')].map((header) => header.textContent);
    expect(numericHeaders).toEqual(['Wandsworth', 'England', 'London', 'Neighbours’ mean']);
    expect(table.querySelectorAll('tbody tr:first-child td.govuk-table__cell--numeric')).toHaveLength(4);
  });

  it('draws a small chart that screen readers skip, as the row says it all in words', () => {
    const chart = table.querySelector('svg.app-dot-chart');
    expect(chart?.getAttribute('aria-hidden')).toBe('true');
    expect(chart?.querySelector('.app-dot-chart__area--better')).not.toBeNull();
  });
});

describe('comparisons that were not made', () => {
  it('give the reason once when the region and neighbours were not compared for the same reason', () => {
    const content = renderAreaOverview(wandsworthOverview, async () => {});
    const comparisonCell = content.querySelector('tr[data-indicator="suspension-rate"] .app-overview-table__comparison')!;
    expect(comparisonCell.textContent).toBe('Not compared: the figure is suppressed');
  });

  it('give each different reason', () => {
    const content = renderAreaOverview(wandsworthOverview, async () => {});
    const comparisonCell = content.querySelector('tr[data-indicator="short-breaks-families"] .app-overview-table__comparison')!;
    expect([...comparisonCell.querySelectorAll('.app-cell-note')].map((note) => note.textContent)).toEqual([
      'Not compared: no regional figure',
      'Not compared: no neighbour has a figure',
    ]);
  });
});

describe('small charts of counts', () => {
  it('leave out England and the region, whose totals would dwarf the area’s', () => {
    const countRow = { ...wandsworthOverview.rows[2]!, indicator: { ...wandsworthOverview.rows[2]!.indicator, unit: 'count' as const } };
    const content = renderAreaOverview({ ...wandsworthOverview, rows: [countRow] }, async () => {});
    const chart = content.querySelector('svg.app-dot-chart')!;
    expect(chart.querySelector('.app-dot-chart__england')).toBeNull();
    expect(chart.querySelector('.app-dot-chart__region')).toBeNull();
    expect(chart.querySelector('.app-dot-chart__neighbours')).not.toBeNull();
  });
});
