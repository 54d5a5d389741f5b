import { describe, expect, it } from 'vitest';
import { groupByRegion, matchesSearch } from './areas';
import {
  bristolSummary,
  darlingtonSummary,
  lambethSummary,
  london,
  northEast,
  somersetSummary,
  southWest,
  wandsworthSummary,
} from './testing/fixtures';

describe('groupByRegion', () => {
  it('puts each local authority under its region, regions and authorities in name order', () => {
    const groups = groupByRegion(
      [southWest, london, northEast],
      [wandsworthSummary, somersetSummary, lambethSummary, darlingtonSummary, bristolSummary],
    );

    expect(groups.map((group) => group.region?.name)).toEqual(['London', 'North East', 'South West']);
    expect(groups.map((group) => group.localAuthorities.map((area) => area.name))).toEqual([
      ['Lambeth', 'Wandsworth'],
      ['Darlington'],
      ['Bristol, City of', 'Somerset'],
    ]);
  });

  it('leaves out regions with no local authorities', () => {
    const groups = groupByRegion([london, northEast], [wandsworthSummary]);

    expect(groups.map((group) => group.region?.name)).toEqual(['London']);
  });

  it('still shows authorities whose region is missing from the region list or not recorded', () => {
    const withoutRegion = { ...darlingtonSummary, region: undefined };
    const groups = groupByRegion([london], [wandsworthSummary, bristolSummary, withoutRegion]);

    expect(groups.map((group) => [group.region?.name, group.localAuthorities.map((area) => area.name)])).toEqual([
      ['London', ['Wandsworth']],
      ['South West', ['Bristol, City of']],
      [undefined, ['Darlington']],
    ]);
  });
});

describe('matchesSearch', () => {
  it('finds areas by part of the name, ignoring case and surrounding spaces', () => {
    expect(matchesSearch(wandsworthSummary, 'Wands')).toBe(true);
    expect(matchesSearch(wandsworthSummary, '  wANDs ')).toBe(true);
    expect(matchesSearch(lambethSummary, 'Wands')).toBe(false);
  });

  it('treats repeated spaces and accents as the user would', () => {
    expect(matchesSearch(bristolSummary, 'bristol,   city')).toBe(true);
    expect(matchesSearch(wandsworthSummary, 'Wándsworth')).toBe(true);
  });

  it('finds areas by ONS code, DfE LA number or an older code', () => {
    expect(matchesSearch(wandsworthSummary, 'e09000032')).toBe(true);
    expect(matchesSearch(wandsworthSummary, '212')).toBe(true);
    expect(matchesSearch(somersetSummary, 'E10000027')).toBe(true);
    expect(matchesSearch(somersetSummary, '212')).toBe(false);
  });

  it('matches every area when the search text is empty', () => {
    expect(matchesSearch(wandsworthSummary, '')).toBe(true);
    expect(matchesSearch(wandsworthSummary, '   ')).toBe(true);
  });
});
