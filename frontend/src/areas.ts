import type { AreaRef, AreaSummary, SendInsightApi } from './api';

/** Every area the home page lists: England, its regions and their local authorities. */
export interface AreaDirectory {
  countries: AreaSummary[];
  regions: AreaSummary[];
  localAuthorities: AreaSummary[];
}

/** A region's heading on the home page and the local authorities under it. */
export interface RegionGroup {
  region: AreaRef | undefined;
  localAuthorities: AreaSummary[];
}

export async function loadAreaDirectory(api: SendInsightApi): Promise<AreaDirectory> {
  const [countries, regions, localAuthorities] = await Promise.all([
    api.listAllAreas({ type: 'country' }),
    api.listAllAreas({ type: 'region' }),
    api.listAllAreas({ type: 'local_authority' }),
  ]);
  return { countries, regions, localAuthorities };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB');

/**
 * Groups local authorities under their regions, regions and authorities in name order.
 * Authorities whose region is not in the list are still shown, after the known regions,
 * so that no area silently disappears.
 */
export function groupByRegion(regions: AreaRef[], localAuthorities: AreaSummary[]): RegionGroup[] {
  const groups = new Map<string, RegionGroup>();
  for (const region of [...regions].sort(byName)) {
    groups.set(region.code, { region, localAuthorities: [] });
  }
  const withoutRegion: RegionGroup = { region: undefined, localAuthorities: [] };
  for (const localAuthority of [...localAuthorities].sort(byName)) {
    const region = localAuthority.region;
    if (!region) {
      withoutRegion.localAuthorities.push(localAuthority);
      continue;
    }
    if (!groups.has(region.code)) groups.set(region.code, { region, localAuthorities: [] });
    groups.get(region.code)?.localAuthorities.push(localAuthority);
  }
  return [...groups.values(), withoutRegion].filter((group) => group.localAuthorities.length > 0);
}

/** Lower case, without accents and with single spaces, so "  st  HELENS" finds "St Helens". */
function normalised(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does the area's name, ONS code or DfE LA number contain the search text? Empty text matches all. */
export function matchesSearch(area: AreaSummary, searchText: string): boolean {
  const wanted = normalised(searchText);
  if (wanted === '') return true;
  return [area.name, area.code, area.laNumber ?? '', ...area.otherCodes].some((text) =>
    normalised(text).includes(wanted),
  );
}
