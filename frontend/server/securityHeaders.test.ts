// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiOriginFromConfig, contentSecurityPolicy, securityHeaders } from './securityHeaders';

/** The headers nginx.conf adds, by name, with ${API_ORIGIN} left as the template has it. */
function nginxHeaders(): Record<string, string> {
  const conf = readFileSync(resolve(__dirname, '../nginx.conf'), 'utf8');
  return Object.fromEntries([...conf.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((match) => [match[1], match[2]]));
}

describe('the security headers', () => {
  it('are the ones production nginx sends, with the API origin in the same place', () => {
    expect(securityHeaders('${API_ORIGIN}')).toEqual(nginxHeaders());
  });

  it('never allow inline scripts or styles, and forbid framing', () => {
    const policy = contentSecurityPolicy('http://localhost:8080');
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("connect-src 'self' http://localhost:8080;");
  });

  it('relax the dev server’s policy only for Vite’s injected styles and its WebSocket', () => {
    const dev = contentSecurityPolicy('http://localhost:8080', { dev: true });
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toContain("script-src 'self';");
    expect(dev).toContain("connect-src 'self' http://localhost:8080 ws://localhost:* ws://127.0.0.1:*;");
  });
});

describe('apiOriginFromConfig', () => {
  it('takes the origin of the API that config.js names, without its path', () => {
    expect(apiOriginFromConfig('window.SEND_INSIGHT_CONFIG = { apiBaseUrl: "http://localhost:8080" };')).toBe('http://localhost:8080');
    expect(apiOriginFromConfig('window.SEND_INSIGHT_CONFIG = { apiBaseUrl: "https://api.example.org/send/" };')).toBe('https://api.example.org');
  });

  it('adds nothing when the API shares the dashboard’s origin', () => {
    expect(apiOriginFromConfig('window.SEND_INSIGHT_CONFIG = { apiBaseUrl: "/" };')).toBe('');
  });

  it('refuses anything that could break out of the header', () => {
    expect(apiOriginFromConfig('window.SEND_INSIGHT_CONFIG = { apiBaseUrl: "http://a.example; script-src *" };')).toBeUndefined();
    expect(apiOriginFromConfig('window.SEND_INSIGHT_CONFIG = { apiBaseUrl: "javascript:alert(1)" };')).toBeUndefined();
    expect(apiOriginFromConfig('nothing here')).toBeUndefined();
  });
});
