import { describe, expect, it } from 'vitest';
import { apiBaseUrlFrom, DEFAULT_API_BASE_URL } from './config';

describe('apiBaseUrlFrom', () => {
  it('reads the API base URL from config.js without its trailing slash', () => {
    expect(apiBaseUrlFrom({ apiBaseUrl: 'https://api.send-insight.example/' })).toBe('https://api.send-insight.example');
  });

  it('uses the local API when config.js sets nothing', () => {
    expect(apiBaseUrlFrom(undefined)).toBe(DEFAULT_API_BASE_URL);
    expect(apiBaseUrlFrom({})).toBe(DEFAULT_API_BASE_URL);
  });

  it('allows an empty base URL, meaning the API is on the dashboard’s own origin', () => {
    expect(apiBaseUrlFrom({ apiBaseUrl: '' })).toBe('');
  });
});
