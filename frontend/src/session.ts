/**
 * Who is signed in. The tokens live in sessionStorage (never localStorage), so they go when the tab
 * is closed; the access token is refreshed shortly before it expires.
 */

export type Role = 'AREA_LEADER' | 'ADVISER' | 'ADMIN';

/** The tokens the API hands out at sign-in and refresh (OAuth 2.0 names, hence snake_case). */
export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
}

export interface Session {
  username: string;
  roles: Role[];
  /** The area a leader leads; absent for advisers and administrators. */
  areaCode?: string | undefined;
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, in milliseconds since the epoch. */
  expiresAt: number;
}

/** The part of the Web Storage interface a session needs, so tests can pass their own. */
export type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const STORAGE_KEY = 'send-insight.session';

/** Refresh this long before the access token expires, or at 4/5 of a shorter lifetime. */
export const REFRESH_MARGIN_MS = 60_000;
const RETRY_REFRESH_MS = 30_000;

/** The claims the dashboard reads from an access token's payload: sub, roles and (for leaders) area. */
export function sessionFromTokens(tokens: Tokens, now: number): Session {
  const claims = jwtClaims(tokens.access_token);
  const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
  return {
    username: typeof claims.sub === 'string' ? claims.sub : '',
    roles,
    areaCode: typeof claims.area === 'string' ? claims.area : undefined,
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    expiresAt: now + tokens.expires_in * 1000,
  };
}

function isRole(role: unknown): role is Role {
  return role === 'AREA_LEADER' || role === 'ADVISER' || role === 'ADMIN';
}

/** The payload of a JWT; the signature is the API's business, not the dashboard's. */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** How long to wait before refreshing: shortly before expiry, never negative. */
export function refreshDelay(session: Pick<Session, 'expiresAt'>, now: number, lifetimeMs?: number): number {
  const margin = lifetimeMs !== undefined ? Math.min(REFRESH_MARGIN_MS, lifetimeMs / 5) : REFRESH_MARGIN_MS;
  return Math.max(0, session.expiresAt - margin - now);
}

export function saveSession(storage: SessionStorageLike, session: Session): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function loadSession(storage: SessionStorageLike): Session | undefined {
  const saved = storage.getItem(STORAGE_KEY);
  if (!saved) return undefined;
  try {
    const session = JSON.parse(saved) as Partial<Session>;
    if (typeof session.accessToken !== 'string' || typeof session.refreshToken !== 'string' || typeof session.expiresAt !== 'number') {
      return undefined;
    }
    return {
      username: session.username ?? '',
      roles: (session.roles ?? []).filter(isRole),
      areaCode: session.areaCode,
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      expiresAt: session.expiresAt,
    };
  } catch {
    return undefined;
  }
}

export function clearSession(storage: SessionStorageLike): void {
  storage.removeItem(STORAGE_KEY);
}

export function isAdmin(session: Session | undefined): boolean {
  return session?.roles.includes('ADMIN') ?? false;
}

export function canPublish(session: Session | undefined): boolean {
  return (session?.roles.includes('ADVISER') || session?.roles.includes('ADMIN')) ?? false;
}

/** Leaders submit for their own area; administrators for any. */
export function canSubmitFor(session: Session | undefined, areaCode: string): boolean {
  if (!session) return false;
  if (isAdmin(session)) return true;
  return session.roles.includes('AREA_LEADER') && session.areaCode === areaCode;
}

/** Who may see an area's submissions: its leaders, advisers and administrators. */
export function canSeeSubmissionsOf(session: Session | undefined, areaCode: string): boolean {
  return canSubmitFor(session, areaCode) || canPublish(session);
}

/** Who may see an area's written statement of action, its actions and progress: its leaders, advisers and administrators. */
export function canSeeWsoaOf(session: Session | undefined, areaCode: string): boolean {
  return canSeeSubmissionsOf(session, areaCode);
}

/** Who may record progress on an area's WSOA actions: its leaders, and administrators for any area (advisers only read). */
export function canUpdateWsoaFor(session: Session | undefined, areaCode: string): boolean {
  return canSubmitFor(session, areaCode);
}

/** "area leader for Wandsworth", "adviser", "administrator". */
export function roleInWords(session: Session, areaName?: string): string {
  if (session.roles.includes('ADMIN')) return 'administrator';
  if (session.roles.includes('ADVISER')) return 'adviser';
  if (session.roles.includes('AREA_LEADER')) return `area leader for ${areaName ?? session.areaCode ?? 'an area'}`;
  return 'no role';
}

/**
 * Keeps one session: stores it, refreshes its access token before it expires, and tells listeners
 * when someone signs in or out. `refresh` exchanges a refresh token for new tokens (undefined when
 * the API refuses, e.g. the refresh token was revoked).
 */
export class SessionKeeper {
  private session: Session | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<Session | undefined> | undefined;
  private readonly listeners: ((session: Session | undefined) => void)[] = [];

  constructor(
    private readonly storage: SessionStorageLike,
    private readonly refresh: (refreshToken: string) => Promise<Tokens | undefined>,
    private readonly now: () => number = Date.now,
  ) {
    this.session = loadSession(storage);
    if (this.session) this.scheduleRefresh();
  }

  current(): Session | undefined {
    return this.session;
  }

  onChange(listener: (session: Session | undefined) => void): void {
    this.listeners.push(listener);
  }

  signedIn(tokens: Tokens): Session {
    this.replace(sessionFromTokens(tokens, this.now()), tokens.expires_in * 1000);
    return this.session as Session;
  }

  signedOut(): void {
    this.replace(undefined);
  }

  /** An access token that has not expired, refreshing first if it has; undefined when signed out. */
  async accessToken(): Promise<string | undefined> {
    if (!this.session) return undefined;
    if (this.session.expiresAt - this.now() > 5_000) return this.session.accessToken;
    return (await this.refreshNow())?.accessToken;
  }

  refreshNow(): Promise<Session | undefined> {
    const session = this.session;
    if (!session) return Promise.resolve(undefined);
    this.refreshing ??= this.refresh(session.refreshToken)
      .then((tokens) => {
        if (this.session !== session) return this.session; // signed out or in again meanwhile
        if (tokens) this.replace(sessionFromTokens(tokens, this.now()), tokens.expires_in * 1000);
        else this.replace(undefined);
        return this.session;
      })
      .catch(() => {
        // The API could not be reached (it may be restarting): keep the session and try again soon.
        if (this.session === session) this.timer = setTimeout(() => void this.refreshNow(), RETRY_REFRESH_MS);
        return this.session;
      })
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }

  private replace(session: Session | undefined, lifetimeMs?: number): void {
    this.session = session;
    if (session) saveSession(this.storage, session);
    else clearSession(this.storage);
    this.scheduleRefresh(lifetimeMs);
    for (const listener of this.listeners) listener(session);
  }

  private scheduleRefresh(lifetimeMs?: number): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.session) return;
    this.timer = setTimeout(() => void this.refreshNow(), refreshDelay(this.session, this.now(), lifetimeMs));
  }
}
