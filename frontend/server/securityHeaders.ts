/**
 * The security headers the dashboard is served with: one definition for the local preview and dev servers
 * (vite.config.ts), checked against the production nginx.conf by securityHeaders.test.ts.
 *
 * The only part that differs between deployments is where the API is: connect-src allows the dashboard's
 * own origin and the origin of the API named in config.js, exactly as docker-entrypoint.sh does for nginx.
 */

/** The Content-Security-Policy, with `apiOrigin` allowed to be fetched ('' when the API shares the dashboard's origin). */
export function contentSecurityPolicy(apiOrigin: string, options: { dev?: boolean } = {}): string {
  // Vite's dev server injects the CSS as <style> elements and reloads over a WebSocket; the preview server and
  // nginx serve built files, which need neither.
  const styleSrc = options.dev ? "'self' 'unsafe-inline'" : "'self'";
  const connectSrc = ["'self'", apiOrigin, options.dev ? 'ws://localhost:* ws://127.0.0.1:*' : ''].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styleSrc}`,
    "img-src 'self' data:",
    `connect-src ${connectSrc}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Every header nginx.conf adds, by name. */
export function securityHeaders(apiOrigin: string, options: { dev?: boolean } = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(apiOrigin, options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * The origin (scheme://host[:port]) of the API that a config.js names, '' when it names a path on the
 * dashboard's own origin, or undefined when config.js says nothing usable (then nothing else is allowed).
 */
export function apiOriginFromConfig(configScript: string): string | undefined {
  const apiBaseUrl = /apiBaseUrl\s*:\s*["']([^"']*)["']/.exec(configScript)?.[1];
  if (apiBaseUrl === undefined) return undefined;
  if (apiBaseUrl === '' || apiBaseUrl.startsWith('/')) return '';
  // The same characters docker-entrypoint.sh accepts, so nothing can break out of the header.
  if (!/^https?:\/\/[A-Za-z0-9:._~%+-]+(\/[A-Za-z0-9:/._~%+-]*)?$/.test(apiBaseUrl)) return undefined;
  return new URL(apiBaseUrl).origin;
}
