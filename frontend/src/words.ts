import type { AreaType, Closeness, LocalAuthorityKind } from './api';

const areaTypes: Record<AreaType, string> = {
  country: 'Country',
  region: 'Region',
  local_authority: 'Local authority',
  icb: 'Integrated care board',
  sub_icb: 'Sub-ICB location',
};

const localAuthorityKinds: Record<LocalAuthorityKind, string> = {
  inner_london_borough: 'Inner London borough',
  outer_london_borough: 'Outer London borough',
  metropolitan_district: 'Metropolitan district',
  unitary_authority: 'Unitary authority',
  shire_county: 'Shire county',
};

const closenessBands: Record<Closeness, string> = {
  extremely_close: 'Extremely close',
  very_close: 'Very close',
  close: 'Close',
  somewhat_close: 'Somewhat close',
  not_close: 'Not close',
};

export function areaTypeInWords(type: AreaType): string {
  return areaTypes[type];
}

export function localAuthorityKindInWords(kind: LocalAuthorityKind): string {
  return localAuthorityKinds[kind];
}

export function closenessInWords(closeness: Closeness): string {
  return closenessBands[closeness];
}

/** "1 local authority", "3 local authorities". */
export function countOfLocalAuthorities(count: number): string {
  return `${count} local ${count === 1 ? 'authority' : 'authorities'}`;
}
