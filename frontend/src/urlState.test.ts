import { describe, expect, it } from 'vitest';
import { areaHref, homeHref, stateFromQueryString } from './urlState';

describe('stateFromQueryString', () => {
  it('shows the home page with no search when the query string is empty', () => {
    expect(stateFromQueryString('')).toEqual({ view: 'home', searchText: '' });
  });

  it('keeps the search text on the home page', () => {
    expect(stateFromQueryString('?q=St%20Helens')).toEqual({ view: 'home', searchText: 'St Helens' });
  });

  it('shows an area page for ?area=', () => {
    expect(stateFromQueryString('?area=E09000032')).toEqual({ view: 'area', areaCode: 'E09000032' });
  });

  it('falls back to the home page when the area code is blank', () => {
    expect(stateFromQueryString('?area=%20&q=wands')).toEqual({ view: 'home', searchText: 'wands' });
  });
});

describe('links', () => {
  it('round-trip through the query string', () => {
    const search = 'Bristol, City of & more';
    expect(stateFromQueryString(homeHref(search))).toEqual({ view: 'home', searchText: search });
    expect(stateFromQueryString(areaHref('E09000032'))).toEqual({ view: 'area', areaCode: 'E09000032' });
  });

  it('point home without a query string when there is no search text', () => {
    expect(homeHref()).toBe('./');
    expect(homeHref('  ')).toBe('./');
  });

  it('encode area codes', () => {
    expect(areaHref('a&b')).toBe('?area=a%26b');
  });
});
