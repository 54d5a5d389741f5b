import { expect, expectNoAccessibilityViolations, mainHeading, test } from './fixtures';
import type { Page } from '@playwright/test';

const localAuthorityLinks = (page: Page) => page.locator('#local-authorities li').getByRole('link');

test('finds Wandsworth by searching, shows its statistical neighbours and follows one', async ({ page }) => {
  await page.goto('/');
  await expect(mainHeading(page)).toHaveText('SEND local areas in England');
  await expect(page).toHaveTitle('SEND local areas in England – SEND Insight');
  await expect(page.getByRole('status')).toHaveText('153 local authorities');
  await expect(localAuthorityLinks(page)).toHaveCount(153);
  await expect(page.getByRole('heading', { level: 2, name: 'London' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/home.png', fullPage: true });

  await page.getByLabel('Search for a local authority').pressSequentially('Wands');
  await expect(page.getByRole('status')).toHaveText('1 local authority matches “Wands”');
  await expect(localAuthorityLinks(page)).toHaveText(['Wandsworth']);
  await expect(page).toHaveURL(/\?q=Wands$/);
  await page.screenshot({ path: 'test-results/screenshots/home-search.png' });

  await localAuthorityLinks(page).filter({ hasText: 'Wandsworth' }).click();
  await expect(page).toHaveURL(/\?area=E09000032$/);
  await expect(mainHeading(page)).toHaveText(/Wandsworth$/);
  await expect(mainHeading(page)).toBeFocused();
  await expect(page).toHaveTitle('Wandsworth – SEND Insight');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(['Home', 'London']);

  const neighbours = page.getByRole('table', { name: 'Wandsworth’s statistical neighbours, closest first' });
  const neighbourRows = neighbours.locator('tbody tr');
  // DfE's May 2025 model: Hammersmith and Fulham is closest; Lambeth is fourth.
  await expect(neighbourRows).toHaveCount(10);
  await expect(neighbourRows.first()).toContainText('Hammersmith and Fulham');
  await expect(neighbourRows.nth(3)).toContainText('Lambeth');
  await expect(page.getByText(/^Source: DfE Children's Services Statistical Neighbour Benchmarking Tool/)).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/area-wandsworth.png', fullPage: true });

  await neighbours.getByRole('link', { name: 'Lambeth' }).click();
  await expect(page).toHaveURL(/\?area=E09000022$/);
  await expect(mainHeading(page)).toHaveText(/Lambeth$/);
  await expect(page).toHaveTitle('Lambeth – SEND Insight');

  await page.goBack();
  await expect(mainHeading(page)).toHaveText(/Wandsworth$/);
  await page.goBack();
  await expect(page.getByLabel('Search for a local authority')).toHaveValue('Wands');
  await expect(localAuthorityLinks(page)).toHaveText(['Wandsworth']);
});

test('opens a region from the home page and lists its local authorities', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('heading', { level: 2, name: 'London' }).getByRole('link').click();
  await expect(mainHeading(page)).toHaveText(/London$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Local authorities in London' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Wandsworth' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('resolves a DfE LA number to the area and shows its ONS code in the address', async ({ page }) => {
  await page.goto('/?area=212');
  await expect(mainHeading(page)).toHaveText(/Wandsworth$/);
  await expect(page).toHaveURL(/\?area=E09000032$/);
});

test('fits a 320 pixel wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/?area=E09000032']) {
    await page.goto(path);
    await expect(mainHeading(page)).toBeVisible();
    await expect(page.locator('#main-content')).not.toHaveAttribute('aria-busy');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, `width of ${path}`).toBeLessThanOrEqual(320);
  }
  await page.screenshot({ path: 'test-results/screenshots/area-wandsworth-320px.png', fullPage: true });
});

test.describe('when the area does not exist', () => {
  test.use({ expectedFailedRequests: [/\/api\/v1\/areas\/NOPE$/] });

  test('says the area was not found, in the API’s words', async ({ page }) => {
    await page.goto('/?area=NOPE');
    await expect(mainHeading(page)).toHaveText('Area not found');
    await expect(page).toHaveTitle('Area not found – SEND Insight');
    await expect(page.getByRole('main')).toContainText('NOPE');
    await expectNoAccessibilityViolations(page);
    await page.screenshot({ path: 'test-results/screenshots/area-not-found.png' });
  });
});

test.describe('when the API cannot be reached', () => {
  test.use({ expectedFailedRequests: [/\/api\/v1\/areas/] });

  test('says there is a problem with the service', async ({ page }) => {
    await page.route('**/api/v1/**', (route) => route.abort('connectionrefused'));
    await page.goto('/?area=E09000032');
    await expect(mainHeading(page)).toHaveText('Sorry, there is a problem with the service');
    await expect(page.getByRole('main')).toContainText('could not get data from the SEND Insight API');
  });
});
