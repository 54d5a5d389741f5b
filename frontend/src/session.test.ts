import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canPublish, canSeeWsoaOf, canSubmitFor, canUpdateWsoaFor, jwtClaims, loadSession, refreshDelay, roleInWords, sessionFromTokens, SessionKeeper, type Tokens } from './session';

/** An unsigned token with these claims: the dashboard reads claims and leaves signatures to the API. */
function accessToken(claims: Record<string, unknown>): string {
  const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${base64url('{"alg":"HS256"}')}.${base64url(JSON.stringify(claims))}.signature`;
}

const leaderTokens = (refresh = 'refresh-1'): Tokens => ({
  access_token: accessToken({ sub: 'leader.wandsworth', roles: ['AREA_LEADER'], area: 'E09000032' }),
  refresh_token: refresh,
  expires_in: 900,
});

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('reading the access token', () => {
  it('takes the username, roles and area from the claims', () => {
    const session = sessionFromTokens(leaderTokens(), 1_000);
    expect(session).toMatchObject({ username: 'leader.wandsworth', roles: ['AREA_LEADER'], areaCode: 'E09000032', refreshToken: 'refresh-1', expiresAt: 901_000 });
    expect(roleInWords(session, 'Wandsworth')).toBe('area leader for Wandsworth');
    expect(canSubmitFor(session, 'E09000032')).toBe(true);
    expect(canSubmitFor(session, 'E09000022')).toBe(false);
    expect(canPublish(session)).toBe(false);
  });

  it('reads claims written in base64url with non-ASCII text, and nothing from a broken token', () => {
    expect(jwtClaims(accessToken({ sub: 'x', name: 'Zoë?>>' }))).toMatchObject({ sub: 'x' });
    expect(jwtClaims('not-a-token')).toEqual({});
  });

  it('lets advisers publish and administrators submit for any area', () => {
    const adviser = sessionFromTokens({ ...leaderTokens(), access_token: accessToken({ sub: 'adviser', roles: ['ADVISER'] }) }, 0);
    const admin = sessionFromTokens({ ...leaderTokens(), access_token: accessToken({ sub: 'admin', roles: ['ADMIN'] }) }, 0);
    expect(canPublish(adviser)).toBe(true);
    expect(canSubmitFor(adviser, 'E09000032')).toBe(false);
    expect(canSubmitFor(admin, 'E09000022')).toBe(true);
    expect(roleInWords(adviser)).toBe('adviser');
    expect(roleInWords(admin)).toBe('administrator');
  });

  it('shows a WSOA to its area’s leaders, advisers and administrators, and lets only leaders and administrators update it', () => {
    const leader = sessionFromTokens(leaderTokens(), 0);
    const adviser = sessionFromTokens({ ...leaderTokens(), access_token: accessToken({ sub: 'adviser', roles: ['ADVISER'] }) }, 0);
    const admin = sessionFromTokens({ ...leaderTokens(), access_token: accessToken({ sub: 'admin', roles: ['ADMIN'] }) }, 0);
    expect([undefined, leader, adviser, admin].map((session) => canSeeWsoaOf(session, 'E09000032'))).toEqual([false, true, true, true]);
    expect(canSeeWsoaOf(leader, 'E09000022')).toBe(false);
    expect([undefined, leader, adviser, admin].map((session) => canUpdateWsoaFor(session, 'E09000032'))).toEqual([false, true, false, true]);
    expect(canUpdateWsoaFor(leader, 'E09000022')).toBe(false);
  });
});

describe('refreshDelay', () => {
  it('refreshes a minute before expiry, sooner for short lifetimes, never in the past', () => {
    expect(refreshDelay({ expiresAt: 900_000 }, 0)).toBe(840_000);
    expect(refreshDelay({ expiresAt: 100_000 }, 0, 100_000)).toBe(80_000);
    expect(refreshDelay({ expiresAt: 10_000 }, 50_000)).toBe(0);
  });
});

describe('SessionKeeper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps the session in the storage it is given and forgets it on sign-out', () => {
    const storage = memoryStorage();
    const keeper = new SessionKeeper(storage, async () => undefined, () => 0);
    keeper.signedIn(leaderTokens());
    expect(loadSession(storage)?.username).toBe('leader.wandsworth');
    expect(new SessionKeeper(storage, async () => undefined, () => 0).current()?.areaCode).toBe('E09000032');
    keeper.signedOut();
    expect(storage.items.size).toBe(0);
  });

  it('refreshes the access token shortly before it expires', async () => {
    const refresh = vi.fn(async () => leaderTokens('refresh-2'));
    const keeper = new SessionKeeper(memoryStorage(), refresh, () => Date.now());
    keeper.signedIn(leaderTokens());
    await vi.advanceTimersByTimeAsync(839_000);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refresh).toHaveBeenCalledWith('refresh-1');
    expect(keeper.current()?.refreshToken).toBe('refresh-2');
  });

  it('signs out when the refresh token is refused, telling listeners', async () => {
    const keeper = new SessionKeeper(memoryStorage(), async () => undefined, () => Date.now());
    const seen: unknown[] = [];
    keeper.onChange((session) => seen.push(session?.username));
    keeper.signedIn(leaderTokens());
    await vi.advanceTimersByTimeAsync(900_000);
    expect(keeper.current()).toBeUndefined();
    expect(seen).toEqual(['leader.wandsworth', undefined]);
  });

  it('keeps the session when the API cannot be reached, and refreshes an expired token before use', async () => {
    let now = 0;
    let reachable = false;
    const keeper = new SessionKeeper(memoryStorage(), async () => {
      if (!reachable) throw new Error('offline');
      return leaderTokens('refresh-3');
    }, () => now);
    keeper.signedIn(leaderTokens());
    await vi.advanceTimersByTimeAsync(840_000);
    expect(keeper.current()?.refreshToken).toBe('refresh-1');
    now = 901_000;
    reachable = true;
    await expect(keeper.accessToken()).resolves.toBe(leaderTokens().access_token);
    expect(keeper.current()?.refreshToken).toBe('refresh-3');
  });
});
