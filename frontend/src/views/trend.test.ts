import { describe, expect, it } from 'vitest';
import { appealsRow, catalogue, timeliness, timelinessRow, wandsworthSeries } from '../testing/indicatorFixtures';
import { renderTrend, trendTestFacts } from './trend';

const page = renderTrend({ catalogue, indicator: timeliness, series: wandsworthSeries }, async () => 'csv');
const content = page.content;
const table = () => content.querySelector('table')!;

describe('renderTrend', () => {
  it('names the page after the indicator and the area, with breadcrumbs to the area', () => {
    expect(page.title).toBe('EHC plans issued within 20 weeks: trend in Wandsworth');
    expect(page.breadcrumbs?.textContent).toBe('HomeLondonWandsworth');
  });

  it('says the recent trend in words, and why it cannot be calculated', () => {
    expect(content.querySelector('.app-trend-summary p')?.textContent).toBe('Recent trend: Cannot be calculated: fewer than five periods');
  });

  it('folds how the trend was tested away under a summary, out of the main text', () => {
    const details = content.querySelector('.app-trend-summary details')!;
    expect(details.querySelector('summary')?.textContent).toBe('How the trend was tested');
    expect(details.textContent).toContain(wandsworthSeries.trend.method);
    expect(details.textContent).toContain('Points used3');
    const mainText = [...content.querySelectorAll('.app-trend-summary > p')].map((paragraph) => paragraph.textContent).join(' ');
    expect(mainText).not.toContain(wandsworthSeries.trend.method);
  });

  it('shows the note on a trend', () => {
    const noted = renderTrend({ catalogue, indicator: timeliness, series: { ...wandsworthSeries, trend: appealsRow.trend } }, async () => 'csv');
    expect(noted.content.querySelector('.app-trend-summary__note')?.textContent).toBe('The source publishes percentages only.');
    expect(content.querySelector('.app-trend-summary__note')).toBeNull();
  });

  it('describes the chart to screen readers', () => {
    const canvas = content.querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toMatch(/^Line chart of EHC plans issued within 20 weeks in Wandsworth from 2022 to 2024/);
  });

  it('keys each line by its look in words', () => {
    expect([...content.querySelectorAll('.app-chart-key__item')].map((item) => item.textContent)).toEqual([
      'Wandsworth: thick solid line, round markers',
      'England: dashed line, square markers',
      'London: dotted line, triangle markers',
      'Statistical neighbours’ mean: dash-dot line, diamond markers',
    ]);
  });

  it('gives every figure in a table, oldest first, with markers instead of missing values', () => {
    const rows = [...table().querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['2022', '50.0%', '46.0% to 54.0%', '49.2%', '60.1%', '55.5%', 'Published'],
      ['2023', 'c: suppressed to protect confidentiality', 'Not calculated', '50.3%', '62.0%', '57.0%mean of 8 of 10 neighbours', 'Published'],
      ['2024', '59.3%', '55.1% to 63.4%', '46.4%', 'No figure', '61.3%mean of 9 of 10 neighbours', 'Published'],
    ]);
    expect(table().querySelector('tbody th')?.getAttribute('scope')).toBe('row');
  });

  it('keeps the area in the form, which offers indicators but no period', () => {
    const form = content.querySelector('form')!;
    expect([...new FormData(form)]).toEqual([
      ['view', 'trend'],
      ['area', 'E09000032'],
      ['indicator', 'ehcp-issued-within-20-weeks'],
    ]);
  });

  it('links to the comparison of all areas in the latest period', () => {
    const compare = [...content.querySelectorAll('a')].find((a) => a.textContent === 'Compare all local authorities in 2024');
    expect(compare?.getAttribute('href')).toBe('?view=compare&indicator=ehcp-issued-within-20-weeks&period=2024&area=E09000032');
  });
});

describe('trendTestFacts', () => {
  it('give the method, the periods tested and the statistic against the 99.8% threshold', () => {
    expect(trendTestFacts(timelinessRow.trend)).toEqual([
      ['Method', timelinessRow.trend.method],
      ['Periods tested', '2020, 2021, 2022, 2023, 2024 (5 points)'],
      ['Chi-squared (χ²)', '14.20: a trend needs more than 9.5495 (significant at 99.8%) and the same direction with any one point left out'],
    ]);
  });
});
