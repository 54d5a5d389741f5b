import type { Page } from '@playwright/test';
import { expect, expectNoAccessibilityViolations, mainHeading, pageShown, signInAs, test } from './fixtures';

const WANDSWORTH = 'E09000032';
const INDICATOR = 'short-breaks-families-receiving';
const NOT_YET_PUBLISHED = 'Submitted – not yet published';

/** The last complete quarter: always in the past, and the latest period a leader can submit. */
function lastCompleteQuarter(today = new Date()): string {
  const quarter = Math.floor(today.getMonth() / 3); // 0-based: the current quarter's index
  return quarter === 0 ? `${today.getFullYear() - 1}-Q4` : `${today.getFullYear()}-Q${quarter}`;
}

/** A count that differs from run to run (and from the submissions spec's 400–899), so the page must really show it. */
function freshCount(): number {
  return 1000 + (Date.now() % 9000);
}

async function signOut(page: Page) {
  await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Sign out' }).click();
  await expect(mainHeading(page)).toHaveText('You have signed out');
}

const overviewRow = (page: Page) => page.locator(`tr[data-indicator="${INDICATOR}"]`);

test('a leader sees their submitted figure on the overview, marked as not yet published; the public does not until an adviser publishes it', async ({ page, browser }) => {
  test.setTimeout(90_000); // two sign-ins, a submission, a publication and three overviews
  const period = lastCompleteQuarter();
  const value = freshCount();
  const valueText = value.toLocaleString('en-GB');

  await signInAs(page, 'leader.wandsworth', `?view=submit&area=${WANDSWORTH}&indicator=${INDICATOR}`);
  await expect(mainHeading(page)).toHaveText(/Submit a local figure$/);
  await page.getByLabel('Period').fill(period);
  await page.getByLabel('Value').fill(String(value));
  await page.getByRole('button', { name: 'Submit figure' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Figure submitted' })).toContainText(`Families receiving short breaks, ${period}`);

  // The leader's own overview shows the figure, saying in words that it is not yet published.
  await page.goto(`/?area=${WANDSWORTH}`);
  await pageShown(page);
  await expect(overviewRow(page)).toContainText(period);
  await expect(overviewRow(page)).toContainText(valueText);
  await expect(overviewRow(page)).toContainText(NOT_YET_PUBLISHED);
  // An unpublished figure is never compared with real ones.
  await expect(overviewRow(page).locator('.app-comparison .govuk-tag')).toHaveText(/^Not compared/);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/overview-submitted.png', fullPage: true });

  // Signed out, the same page shows only what is published.
  await signOut(page);
  await page.goto(`/?area=${WANDSWORTH}`);
  await pageShown(page);
  await expect(overviewRow(page)).toBeVisible();
  await expect(overviewRow(page)).not.toContainText(valueText);
  await expect(page.getByRole('main')).not.toContainText(NOT_YET_PUBLISHED);

  // An adviser publishes it from the area's submissions.
  await signInAs(page, 'adviser', `?view=submit&area=${WANDSWORTH}`);
  await expect(mainHeading(page)).toHaveText(/Submit a local figure$/);
  const submitted = page
    .getByRole('table', { name: /^Figures submitted for Wandsworth/ })
    .getByRole('row')
    .filter({ hasText: 'Families receiving short breaks' })
    .filter({ hasText: period });
  await expect(submitted).toContainText(valueText);
  await expect(submitted).toContainText(NOT_YET_PUBLISHED);
  await submitted.getByRole('button', { name: `Publish Families receiving short breaks, ${period}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'published' })).toHaveText(`Families receiving short breaks, ${period} published.`);
  await expect(submitted).toContainText('Published');
  await expect(submitted).not.toContainText(NOT_YET_PUBLISHED);
  await expect(submitted.getByRole('button', { name: /^Publish/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await signOut(page);

  // Someone else, in a browser of their own (nothing cached from before), now sees it published.
  const publicContext = await browser.newContext();
  try {
    const publicPage = await publicContext.newPage();
    await publicPage.goto(`/?area=${WANDSWORTH}`);
    await pageShown(publicPage);
    await expect(publicPage.locator(`tr[data-indicator="${INDICATOR}"]`)).toContainText(valueText);
    await expect(publicPage.locator(`tr[data-indicator="${INDICATOR}"]`)).toContainText('Published');
  } finally {
    await publicContext.close();
  }
});
