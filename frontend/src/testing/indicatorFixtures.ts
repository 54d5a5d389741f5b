import type { AreaOverview, AreaValue, Figure, Indicator, IndicatorRef, IndicatorValues, OverviewRow, Series, Source } from '../api';

// Test fixtures only: shaped per openapi.yaml (the types are generated from it), but the numbers are
// invented for the tests and are not real figures for any area.

export const dfeSource: Source = {
  name: 'Education, health and care plans (test fixture)',
  publisher: 'Department for Education',
  licence: 'Open Government Licence v3.0',
  url: 'https://example.org/ehcp',
};

export const timelinessRef: IndicatorRef = {
  id: 'ehcp-issued-within-20-weeks',
  name: 'EHC plans issued within 20 weeks',
  domain: 'identification_and_ehc_plans',
  unit: 'percent',
  polarity: 'higher_is_better',
  decimalPlaces: 1,
  periodType: 'calendar_year',
  collection: 'published',
};

export const suspensionRef: IndicatorRef = {
  id: 'suspension-rate',
  name: 'Suspension rate',
  domain: 'exclusions_and_absence',
  unit: 'rate',
  rateBase: 100,
  polarity: 'lower_is_better',
  decimalPlaces: 2,
  periodType: 'academic_year',
  collection: 'published',
};

export const shortBreaksRef: IndicatorRef = {
  id: 'short-breaks-families',
  name: 'Families receiving short breaks',
  domain: 'short_breaks',
  unit: 'count',
  polarity: 'higher_is_better',
  decimalPlaces: 0,
  periodType: 'financial_year',
  collection: 'local',
};

function indicator(ref: IndicatorRef, periods: string[], breakdowns: Indicator['breakdowns'] = []): Indicator {
  return {
    ...ref,
    definition: `Definition of ${ref.name} (test fixture).`,
    valueType: 'proportion',
    geographies: ['country', 'region', 'local_authority'],
    source: dfeSource,
    breakdowns,
    comparisonMethod: 'confidence_interval',
    periods,
  };
}

export const timeliness = indicator(timelinessRef, ['2024', '2023', '2022']);
export const suspension = indicator(suspensionRef, ['2023/24', '2022/23'], [
  { id: 'sen_support', name: 'SEN support' },
  { id: 'no_sen', name: 'No identified SEN' },
]);
export const shortBreaks = indicator(shortBreaksRef, ['2024-25']);
export const catalogue: Indicator[] = [timeliness, suspension, shortBreaks];

export function figure(value: number | null, extra: Partial<Figure> = {}): Figure {
  return { period: '2024', status: 'published', value, ...extra };
}

export const suppressed: Figure = { period: '2024', status: 'published', marker: 'suppressed', markerText: 'c: suppressed to protect confidentiality' };

export const timelinessRow: OverviewRow = {
  indicator: timelinessRef,
  figure: figure(59.3, { lower95: 55.1, upper95: 63.4 }),
  england: figure(46.4, { lower95: 46.0, upper95: 46.8 }),
  region: figure(66.9),
  neighbourMean: { value: 61.25, areasUsed: 9, areasMissing: 1 },
  comparedWithEngland: { outcome: 'better', method: 'confidence_interval', benchmark: 46.4, significantAt998: true },
  comparedWithRegion: { outcome: 'worse', method: 'confidence_interval', benchmark: 66.9 },
  comparedWithNeighbours: { outcome: 'similar', method: 'confidence_interval', benchmark: 61.25 },
  quartile: 2,
  trend: { outcome: 'increasing_and_getting_better', label: 'Increasing and getting better', method: 'Chi-squared test for trend', pointsUsed: 5 },
  source: dfeSource,
};

export const suspensionRow: OverviewRow = {
  indicator: suspensionRef,
  breakdown: { id: 'sen_support', name: 'SEN support' },
  figure: { ...suppressed, period: '2023/24' },
  england: figure(3.21, { period: '2023/24' }),
  region: figure(2.5, { period: '2023/24' }),
  neighbourMean: { value: 2.8, areasUsed: 10, areasMissing: 0 },
  comparedWithEngland: { outcome: 'not_compared', method: 'none', reason: 'The figure is suppressed' },
  comparedWithRegion: { outcome: 'not_compared', method: 'none', reason: 'The figure is suppressed' },
  comparedWithNeighbours: { outcome: 'not_compared', method: 'none', reason: 'The figure is suppressed' },
  quartile: null,
  trend: { outcome: 'cannot_be_calculated', label: 'Cannot be calculated', method: 'Fewer than five points' },
  source: dfeSource,
};

export const shortBreaksRow: OverviewRow = {
  indicator: shortBreaksRef,
  figure: figure(1234, { period: '2024-25', status: 'demo' }),
  neighbourMean: { value: null, areasUsed: 0, areasMissing: 10 },
  comparedWithEngland: { outcome: 'not_compared', method: 'none', reason: 'No England figure' },
  comparedWithRegion: { outcome: 'not_compared', method: 'none', reason: 'No regional figure' },
  comparedWithNeighbours: { outcome: 'not_compared', method: 'none', reason: 'No neighbour has a figure' },
  trend: { outcome: 'cannot_be_calculated', label: 'Cannot be calculated', method: 'Fewer than five points' },
  source: { ...dfeSource, name: 'Submitted by local areas (demonstration)', publisher: 'SEND Insight' },
};

export const wandsworthOverview: AreaOverview = {
  area: { code: 'E09000032', name: 'Wandsworth' },
  region: { code: 'E12000007', name: 'London' },
  // Out of domain order on purpose: the overview must put domains in the Domain enum's order.
  rows: [suspensionRow, shortBreaksRow, timelinessRow],
  notice: 'Ranks and quartiles show where a figure sits among all areas; they are not a league table of performance.',
};

function areaValue(code: string, name: string, value: Figure, rank: number | null, quartile: number | null): AreaValue {
  return {
    area: { code, name },
    region: { code: 'E12000007', name: 'London' },
    figure: value,
    comparedWithEngland: hasNumber(value)
      ? { outcome: value.value! > 46.4 ? 'better' : 'worse', method: 'confidence_interval', benchmark: 46.4 }
      : { outcome: 'not_compared', method: 'none', reason: 'The figure is suppressed' },
    comparedWithRegion: { outcome: 'similar', method: 'confidence_interval' },
    quartile,
    rank,
    rankedOf: 4,
    source: 'test fixture',
  };
}

const hasNumber = (value: Figure) => typeof value.value === 'number';

export const timelinessValues: IndicatorValues = {
  indicator: timelinessRef,
  period: '2024',
  areaType: 'local_authority',
  england: figure(46.4, { lower95: 46.0, upper95: 46.8 }),
  quartiles: { q1: 40.1, median: 52.3, q3: 63.0, areas: 4 },
  items: [
    areaValue('E09000002', 'Barking and Dagenham', figure(40.0, { lower95: 35.0, upper95: 45.0 }), 4, 4),
    areaValue('E09000013', 'Hammersmith and Fulham', figure(70.5, { lower95: 66.0, upper95: 75.0 }), 1, 1),
    areaValue('E09000022', 'Lambeth', suppressed, null, null),
    areaValue('E09000024', 'Merton', figure(52.3), 3, 3),
    areaValue('E09000032', 'Wandsworth', figure(59.3, { lower95: 55.1, upper95: 63.4 }), 2, 2),
    areaValue('E09000033', 'Westminster', { period: '2024', status: 'published', value: null }, null, null),
  ],
  page: 1,
  pageSize: 200,
  totalItems: 6,
  totalPages: 1,
  notice: 'Ranks and quartiles show where a figure sits among all areas; they are not a league table of performance.',
};

export const wandsworthSeries: Series = {
  area: { code: 'E09000032', name: 'Wandsworth' },
  region: { code: 'E12000007', name: 'London' },
  indicator: timelinessRef,
  points: [
    { period: '2022', figure: figure(50.0, { period: '2022', lower95: 46.0, upper95: 54.0 }), england: 49.2, region: 60.1, neighbourMean: { value: 55.5, areasUsed: 10, areasMissing: 0 } },
    { period: '2023', figure: { ...suppressed, period: '2023' }, england: 50.3, region: 62.0, neighbourMean: { value: 57.0, areasUsed: 8, areasMissing: 2 } },
    { period: '2024', figure: figure(59.3, { lower95: 55.1, upper95: 63.4 }), england: 46.4, region: null, neighbourMean: { value: 61.25, areasUsed: 9, areasMissing: 1 } },
  ],
  trend: { outcome: 'cannot_be_calculated', label: 'Cannot be calculated', method: 'Fewer than five points', pointsUsed: 3 },
};
