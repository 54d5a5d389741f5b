import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run against a dashboard that is already being served
 * (scripts start it, and the API it talks to); they never start servers themselves.
 */
export default defineConfig({
  testDir: './e2e',
  // Creates the accounts the specs sign in with when E2E_PASSWORD is set (scripts/test); see the file.
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  timeout: 30_000,
  use: {
    baseURL: process.env.DASHBOARD_URL ?? 'http://localhost:5173',
    browserName: 'chromium',
    launchOptions: {
      // Never let Playwright download a browser of its own: use the system Chromium.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
