import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { InspectionOverview } from '../src/api';
import { expect, expectNoAccessibilityViolations, fromApi, mainHeading, pageShown, PASSWORD, signInAs, test } from './fixtures';

/** Screenshots for the project's documentation; taken only when asked for, against the real API. */
const documentationScreenshots = process.env.DOCS_SCREENSHOTS_DIR;

const WANDSWORTH = 'E09000032';
const LONDON = 'E12000007';
// One of the demo actions seeded for Wandsworth (never complete in the seed, so a run can move it on).
const ACTION_TITLE = 'Demo: Offer every family on a waiting list a named contact and advice while they wait';

const areaRows = (page: Page) => page.getByRole('table', { name: /^Local areas’ latest inspections/ }).locator('tbody tr');
const actionBlock = (page: Page) => page.getByRole('group', { name: ACTION_TITLE });
const timelineNarratives = (action: Locator) => action.locator('.app-timeline__narrative');

test('filters the national overview of inspections and checks it against the API', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Inspections and WSOAs' }).click();
  await expect(page).toHaveURL(/\?view=inspections$/);
  await expect(mainHeading(page)).toHaveText(/Inspections and written statements of action$/);
  await pageShown(page);
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Inspections and WSOAs' })).toHaveAttribute('aria-current', 'true');

  const everyArea = await fromApi<InspectionOverview>(page, '/api/v1/inspections?pageSize=200');
  await expect(page.getByRole('status').filter({ hasText: 'areas' })).toHaveText(`${everyArea.summary.areas} areas with an inspection on record`);
  await expect(areaRows(page)).toHaveCount(everyArea.items.length);
  const ragCard = page.locator('.govuk-summary-card').filter({ hasText: 'RAG status of the latest position' });
  await expect(ragCard).toContainText(`Red ${everyArea.summary.rag.red}`);
  await expect(ragCard).toContainText(`Amber ${everyArea.summary.rag.amber}`);
  await expect(ragCard).toContainText(`Green ${everyArea.summary.rag.green}`);
  await expectNoAccessibilityViolations(page);

  // Areas that had to write a WSOA, in London.
  await page.getByLabel('Had to write a WSOA').selectOption('yes');
  await page.getByLabel('Region', { exact: true }).selectOption(LONDON);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?view=inspections&wsoa=yes&region=${LONDON}$`));
  await pageShown(page);

  const selected = await fromApi<InspectionOverview>(page, `/api/v1/inspections?wsoa=true&region=${LONDON}&pageSize=200`);
  expect(selected.items.length).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: 'areas' })).toHaveText(`${selected.summary.areas} areas match these filters`);
  await expect(areaRows(page).locator('th')).toHaveText(selected.items.map((item) => item.area.name));
  for (const row of await areaRows(page).all()) {
    await expect(row.locator('td').nth(0)).toHaveText('London');
    await expect(row.locator('td').nth(2)).toHaveText('Yes');
  }
  const old = page.locator('.govuk-summary-card').filter({ hasText: '2016 framework' });
  await expect(old.locator('.govuk-summary-list__row').filter({ hasText: 'Had to write a WSOA' })).toContainText(String(selected.summary.framework2016.withWsoa));
  await expect(old.locator('.govuk-summary-list__row').filter({ hasText: 'WSOAs not yet revisited' })).toContainText(String(selected.summary.framework2016.notYetRevisited));

  // Wandsworth: a WSOA in 2019 with 2 significant weaknesses, revisited with sufficient progress on both.
  const wandsworth = areaRows(page).filter({ has: page.getByRole('link', { name: 'Wandsworth', exact: true }) });
  const wandsworthFromApi = selected.items.find((item) => item.area.code === WANDSWORTH);
  expect(wandsworthFromApi?.rag).toBe('green');
  await expect(wandsworth).toContainText('Published 27 December 2019');
  await expect(wandsworth).toContainText('Sufficient progress on every weakness');
  await expect(wandsworth.locator('.govuk-tag--green')).toHaveText('Green');
  await expect(wandsworth).toContainText(wandsworthFromApi!.ragReason);

  // Rows from the third party's scrape are marked, and the note says how many there are.
  const unofficial = selected.items.filter((item) => !item.latest.source.official);
  await expect(areaRows(page).filter({ hasText: 'Not official: check the report' })).toHaveCount(unofficial.length);
  await expect(page.locator('#inspection-sources [data-official="false"]')).toContainText(`${unofficial.length} of the ${selected.items.length}`);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/inspections-overview.png', fullPage: true });
  if (documentationScreenshots) {
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.screenshot({ path: `${documentationScreenshots}/inspections-overview.png` });
  }

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the table (CSV)' }).click()]);
  const csv = (await readFile(await download.path())).toString('utf8');
  expect(download.suggestedFilename()).toBe('inspections-e12000007.csv');
  expect(csv.split(/\r?\n/)[0]).toMatch(/^area_code,area_name,region,/);
  expect(csv.split(/\r?\n/).filter(Boolean)).toHaveLength(selected.items.length + 1);

  await wandsworth.getByRole('link', { name: 'Wandsworth' }).click();
  await expect(page).toHaveURL(/\?area=E09000032$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Inspections' })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue(LONDON);
  await expect(page.getByLabel('Had to write a WSOA')).toHaveValue('yes');
});

test('filters the overview by follow-up, telling a revisit overdue, a next inspection overdue and a revisit not in the published data apart', async ({ page }) => {
  await page.goto('/?view=inspections');
  await pageShown(page);
  const everyArea = await fromApi<InspectionOverview>(page, '/api/v1/inspections?pageSize=200');
  const counts = page.locator('.govuk-summary-card').filter({ hasText: 'Follow-up of the latest position' }).locator('.govuk-summary-list__row');
  await expect(counts.filter({ hasText: 'Revisit overdue' })).toHaveText(`Revisit overdue${everyArea.summary.followUps.revisitOverdue}`);
  await expect(counts.filter({ hasText: 'Next inspection overdue' })).toHaveText(`Next inspection overdue${everyArea.summary.followUps.inspectionOverdue}`);
  await expect(counts.filter({ hasText: 'Revisit not in the published data' })).toHaveText(
    `Revisit not in the published data${everyArea.summary.followUps.revisitNotInPublishedData}`,
  );

  const shown: [string, string][] = [
    ['revisit_not_in_published_data', 'Revisit not in the published data (file ends 31 August 2022)'],
    ['revisit_overdue', 'Revisit overdue'],
    ['inspection_overdue', 'Next inspection overdue'],
  ];
  for (const [value, tag] of shown) {
    await page.getByLabel('Follow-up', { exact: true }).selectOption(value);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`\\?view=inspections&followUp=${value}$`));
    await pageShown(page);
    const selected = await fromApi<InspectionOverview>(page, `/api/v1/inspections?followUp=${value}&pageSize=200`);
    if (value.startsWith('revisit')) expect(selected.items.length).toBeGreaterThan(0);
    await expect(areaRows(page)).toHaveCount(selected.items.length);
    await expect(areaRows(page).locator('th')).toHaveText(selected.items.map((item) => item.area.name));
    await expect(areaRows(page).locator('.app-follow-up .govuk-tag')).toHaveText(selected.items.map(() => tag));
    if (value === 'revisit_not_in_published_data') {
      expect(new Set(selected.items.map((item) => item.followUp?.publishedDataEnds))).toEqual(new Set(['2022-08-31']));
      await expect(areaRows(page).locator('.app-rag .govuk-tag')).toHaveText(selected.items.map(() => 'Amber'));
    }
    await expect(page.getByLabel('Follow-up', { exact: true })).toHaveValue(value);
    await expectNoAccessibilityViolations(page);
  }
});

test('shows Wandsworth’s inspection history to everyone and its WSOA only once signed in', async ({ page }) => {
  await page.goto(`/?area=${WANDSWORTH}`);
  await pageShown(page);
  const history = page.getByRole('table', { name: 'Wandsworth’s area SEND inspections, newest first' });
  const inspection2019 = history.locator('tbody tr').filter({ hasText: 'Published 27 December 2019' });
  await expect(inspection2019).toContainText('Written statement of action required');
  await expect(inspection2019).toContainText('2 significant weaknesses');
  await expect(inspection2019).toContainText('Sufficient progress on every weakness');
  await expect(inspection2019).toContainText('2 with sufficient progress, 0 without');
  await expect(inspection2019.getByRole('link', { name: /^Read the report/ })).toHaveAttribute('href', /^https:\/\/reports\.ofsted\.gov\.uk\//);
  await expect(page.locator('.app-inspection-position')).toContainText('Green');

  const wsoa = page.locator('#wsoa');
  await expect(wsoa).toContainText('shown to Wandsworth’s area leaders, to advisers and to administrators');
  await expect(page.locator('.app-wsoa-action')).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await wsoa.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill('adviser');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(mainHeading(page)).toHaveText(/Wandsworth$/);
  // Advisers read the plan but do not record progress.
  await expect(actionBlock(page)).toBeVisible();
  await expect(page.locator('.app-demo-warning').filter({ hasText: 'They are not Wandsworth’s real plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Save progress update/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});

test.describe('an area leader recording progress on a WSOA action', () => {
  // Only the one update the API is made to refuse fails.
  test.use({ expectedFailedRequests: [/\/wsoa\/actions\/\d+\/updates$/] });

  test('posts an update and sees it in the action’s history; a bad update shows the error summary and changes nothing', async ({ page }) => {
    test.setTimeout(60_000);
    await signInAs(page, 'leader.wandsworth', `?area=${WANDSWORTH}`);
    await expect(mainHeading(page)).toHaveText(/Wandsworth$/);
    await pageShown(page);

    const action = actionBlock(page);
    await expect(action).toBeVisible();
    await expect(action.getByText('Demo', { exact: true }).first()).toBeVisible();
    await expect(page.locator('#wsoa .app-weakness')).toHaveCount(2);
    const countsBefore = await page.locator('.app-action-counts').textContent();

    // The form's own checks: 100% only when complete; nothing is sent, nothing changes.
    let updatesSent = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/updates')) updatesSent++;
    });
    const historyBefore = await timelineNarratives(action).allTextContents();
    await action.getByText('Record progress').click();
    await action.getByLabel('Status').selectOption('complete');
    await action.getByLabel('Percent complete').fill('50');
    await action.getByLabel('What was done').fill('Nearly there.');
    await action.getByLabel('Evidence link (optional)').fill('not a link');
    await action.getByRole('button', { name: /^Save progress update/ }).click();
    const summary = action.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Percent complete must be 100 when the status is Complete',
      'Evidence link must be a web address starting http:// or https://, 500 characters or fewer',
    ]);
    await expect(action.locator('[id$="-percent-error"]')).toHaveText('Error: Percent complete must be 100 when the status is Complete');
    await summary.getByRole('link').first().click();
    await expect(action.getByLabel('Percent complete')).toBeFocused();
    await expect(action.getByLabel('Percent complete')).toHaveValue('50');
    await expectNoAccessibilityViolations(page);
    expect(updatesSent).toBe(0);
    expect(await timelineNarratives(action).allTextContents()).toEqual(historyBefore);

    // The API's own refusal: the form's checks mirror the API's, so send it an update they would have stopped.
    await page.route(/\/wsoa\/actions\/\d+\/updates$/, (route) =>
      route.continue({ postData: JSON.stringify({ status: 'complete', percentComplete: 50, narrative: 'Nearly there.' }) }),
    );
    await action.getByLabel('Status').selectOption('on_track');
    await action.getByLabel('Evidence link (optional)').fill('');
    await action.getByRole('button', { name: /^Save progress update/ }).click();
    await expect(summary.getByRole('link')).toHaveText(['Percent complete must be 100 when the status is complete']);
    await expect(summary.getByRole('link')).toHaveAttribute('href', /-percent$/);
    expect(await timelineNarratives(action).allTextContents()).toEqual(historyBefore);
    await expect(page.locator('.app-action-counts')).toHaveText(countsBefore ?? '');
    await page.unroute(/\/wsoa\/actions\/\d+\/updates$/);

    // A good update joins the history, newest first, and moves the bar.
    const percent = 61 + (Date.now() % 38); // 61–98: changes from run to run
    const narrative = `End-to-end test update ${new Date().toISOString()}: named contacts in place for every family waiting.`;
    await action.getByLabel('Status').selectOption('at_risk');
    await action.getByLabel('Percent complete').fill(String(percent));
    await action.getByLabel('What was done').fill(narrative);
    await action.getByLabel('Evidence link (optional)').fill('https://example.org/send/evidence');
    await action.getByRole('button', { name: /^Save progress update/ }).click();

    const updated = actionBlock(page);
    await expect(updated.getByRole('alert')).toContainText(`Progress recorded: At risk, ${percent}% complete`);
    await expect(updated.getByRole('alert')).toBeFocused();
    await expect(timelineNarratives(updated).first()).toHaveText(narrative);
    await expect(timelineNarratives(updated)).toHaveCount(historyBefore.length + 1);
    const newest = updated.locator('.app-timeline__item').first();
    await expect(newest).toContainText('by leader.wandsworth');
    await expect(newest).toContainText(`At risk ${percent}% complete`);
    await expect(newest.getByText('Demo', { exact: true })).toHaveCount(0);
    await expect(newest.getByRole('link', { name: /^Evidence/ })).toHaveAttribute('href', 'https://example.org/send/evidence');
    await expect(updated.getByRole('progressbar', { name: `Progress on ${ACTION_TITLE}` })).toHaveAttribute('value', String(percent));
    await expect(updated.locator('.govuk-summary-list__row').filter({ hasText: 'Status' })).toContainText('At risk');
    await expect(page.locator('.app-action-counts [data-status="at_risk"]')).not.toHaveText(/ 0$/);
    await expectNoAccessibilityViolations(page);

    // It is stored: a fresh page shows it too.
    await page.reload();
    await pageShown(page);
    await expect(timelineNarratives(actionBlock(page)).first()).toHaveText(narrative);
    await page.screenshot({ path: 'test-results/screenshots/area-wsoa.png', fullPage: true });
    if (documentationScreenshots) {
      await page.setViewportSize({ width: 1280, height: 1600 });
      await page.locator('#wsoa').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('inspections')?.scrollIntoView());
      await page.screenshot({ path: `${documentationScreenshots}/area-wsoa.png` });
    }
  });
});

test('fits the inspections overview and an area’s WSOA onto a 320 pixel wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/?view=inspections');
  await pageShown(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await signInAs(page, 'leader.wandsworth', `?area=${WANDSWORTH}`);
  await expect(actionBlock(page)).toBeVisible();
  await actionBlock(page).getByText('Record progress').click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: 'test-results/screenshots/area-wsoa-320px.png', fullPage: true });
});

test('tells another area’s leader that the WSOA is not theirs to see, without asking the API for it', async ({ page }) => {
  let wsoaRequests = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/wsoa')) wsoaRequests++;
  });
  await signInAs(page, 'leader.lambeth', `?area=${WANDSWORTH}`);
  await expect(mainHeading(page)).toHaveText(/Wandsworth$/);
  await pageShown(page);
  await expect(page.locator('#wsoa')).toContainText('Only Wandsworth’s area leaders, advisers and administrators can see its written statement of action.');
  await expect(page.locator('.app-wsoa-action')).toHaveCount(0);
  expect(wsoaRequests).toBe(0);
});
