import type { Page } from '@playwright/test';
import { expect, expectNoAccessibilityViolations, mainHeading, pageShown, signInAs, test } from './fixtures';

const BARNSLEY = 'E08000016';
const WANDSWORTH = 'E09000032';

const weaknesses = (page: Page) => page.locator('#wsoa .app-weakness');

test.describe('an administrator adding an action', () => {
  // The API's refusal of a rewritten request is logged by Chromium as a failed request.
  test.use({ expectedFailedRequests: [/\/wsoa\/weaknesses\/\d+\/actions$/] });

  test('an administrator adds an action to one of Barnsley’s weaknesses; an empty one shows the error summary and sends nothing', async ({ page }) => {
    test.setTimeout(60_000);
    await signInAs(page, 'admin', `?area=${BARNSLEY}`);
    await expect(mainHeading(page)).toHaveText(/Barnsley$/);
    await pageShown(page);

    // The demo plan already holds both of the weaknesses Ofsted found, so there are none left to record.
    await expect(weaknesses(page)).toHaveCount(2);
    await expect(page.locator('.app-add-weakness')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Add a significant weakness' })).toHaveCount(0);

    let actionsSent = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/actions')) actionsSent++;
    });
    const first = weaknesses(page).first();
    const actionsBefore = await first.locator('.app-wsoa-action').count();
    await first.locator('.app-wsoa-add-action > summary').click();
    const form = first.getByRole('form', { name: /^Add an action to significant weakness/ });
    await form.getByRole('button', { name: /^Add the action/ }).click();
    const summary = form.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Enter what the action is', 'Enter who owns the action', 'Enter the date the action is due']);
    await summary.getByRole('link', { name: 'Enter the date the action is due' }).click();
    await expect(form.getByLabel('Day')).toBeFocused();
    await expectNoAccessibilityViolations(page);
    expect(actionsSent).toBe(0);
    await expect(first.locator('.app-wsoa-action')).toHaveCount(actionsBefore);

    const title = `End-to-end test action ${new Date().toISOString()}: weekly drop-in for families waiting for assessment`;
    await form.getByLabel('Action').fill(title);
    await form.getByLabel('Owner').fill('SEND Partnership Board');
    await form.getByLabel('Day').fill('31');
    await form.getByLabel('Month').fill('7');
    await form.getByLabel('Year').fill(String(new Date().getFullYear() + 1));

    // The API's own refusal: the form's checks mirror the API's, so send it an action they would have stopped.
    const actionsAddress = /\/wsoa\/weaknesses\/\d+\/actions$/;
    await page.route(actionsAddress, (route) => route.continue({ postData: JSON.stringify({ title: '   ', owner: 'SEND Partnership Board', dueDate: '2030-07-31' }) }));
    await form.getByRole('button', { name: /^Add the action/ }).click();
    await expect(summary.getByRole('link')).toHaveText(['The action must not be empty']);
    await expect(summary.getByRole('link')).toHaveAttribute('href', /-action-title$/);
    await expect(form.getByLabel('Action')).toHaveValue(title);
    await expect(first.locator('.app-wsoa-action')).toHaveCount(actionsBefore);
    await page.unroute(actionsAddress);

    await form.getByRole('button', { name: /^Add the action/ }).click();

    const banner = weaknesses(page).first().getByRole('alert');
    await expect(banner).toContainText(`Action added: ${title}`);
    await expect(banner).toBeFocused();
    const added = page.getByRole('group', { name: title });
    await expect(added).toBeVisible();
    await expect(added.locator('.govuk-summary-list__row').filter({ hasText: 'Owner' })).toContainText('SEND Partnership Board');
    await expect(added.locator('.govuk-summary-list__row').filter({ hasText: 'Status' })).toContainText('Not started');
    await expect(added.getByRole('progressbar', { name: `Progress on ${title}` })).toHaveAttribute('value', '0');
    await expect(added.getByText('Demo', { exact: true })).toHaveCount(0);
    await expect(added.getByText('Record progress')).toBeVisible();
    expect(actionsSent).toBe(2);
    await expectNoAccessibilityViolations(page);

    // It is stored: a fresh page shows it under the same weakness.
    await page.reload();
    await pageShown(page);
    await expect(weaknesses(page).first().getByRole('group', { name: title })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/area-wsoa-add-action.png', fullPage: true });
  });
});

test('Wandsworth’s leader, with both weaknesses recorded, is offered an action form on each but no weakness form', async ({ page }) => {
  await signInAs(page, 'leader.wandsworth', `?area=${WANDSWORTH}`);
  await expect(mainHeading(page)).toHaveText(/Wandsworth$/);
  await pageShown(page);
  await expect(weaknesses(page)).toHaveCount(2);
  await expect(page.locator('.app-add-weakness')).toHaveCount(0);
  await expect(page.locator('#wsoa .app-wsoa-add-action')).toHaveCount(2);
  await weaknesses(page).first().locator('.app-wsoa-add-action > summary').click();
  await expect(weaknesses(page).first().getByRole('form', { name: /^Add an action to significant weakness/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('fits the add-an-action form onto a 320 pixel wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInAs(page, 'leader.wandsworth', `?area=${WANDSWORTH}`);
  await pageShown(page);
  await weaknesses(page).first().locator('.app-wsoa-add-action > summary').click();
  await expect(weaknesses(page).first().getByLabel('Year')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('an adviser sees the plan but is offered no form to record weaknesses or actions', async ({ page }) => {
  await signInAs(page, 'adviser', `?area=${WANDSWORTH}`);
  await pageShown(page);
  await expect(weaknesses(page)).toHaveCount(2);
  await expect(page.locator('#wsoa form')).toHaveCount(0);
});
