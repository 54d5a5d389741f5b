import type { Area, AreaPage, AreaSummary } from '../api';

// Shaped per openapi.yaml (the types are generated from it); values are DfE's published figures.

export const england: AreaSummary = { code: 'E92000001', laNumber: null, name: 'England', type: 'country', otherCodes: [] };
export const london: AreaSummary = { code: 'E12000007', laNumber: null, name: 'London', type: 'region', otherCodes: [] };
export const southWest: AreaSummary = { code: 'E12000009', laNumber: null, name: 'South West', type: 'region', otherCodes: [] };
export const northEast: AreaSummary = { code: 'E12000001', laNumber: null, name: 'North East', type: 'region', otherCodes: [] };

function localAuthority(code: string, laNumber: string, name: string, region: AreaSummary, otherCodes: string[] = []): AreaSummary {
  return {
    code,
    laNumber,
    name,
    type: 'local_authority',
    laKind: region === london ? 'inner_london_borough' : 'unitary_authority',
    region: { code: region.code, name: region.name },
    otherCodes,
  };
}

export const wandsworthSummary = localAuthority('E09000032', '212', 'Wandsworth', london);
export const lambethSummary = localAuthority('E09000022', '208', 'Lambeth', london);
export const somersetSummary = localAuthority('E06000066', '933', 'Somerset', southWest, ['E10000027']);
export const bristolSummary = localAuthority('E06000023', '801', 'Bristol, City of', southWest);
export const darlingtonSummary = localAuthority('E06000005', '841', 'Darlington', northEast);

export const wandsworth: Area = {
  ...wandsworthSummary,
  parent: { code: 'E12000007', name: 'London' },
  statisticalNeighbourModel: "DfE Children's Services Statistical Neighbour Benchmarking Tool, May 2025",
  statisticalNeighbours: [
    { rank: 1, code: 'E09000013', laNumber: '205', name: 'Hammersmith and Fulham', closeness: 'close' },
    { rank: 2, code: 'E09000021', laNumber: '314', name: 'Kingston upon Thames', closeness: 'somewhat_close' },
    { rank: 3, code: 'E09000024', laNumber: '315', name: 'Merton', closeness: 'somewhat_close' },
    { rank: 4, code: 'E09000022', laNumber: '208', name: 'Lambeth', closeness: 'somewhat_close' },
    { rank: 5, code: 'E09000023', laNumber: '209', name: 'Lewisham', closeness: 'somewhat_close' },
    { rank: 6, code: 'E09000003', laNumber: '302', name: 'Barnet', closeness: 'somewhat_close' },
    { rank: 7, code: 'E06000038', laNumber: '870', name: 'Reading', closeness: 'somewhat_close' },
    { rank: 8, code: 'E06000023', laNumber: '801', name: 'Bristol, City of', closeness: 'somewhat_close' },
    { rank: 9, code: 'E06000043', laNumber: '846', name: 'Brighton and Hove', closeness: 'somewhat_close' },
    { rank: 10, code: 'E09000006', laNumber: '305', name: 'Bromley', closeness: 'somewhat_close' },
  ],
};

export const londonArea: Area = {
  ...london,
  parent: { code: 'E92000001', name: 'England' },
  statisticalNeighbours: [],
  statisticalNeighbourModel: null,
};

export function areaPage(items: AreaSummary[], page: number, totalPages: number, totalItems: number): AreaPage {
  return { items, page, pageSize: 200, totalItems, totalPages };
}
