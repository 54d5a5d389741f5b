import { describe, expect, it } from 'vitest';
import { areaHref, compareHref, homeHref, hrefFromForm, inspectionsHref, safeReturnHref, signInHref, stateFromQueryString, submitHref, trendHref } from './urlState';

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

describe('the compare view', () => {
  it('reads the indicator, period, breakdown and area', () => {
    expect(stateFromQueryString('?view=compare&indicator=suspension-rate&period=2023%2F24&breakdown=sen_support&area=E09000032')).toEqual({
      view: 'compare',
      indicatorId: 'suspension-rate',
      period: '2023/24',
      breakdown: 'sen_support',
      areaCode: 'E09000032',
    });
  });

  it('leaves out what is not chosen, so the API picks its defaults', () => {
    expect(stateFromQueryString('?view=compare&period=')).toEqual({
      view: 'compare',
      indicatorId: undefined,
      period: undefined,
      breakdown: undefined,
      areaCode: undefined,
    });
  });

  it('round-trips through a link, blank parts left out', () => {
    const choice = { indicatorId: 'ehcp-issued-within-20-weeks', period: '2024', breakdown: undefined, areaCode: 'E09000032' };
    expect(compareHref(choice)).toBe('?view=compare&indicator=ehcp-issued-within-20-weeks&period=2024&area=E09000032');
    expect(stateFromQueryString(compareHref(choice))).toEqual({ view: 'compare', ...choice });
    expect(compareHref()).toBe('?view=compare');
  });
});

describe('the trend view', () => {
  it('needs an area, and reads the indicator and breakdown', () => {
    expect(stateFromQueryString('?view=trend&area=E09000032&indicator=suspension-rate&breakdown=no_sen')).toEqual({
      view: 'trend',
      areaCode: 'E09000032',
      indicatorId: 'suspension-rate',
      breakdown: 'no_sen',
    });
    expect(stateFromQueryString('?view=trend&indicator=suspension-rate')).toEqual({ view: 'home', searchText: '' });
  });

  it('round-trips through a link', () => {
    const choice = { areaCode: 'E09000032', indicatorId: 'suspension-rate', breakdown: 'sen_support' };
    expect(trendHref(choice)).toBe('?view=trend&area=E09000032&indicator=suspension-rate&breakdown=sen_support');
    expect(stateFromQueryString(trendHref(choice))).toEqual({ view: 'trend', ...choice });
  });

  it('treats an unknown view as the area page or home', () => {
    expect(stateFromQueryString('?view=map&area=E09000032')).toEqual({ view: 'area', areaCode: 'E09000032' });
  });
});

describe('hrefFromForm', () => {
  it('writes a form’s fields in order, leaving out blank ones', () => {
    const fields: [string, FormDataEntryValue][] = [
      ['view', 'compare'],
      ['indicator', 'suspension-rate'],
      ['period', '2023/24'],
      ['breakdown', ''],
      ['area', 'E09000032'],
    ];
    expect(hrefFromForm(fields)).toBe('?view=compare&indicator=suspension-rate&period=2023%2F24&area=E09000032');
  });
});

describe('sign-in and submit links', () => {
  it('round-trip through the query string', () => {
    const read = stateFromQueryString;
    expect(read(submitHref('E09000032'))).toEqual({ view: 'submit', areaCode: 'E09000032', indicatorId: undefined });
    expect(read(signInHref('?area=E09000032'))).toEqual({ view: 'sign-in', returnTo: '?area=E09000032' });
    expect(read('?view=sign-out')).toEqual({ view: 'sign-out' });
  });

  it('never send a signed-in user to another site or back to sign-in', () => {
    expect(safeReturnHref('https://evil.example/')).toBeUndefined();
    expect(safeReturnHref('//evil.example/?a')).toBeUndefined();
    expect(safeReturnHref('?view=sign-out')).toBeUndefined();
    expect(safeReturnHref('?view=submit&area=E09000032')).toBe('?view=submit&area=E09000032');
  });
});

describe('the inspections view', () => {
  it('reads every filter from the address, WSOA as yes or no', () => {
    expect(
      stateFromQueryString('?view=inspections&framework=local_area_send_2016&outcome=wsoa_required&wsoa=yes&revisit=none_sufficient&region=E12000007&rag=red&followUp=revisit_overdue'),
    ).toEqual({
      view: 'inspections',
      filter: { framework: 'local_area_send_2016', outcome: 'wsoa_required', wsoa: true, revisit: 'none_sufficient', region: 'E12000007', rag: 'red', followUp: 'revisit_overdue' },
    });
    expect(stateFromQueryString('?view=inspections&wsoa=no')).toMatchObject({ filter: { wsoa: false } });
  });

  it('leaves out values it does not know, so they drop from the address', () => {
    const state = stateFromQueryString('?view=inspections&rag=purple&region=London&wsoa=maybe&framework=1999&followUp=overdue');
    expect(state).toEqual({
      view: 'inspections',
      filter: { framework: undefined, outcome: undefined, wsoa: undefined, revisit: undefined, region: undefined, rag: undefined, followUp: undefined },
    });
    expect(inspectionsHref(state.view === 'inspections' ? state.filter : {})).toBe('?view=inspections');
  });

  it('writes the filters back in a fixed order', () => {
    expect(inspectionsHref({ rag: 'amber', wsoa: false, region: 'E12000007' })).toBe('?view=inspections&wsoa=no&region=E12000007&rag=amber');
    expect(inspectionsHref({ followUp: 'revisit_not_in_published_data', rag: 'amber' })).toBe('?view=inspections&rag=amber&followUp=revisit_not_in_published_data');
    expect(inspectionsHref()).toBe('?view=inspections');
  });

  it('is what the filter form’s fields make, blank ones left out', () => {
    const href = hrefFromForm([['view', 'inspections'], ['framework', ''], ['wsoa', 'yes'], ['region', 'E12000007'], ['rag', '']]);
    expect(href).toBe('?view=inspections&wsoa=yes&region=E12000007');
    expect(stateFromQueryString(href)).toMatchObject({ view: 'inspections', filter: { wsoa: true, region: 'E12000007' } });
  });
});
