import type { components } from '../src/generated/send-insight-api';

type NewUser = components['schemas']['NewUser'];

/** The accounts the specs sign in with: the same names as scripts/run's demo accounts. */
const ACCOUNTS: Omit<NewUser, 'password'>[] = [
  { username: 'leader.wandsworth', role: 'AREA_LEADER', areaCode: 'E09000032' },
  { username: 'leader.lambeth', role: 'AREA_LEADER', areaCode: 'E09000022' },
  { username: 'adviser', role: 'ADVISER' },
];

/**
 * An API on a fresh MySQL/MariaDB database (as scripts/test starts it) has no accounts but the administrator it
 * created from ADMIN_PASSWORD. With E2E_PASSWORD set, this signs in as that administrator (E2E_ADMIN_USERNAME,
 * default admin) and creates the specs' accounts through the admin API, all with E2E_PASSWORD, or resets the
 * password of those that exist. Without E2E_PASSWORD it does nothing: the specs then use the demo accounts.
 */
export default async function globalSetup(): Promise<void> {
  const password = process.env.E2E_PASSWORD;
  if (!password) return;
  const apiBaseUrl = (process.env.API_URL ?? (await apiUrlOfDashboard())).replace(/\/+$/, '');
  const token = await signIn(apiBaseUrl, process.env.E2E_ADMIN_USERNAME ?? 'admin', password);
  for (const account of ACCOUNTS) {
    await ensureAccount(apiBaseUrl, token, { ...account, password });
  }
}

/** The API the dashboard under test is configured to call, as fixtures.ts's fromApi reads it in the browser. */
async function apiUrlOfDashboard(): Promise<string> {
  const dashboard = (process.env.DASHBOARD_URL ?? 'http://localhost:5173').replace(/\/+$/, '');
  const config = await (await fetch(`${dashboard}/config.js`)).text();
  return /apiBaseUrl:\s*"([^"]+)"/.exec(config)?.[1] ?? 'http://localhost:8080';
}

async function signIn(apiBaseUrl: string, username: string, password: string): Promise<string> {
  const response = await call(apiBaseUrl, 'POST', '/api/v1/auth/login', undefined, { username, password });
  if (response.status !== 200) {
    throw new Error(`Signing in as ${username} failed (${response.status}): ${await response.text()}. ` +
      'Was the API started with ADMIN_PASSWORD set to E2E_PASSWORD on a database without an administrator?');
  }
  const tokens = (await response.json()) as components['schemas']['TokenResponse'];
  return tokens.access_token;
}

async function ensureAccount(apiBaseUrl: string, token: string, account: NewUser): Promise<void> {
  const created = await call(apiBaseUrl, 'POST', '/api/v1/users', token, account);
  if (created.status === 201) return;
  if (created.status !== 409) throw await failure(`Creating ${account.username}`, created);
  const path = `/api/v1/users/${encodeURIComponent(account.username)}`;
  const reset = await call(apiBaseUrl, 'PUT', `${path}/password`, token, { password: account.password });
  if (reset.status !== 204) throw await failure(`Resetting the password of ${account.username}`, reset);
  const enabled = await call(apiBaseUrl, 'PATCH', path, token, { disabled: false });
  if (enabled.status !== 200) throw await failure(`Enabling ${account.username}`, enabled);
}

function call(apiBaseUrl: string, method: string, path: string, token: string | undefined, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(`${apiBaseUrl}${path}`, { method, headers, body: JSON.stringify(body) });
}

async function failure(what: string, response: Response): Promise<Error> {
  return new Error(`${what} failed (${response.status}): ${await response.text()}`);
}
