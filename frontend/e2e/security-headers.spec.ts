import { expect, test } from './fixtures';

test('the dashboard is served with the production security headers, allowing only its API to be fetched', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.ok()).toBe(true);
  const headers = response!.headers();
  const apiBaseUrl = await page.evaluate(() => window.SEND_INSIGHT_CONFIG?.apiBaseUrl ?? '');
  const apiOrigin = /^https?:\/\//.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : '';

  const policy = headers['content-security-policy'] ?? '';
  const directives = Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources.join(' ')];
    }),
  );
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(directives['default-src']).toBe("'self'");
  expect(directives['script-src']).toBe("'self'");
  expect(directives['style-src']).toBe("'self'");
  expect(directives['frame-ancestors']).toBe("'none'");
  expect(directives['connect-src']).toBe(["'self'", apiOrigin].filter(Boolean).join(' '));
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  // The policy is on every response, not just the page: scripts and styles too.
  const script = await page.request.get('/config.js');
  expect(script.headers()['content-security-policy']).toBe(policy);
  expect(script.headers()['x-content-type-options']).toBe('nosniff');
});
