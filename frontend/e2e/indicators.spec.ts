import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { AreaOverview, Indicator, IndicatorPage, IndicatorValues, Series } from '../src/api';
import { expect, expectNoAccessibilityViolations, fromApi, mainHeading, pageShown, test } from './fixtures';

const WANDSWORTH = 'E09000032';
const TIMELINESS = 'ehcp-issued-within-20-weeks';
/** Screenshots for the project's documentation; taken only when asked for, against the real API. */
const documentationScreenshots = process.env.DOCS_SCREENSHOTS_DIR;

const hasNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

async function downloadedBy(page: Page, buttonName: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), contents: await readFile(path) };
}

test('shows Wandsworth’s indicators by domain, each beside England, London and its neighbours', async ({ page }) => {
  await page.goto(`/?area=${WANDSWORTH}`);
  await pageShown(page);
  const overview = await fromApi<AreaOverview>(page, `/api/v1/areas/${WANDSWORTH}/summary`);

  const domainsWithRows = [...new Set(overview.rows.map((row) => row.indicator.domain))];
  expect(domainsWithRows.length).toBeGreaterThan(0);
  for (const domain of domainsWithRows) {
    const table = page.locator(`table[data-domain="${domain}"]`);
    await expect(table, domain).toBeVisible();
    await expect(table.locator('caption')).toContainText('Wandsworth compared with England');
    await expect(table.locator('tbody tr')).toHaveCount(overview.rows.filter((row) => row.indicator.domain === domain).length);
  }
  await expect(page.locator('table[data-domain]')).toHaveCount(domainsWithRows.length);

  // The cells after the row header: period, Wandsworth, England, London, neighbours' mean.
  const timeliness = page.locator(`tr[data-indicator="${TIMELINESS}"]`);
  await expect(timeliness.locator('td').nth(2)).toHaveText(/^46\.4%/);

  // Each row's comparison with England is the API's label; better, similar or worse only from a confidence interval.
  for (const row of overview.rows) {
    const shown = page.locator(`tr[data-indicator="${row.indicator.id}"]${row.breakdown ? `[data-breakdown="${row.breakdown.id}"]` : ':not([data-breakdown])'}`);
    const tag = shown.locator('.app-comparison .govuk-tag');
    await expect(tag, row.indicator.id).toHaveText(row.comparedWithEngland.label);
    await expect(tag, row.indicator.id).toHaveAttribute('data-method', row.comparedWithEngland.method);
    if (row.comparedWithEngland.method !== 'confidence_interval') expect(row.comparedWithEngland.label, row.indicator.id).not.toMatch(/\b(better|similar|worse)\b/i);
  }
  await expect(page.getByRole('main')).not.toContainText(/by quartile|\(quartile\)/i);
  await expect(timeliness.getByRole('link', { name: /^Trend/ })).toHaveAttribute('href', `?view=trend&area=${WANDSWORTH}&indicator=${TIMELINESS}`);
  await expect(page.getByText(overview.notice)).toBeVisible();

  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/area-overview.png', fullPage: true });
  if (documentationScreenshots) {
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.getByRole('heading', { level: 2, name: 'Indicators' }).evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: `${documentationScreenshots}/area-overview.png` });
  }

  const csv = await downloadedBy(page, 'Download the overview (CSV)');
  expect(csv.fileName).toBe('wandsworth-overview.csv');
  expect(csv.contents.toString('utf8')).toContain(TIMELINESS);
});

test('compares every local authority on one indicator, one bar per figure, Wandsworth picked out', async ({ page }) => {
  await page.goto(`/?view=compare&indicator=${TIMELINESS}&area=${WANDSWORTH}`);
  await pageShown(page);
  await expect(mainHeading(page)).toContainText('within 20 weeks');
  const values = await fromApi<IndicatorValues>(page, `/api/v1/indicators/${TIMELINESS}/values?period=latest&pageSize=200`);
  const withValue = values.items.filter((item) => hasNumber(item.figure.value));
  expect(values.totalPages).toBe(1);
  expect(withValue.length).toBeGreaterThan(100);

  const table = page.locator('table.app-compare-table');
  await expect(table.locator('tbody tr')).toHaveCount(withValue.length);
  const chart = page.getByRole('img', { name: /^Bar chart of / });
  await expect(chart).toHaveAttribute('data-bar-count', String(withValue.length));
  await expect(chart).toHaveAttribute('aria-label', new RegExp(`for ${withValue.length} local authorities with a figure`));

  const wandsworth = table.locator(`tr[data-area="${WANDSWORTH}"]`);
  await expect(wandsworth).toHaveClass(/app-row--selected/);
  await expect(wandsworth.locator('th')).toHaveText('WandsworthSelected');

  // Intervals: bars coloured by comparison with England, and the column says how it was compared.
  const indicator = await fromApi<Indicator>(page, `/api/v1/indicators/${TIMELINESS}`);
  expect(indicator.comparisonMethod).toBe('confidence_interval');
  await expect(page.locator('#chart-key-heading')).toHaveText(/^Coloured by comparison with England/);
  await expect(table.getByRole('columnheader', { name: 'Compared with England (95% confidence interval)' })).toBeVisible();
  const wandsworthValue = values.items.find((item) => item.area.code === WANDSWORTH)!;
  await expect(wandsworth.locator('.app-comparison .govuk-tag')).toHaveText(wandsworthValue.comparedWithEngland.label);
  expect(await table.locator('tr.app-row--neighbour').count()).toBeGreaterThan(0);
  await expect(page.getByText(values.notice)).toBeVisible();
  await expect(page.locator('#choose-period')).toHaveValue(values.period);

  await expectNoAccessibilityViolations(page);
  if (documentationScreenshots) {
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.getByRole('heading', { level: 2, name: 'Chart' }).evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: `${documentationScreenshots}/compare-areas.png` });
  }

  const csv = await downloadedBy(page, 'Download the table (CSV)');
  expect(csv.fileName).toBe(`${TIMELINESS}-${values.period}-local-authorities.csv`);
  expect(csv.contents.toString('utf8')).toContain('Wandsworth');
  const png = await downloadedBy(page, 'Download the chart (PNG)');
  expect(png.fileName).toBe(`${TIMELINESS}-${values.period}-local-authorities.png`);
  expect(png.contents.subarray(1, 4).toString('ascii')).toBe('PNG');
});

test('colours an indicator without confidence intervals by quarter, and never calls a position better or worse', async ({ page }) => {
  // fromApi reads the API's address from the dashboard's config, so a page must be loaded first.
  await page.goto('/');
  await pageShown(page);
  const catalogue = await fromApi<IndicatorPage>(page, '/api/v1/indicators?pageSize=200');
  const placed = catalogue.items.find((indicator) => indicator.comparisonMethod === 'position' && indicator.periods.length > 0);
  expect(placed, 'an indicator published without counts').toBeDefined();
  await page.goto(`/?view=compare&indicator=${placed!.id}&area=${WANDSWORTH}`);
  await pageShown(page);
  const values = await fromApi<IndicatorValues>(page, `/api/v1/indicators/${placed!.id}/values?period=latest&pageSize=200`);

  await expect(page.locator('#chart-key-heading')).toHaveText(/^Coloured by quarter of local authorities: no confidence intervals for this indicator/);
  const table = page.locator('table.app-compare-table');
  await expect(table.getByRole('columnheader', { name: 'Position among local authorities' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Compared with England (position only, not tested)' })).toBeVisible();
  for (const words of await table.locator('.app-comparison .govuk-tag').allTextContents()) expect(words).not.toMatch(/\b(better|similar|worse)\b/i);
  const placedItem = values.items.find((item) => hasNumber(item.figure.value) && item.quartileLabel);
  if (placedItem) await expect(table.locator(`tr[data-area="${placedItem.area.code}"]`)).toContainText(placedItem.quartileLabel!);
  await expectNoAccessibilityViolations(page);
});

test('shows Wandsworth’s trend against England, London and its neighbours', async ({ page }) => {
  await page.goto(`/?view=trend&area=${WANDSWORTH}&indicator=${TIMELINESS}`);
  await pageShown(page);
  const series = await fromApi<Series>(page, `/api/v1/areas/${WANDSWORTH}/indicators/${TIMELINESS}/series`);
  expect(series.points.length).toBeGreaterThan(1);

  await expect(page.locator('table tbody tr')).toHaveCount(series.points.length);
  const chart = page.getByRole('img', { name: /^Line chart of / });
  await expect(chart).toHaveAttribute('data-point-count', String(series.points.length));
  await expect(page.locator('.app-trend-summary')).toContainText('Recent trend:');
  await expect(page.locator('.app-trend-summary .app-trend')).toContainText(series.trend.label);
  if (series.trend.reason) await expect(page.locator('.app-trend-summary .app-trend')).toContainText(series.trend.reason);
  // The test's detail is folded away, not in the main text.
  const howTested = page.locator('.app-trend-summary details');
  await expect(howTested.locator('.govuk-details__text')).toBeHidden();
  await howTested.getByText('How the trend was tested').click();
  await expect(howTested.locator('.govuk-details__text')).toContainText(series.trend.method);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(['Home', 'London', 'Wandsworth']);

  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/trend.png', fullPage: true });

  const csv = await downloadedBy(page, 'Download the table (CSV)');
  expect(csv.fileName).toBe(`${TIMELINESS}-wandsworth-trend.csv`);
  const png = await downloadedBy(page, 'Download the chart (PNG)');
  expect(png.contents.subarray(1, 4).toString('ascii')).toBe('PNG');
});

test('moves from the overview to a comparison and a trend, and back, keeping each state in the address', async ({ page }) => {
  await page.goto(`/?area=${WANDSWORTH}`);
  await pageShown(page);

  await page.locator(`tr[data-indicator="${TIMELINESS}"]`).getByRole('link', { name: /^Compare areas/ }).click();
  await expect(page).toHaveURL(new RegExp(`\\?view=compare&indicator=${TIMELINESS}&period=\\d{4}&area=${WANDSWORTH}$`));
  await expect(mainHeading(page)).toBeFocused();
  await expect(page.locator('table.app-compare-table')).toBeVisible();

  await page.getByLabel('Indicator').selectOption('ehcp-caseload');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/indicator=ehcp-caseload&period=[^&]+&area=E09000032$/);
  await expect(mainHeading(page)).toContainText('EHC plan');
  await expect(page.getByLabel('Indicator')).toHaveValue('ehcp-caseload');

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`indicator=${TIMELINESS}`));
  await expect(page.getByLabel('Indicator')).toHaveValue(TIMELINESS);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?area=${WANDSWORTH}$`));
  await expect(page.locator(`tr[data-indicator="${TIMELINESS}"]`)).toBeVisible();

  await page.locator(`tr[data-indicator="${TIMELINESS}"]`).getByRole('link', { name: /^Trend/ }).click();
  await expect(page).toHaveURL(new RegExp(`\\?view=trend&area=${WANDSWORTH}&indicator=${TIMELINESS}$`));
  await expect(page.getByRole('img', { name: /^Line chart of / })).toHaveAttribute('data-point-count', /\d+/);
});

test('fits the comparison and the trend onto a 320 pixel wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [`/?view=compare&indicator=${TIMELINESS}&area=${WANDSWORTH}`, `/?view=trend&area=${WANDSWORTH}&indicator=${TIMELINESS}`]) {
    await page.goto(path);
    await pageShown(page);
    await expect(page.locator('canvas[data-bar-count], canvas[data-point-count]')).toHaveCount(1);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, `width of ${path}`).toBeLessThanOrEqual(320);
  }
  await page.screenshot({ path: 'test-results/screenshots/trend-320px.png', fullPage: true });
});

test('hides the controls and downloads when printed', async ({ page }) => {
  await page.goto(`/?view=compare&indicator=${TIMELINESS}&area=${WANDSWORTH}`);
  await pageShown(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form.app-controls')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download the table (CSV)' })).toBeHidden();
  await expect(page.locator('table.app-compare-table')).toBeVisible();
});

test.describe('when the indicator does not exist', () => {
  test('says so and offers a way on', async ({ page }) => {
    await page.goto('/?view=compare&indicator=no-such-indicator');
    await expect(mainHeading(page)).toHaveText('Indicator not found');
    await expect(page.getByRole('main')).toContainText('no-such-indicator');
    await expectNoAccessibilityViolations(page);
  });
});
