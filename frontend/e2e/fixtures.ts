import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface BrowserProblems {
  /** Requests a test expects to fail; Chromium logs each failed request as a console error. */
  expectedFailedRequests: RegExp[];
  browserProblems: string[];
}

/** Every test fails on any console error or uncaught page error it did not expect (a CSP violation is one). */
export const test = base.extend<BrowserProblems>({
  expectedFailedRequests: [[], { option: true }],
  browserProblems: [
    async ({ page, expectedFailedRequests }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const failedUrl = message.location().url;
        const isExpected =
          message.text().startsWith('Failed to load resource') &&
          expectedFailedRequests.some((expected) => expected.test(failedUrl));
        if (!isExpected) problems.push(`console error: ${message.text()} (${failedUrl})`);
      });
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The password of the accounts the specs sign in with: E2E_PASSWORD when scripts/test has created them for this run
 * (see global-setup.ts), otherwise the demo accounts' password of scripts/run.
 */
export const PASSWORD = process.env.E2E_PASSWORD ?? 'demo-only-password';

export async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
}

export const mainHeading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Waits until the dashboard has finished showing the page it was asked for. */
export async function pageShown(page: Page) {
  await expect(mainHeading(page)).toBeVisible();
  await expect(page.locator('#main-content')).not.toHaveAttribute('aria-busy');
}

/** Reads JSON straight from the API the dashboard is configured to call, to compare with what it shows. */
export async function fromApi<Body>(page: Page, path: string): Promise<Body> {
  const apiBaseUrl = await page.evaluate(() => window.SEND_INSIGHT_CONFIG?.apiBaseUrl ?? 'http://localhost:8080');
  const response = await page.request.get(`${apiBaseUrl.replace(/\/+$/, '')}${path}`, { headers: { Accept: 'application/json' } });
  expect(response.ok(), `GET ${path}`).toBe(true);
  return (await response.json()) as Body;
}

/** Signs in from the sign-in page, which then goes on to `returnTo` (a dashboard query string). */
export async function signInAs(page: Page, username: string, returnTo: string) {
  await page.goto(`/?view=sign-in&return=${encodeURIComponent(returnTo)}`);
  await pageShown(page);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
