import type { Page } from '@playwright/test';
import { expect, expectNoAccessibilityViolations, mainHeading, PASSWORD, pageShown, test } from './fixtures';

/** Screenshots for the project's documentation; taken only when asked for, against the real API. */
const documentationScreenshots = process.env.DOCS_SCREENSHOTS_DIR;

const WANDSWORTH = 'E09000032';

/** The quarter before the current one: always in the past, and the same for every test in one run. */
function lastQuarter(today = new Date()): string {
  const quarter = Math.floor(today.getMonth() / 3); // 0-based: the current quarter's index
  return quarter === 0 ? `${today.getFullYear() - 1}-Q4` : `${today.getFullYear()}-Q${quarter}`;
}

/** A value that differs from run to run, so that the table must really change to show it. */
function freshCount(): number {
  return 400 + (Date.now() % 500);
}

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const submissionsTable = (page: Page) => page.getByRole('table', { name: /^Figures submitted for Wandsworth/ });

test.describe('an area leader submitting figures', () => {
  // The API answers a wrong password with 401; Chromium logs that as a failed request.
  test.use({ expectedFailedRequests: [/\/api\/v1\/auth\/login$/] });

  test('signs in from the header, submits a figure and sees it listed as not yet published', async ({ page }) => {
    await page.goto(`/?area=${WANDSWORTH}`);
    await pageShown(page);
    await expect(page.getByRole('link', { name: 'Submit a local figure' })).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Sign in' }).click();
    await expect(mainHeading(page)).toHaveText('Sign in');
    await expect(page).toHaveURL(/view=sign-in/);
    await expectNoAccessibilityViolations(page);

    await signIn(page, 'leader.wandsworth', PASSWORD);
    // Back where the user started, now with the link to submit and who is signed in.
    await expect(mainHeading(page)).toHaveText(/Wandsworth$/);
    await expect(page.getByRole('navigation', { name: 'Your account' })).toContainText('Signed in as leader.wandsworth, area leader for Wandsworth');
    const tokens = await page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length }));
    expect(tokens).toEqual({ session: 1, local: 0 });

    await page.getByRole('link', { name: 'Submit a local figure' }).click();
    await expect(page).toHaveURL(new RegExp(`view=submit&area=${WANDSWORTH}`));
    await expect(mainHeading(page)).toHaveText(/Submit a local figure$/);
    await expect(submissionsTable(page).or(page.getByText(/No figures have been submitted/))).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const period = lastQuarter();
    const value = freshCount();
    await page.getByLabel('Indicator').selectOption('short-breaks-families-receiving');
    await expect(page.getByText('Enter a quarter, for example 2024-Q1')).toBeVisible();
    await page.getByLabel('Period').fill(period);
    await page.getByLabel('Value').fill(String(value));
    await page.getByLabel('Note (optional)').fill('Submitted by the end-to-end tests.');
    await page.getByRole('button', { name: 'Submit figure' }).click();

    const banner = page.getByRole('alert').filter({ hasText: 'Figure submitted' });
    await expect(banner).toContainText(`Figure submitted: Families receiving short breaks, ${period}`);
    await expect(banner).toContainText('Submitted – not yet published');
    const row = submissionsTable(page).getByRole('row').filter({ hasText: 'Families receiving short breaks' }).filter({ hasText: period });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(value.toLocaleString('en-GB'));
    await expect(row).toContainText('Submitted – not yet published');
    await expect(row).toContainText('leader.wandsworth');
    await row.getByText(/\d+ changes?/).click();
    await expect(row.getByRole('listitem').first()).toContainText(`leader.wandsworth`);
    await expect(row.getByRole('listitem').first()).toContainText(`→ ${value.toLocaleString('en-GB')}`);
    await expectNoAccessibilityViolations(page);
    await page.screenshot({ path: 'test-results/screenshots/submit-figure.png', fullPage: true });
    if (documentationScreenshots) {
      await page.setViewportSize({ width: 1280, height: 1400 });
      await page.screenshot({ path: `${documentationScreenshots}/submit-figure.png` });
    }

    // A percentage over 100 is refused before anything is sent, with the field named and linked.
    const rowsBefore = await submissionsTable(page).getByRole('row').allTextContents();
    let figuresSent = 0;
    page.on('request', (request) => {
      if (request.method() === 'PUT') figuresSent++;
    });
    await page.getByLabel('Indicator').selectOption('short-breaks-stopped-or-reduced');
    await page.getByLabel('Period').fill(period);
    await page.getByLabel('Value').fill('140');
    await page.getByRole('button', { name: 'Submit figure' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Value is a percentage, so must be between 0 and 100']);
    await expect(page.locator('#submit-value-error')).toHaveText('Error: Value is a percentage, so must be between 0 and 100');
    await expect(page.getByLabel('Value')).toHaveValue('140');
    await summary.getByRole('link').click();
    await expect(page.getByLabel('Value')).toBeFocused();
    await expectNoAccessibilityViolations(page);
    expect(figuresSent).toBe(0);
    expect(await submissionsTable(page).getByRole('row').allTextContents()).toEqual(rowsBefore);

    await page.getByRole('link', { name: 'Sign out' }).click();
    await expect(mainHeading(page)).toHaveText('You have signed out');
    await expect(page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  test.describe('when the API refuses a figure the form let through', () => {
    // Only the refused figure is expected to fail (one pattern: a two-item array would read as [value, options]).
    test.use({ expectedFailedRequests: [/\/values\/\d{4}-Q\d$/] });

    test('shows the API’s own field errors in the summary and on each field, keeping what was typed', async ({ page }) => {
      await page.goto(`/?view=sign-in&return=${encodeURIComponent(`?view=submit&area=${WANDSWORTH}`)}`);
      await signIn(page, 'leader.wandsworth', PASSWORD);
      await expect(mainHeading(page)).toHaveText(/Submit a local figure$/);
      const rowsBefore = await submissionsTable(page).getByRole('row').allTextContents();
      // The form's own checks mirror the API's, so send the real API a figure they would have stopped:
      // what the user sees must then be the API's answer.
      await page.route(/\/values\/\d{4}-Q\d$/, (route) =>
        route.continue({ postData: JSON.stringify({ value: 140, numerator: 5.5, denominator: 3 }) }),
      );
      await page.getByLabel('Indicator').selectOption('short-breaks-stopped-or-reduced');
      await page.getByLabel('Period').fill(lastQuarter());
      await page.getByLabel('Value', { exact: true }).fill('40');
      await page.getByRole('button', { name: 'Submit figure' }).click();

      const summary = page.locator('.govuk-error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([
        'Value is a percentage, so must be between 0 and 100',
        'Numerator must be a whole number, 0 or more',
      ]);
      await expect(summary.getByRole('link').first()).toHaveAttribute('href', '#submit-value');
      await expect(page.locator('#submit-value-error')).toContainText('Value is a percentage');
      await expect(page.locator('#submit-numerator-error')).toContainText('Numerator must be a whole number');
      await expect(page.getByLabel('Value', { exact: true })).toHaveValue('40');
      await expect(page.getByLabel('Period')).toHaveValue(lastQuarter());
      await expectNoAccessibilityViolations(page);
      expect(await submissionsTable(page).getByRole('row').allTextContents()).toEqual(rowsBefore);
    });
  });

  test('says when the username or password is wrong', async ({ page }) => {
    await page.goto('/?view=sign-in');
    await pageShown(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('.govuk-error-summary').getByRole('link')).toHaveText(['Enter your username', 'Enter your password']);

    // An account that does not exist, so that repeated runs never throttle a real one.
    await signIn(page, 'e2e.no-such-user', 'not-the-password');
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(/The username or password is not right|Too many/);
    await expect(page.getByLabel('Username')).toHaveValue('e2e.no-such-user');
    await expectNoAccessibilityViolations(page);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  test('asks someone who is not signed in to sign in before submitting', async ({ page }) => {
    await page.goto(`/?view=submit&area=${WANDSWORTH}`);
    await expect(mainHeading(page)).toHaveText(/Submit a local figure$/);
    await expect(page.getByRole('main').getByRole('link', { name: 'sign in' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Submit figure' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test('fits a 320 pixel wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/?view=sign-in&return=${encodeURIComponent(`?view=submit&area=${WANDSWORTH}`)}`);
    await signIn(page, 'leader.wandsworth', PASSWORD);
    await expect(page.getByRole('button', { name: 'Submit figure' })).toBeVisible();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(320);
  });
});
