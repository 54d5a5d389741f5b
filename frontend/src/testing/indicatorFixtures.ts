import type { AreaOverview, AreaValue, Comparison, Figure, Indicator, IndicatorRef, IndicatorValues, OverviewRow, Series, Source, Trend } from '../api';

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

/** Published as percentages without counts: no confidence intervals, so areas are only placed, never tested. */
export const appealsRef: IndicatorRef = {
  id: 'tribunal-appeal-rate',
  name: 'SEND tribunal appeal rate',
  domain: 'coproduction_and_redress',
  unit: 'percent',
  polarity: 'lower_is_better',
  decimalPlaces: 2,
  periodType: 'calendar_year',
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

function indicator(
  ref: IndicatorRef,
  periods: string[],
  comparisonMethod: Indicator['comparisonMethod'],
  breakdowns: Indicator['breakdowns'] = [],
): Indicator {
  return {
    ...ref,
    definition: `Definition of ${ref.name} (test fixture).`,
    valueType: 'proportion',
    geographies: ['country', 'region', 'local_authority'],
    source: dfeSource,
    breakdowns,
    comparisonMethod,
    periods,
  };
}

export const timeliness = indicator(timelinessRef, ['2024', '2023', '2022'], 'confidence_interval');
export const suspension = indicator(suspensionRef, ['2023/24', '2022/23'], 'confidence_interval', [
  { id: 'sen_support', name: 'SEN support' },
  { id: 'no_sen', name: 'No identified SEN' },
]);
export const appeals = indicator(appealsRef, ['2024', '2023'], 'position');
export const shortBreaks = indicator(shortBreaksRef, ['2024-25'], 'none');
export const catalogue: Indicator[] = [timeliness, suspension, appeals, shortBreaks];

const notCompared = (reason: string): Comparison => ({ outcome: 'not_compared', method: 'none', reason, label: `Not compared: ${reason}` });
const notCalculated = (reason: string, pointsUsed: number): Trend => ({
  outcome: 'cannot_be_calculated',
  label: 'Cannot be calculated',
  reason,
  method: 'Test for a trend in the counts over the last five periods (as the public-health profiles do it)',
  pointsUsed,
});

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
  comparedWithEngland: {
    outcome: 'better',
    method: 'confidence_interval',
    benchmark: 46.4,
    significantAt998: true,
    label: 'Better than England (significant at 99.8%)',
  },
  comparedWithRegion: { outcome: 'worse', method: 'confidence_interval', benchmark: 66.9, label: 'Worse than London' },
  comparedWithNeighbours: { outcome: 'similar', method: 'confidence_interval', benchmark: 61.25, label: 'Similar to the neighbours’ mean' },
  quartile: 2,
  quartileLabel: 'In the second-highest quarter of local authorities',
  trend: {
    outcome: 'increasing_and_getting_better',
    label: 'Increasing and getting better',
    method: 'Test for a trend in the counts over the last five periods (as the public-health profiles do it)',
    chiSquared: 14.2,
    periods: ['2020', '2021', '2022', '2023', '2024'],
    pointsUsed: 5,
  },
  source: dfeSource,
};

export const suspensionRow: OverviewRow = {
  indicator: suspensionRef,
  breakdown: { id: 'sen_support', name: 'SEN support' },
  figure: { ...suppressed, period: '2023/24' },
  england: figure(3.21, { period: '2023/24' }),
  region: figure(2.5, { period: '2023/24' }),
  neighbourMean: { value: 2.8, areasUsed: 10, areasMissing: 0 },
  comparedWithEngland: notCompared('the figure is suppressed'),
  comparedWithRegion: notCompared('the figure is suppressed'),
  comparedWithNeighbours: notCompared('the figure is suppressed'),
  quartile: null,
  trend: notCalculated('a gap in 2023/24', 4),
  source: dfeSource,
};

/** Placed, not tested: the source gives percentages without counts, and England's figure is summed by SEND Insight. */
export const appealsRow: OverviewRow = {
  indicator: appealsRef,
  figure: figure(2.4, { note: 'Published percentage: the counts use another denominator, so no confidence interval is derived' }),
  england: figure(1.7, { aggregated: true, areasUsed: 149 }),
  region: figure(2.0),
  neighbourMean: { value: 2.9, areasUsed: 10, areasMissing: 0 },
  comparedWithEngland: { outcome: 'higher', method: 'position', benchmark: 1.7, significantAt998: false, label: 'Higher than England (no confidence interval, so not tested)' },
  comparedWithRegion: { outcome: 'higher', method: 'position', benchmark: 2.0, significantAt998: false, label: 'Higher than London (no confidence interval, so not tested)' },
  comparedWithNeighbours: {
    outcome: 'lower',
    method: 'position',
    benchmark: 2.9,
    significantAt998: false,
    rank: 11,
    rankedOf: 11,
    label: 'Lower than the neighbours’ mean; 11th of Wandsworth and its 10 neighbours (1 = highest)',
  },
  quartile: 4,
  quartileLabel: 'In the highest quarter of local authorities',
  trend: { ...notCalculated('no counts or intervals', 2), note: 'The source publishes percentages only.' },
  source: dfeSource,
};

export const shortBreaksRow: OverviewRow = {
  indicator: shortBreaksRef,
  figure: figure(1234, { period: '2024-25', status: 'demo' }),
  neighbourMean: { value: null, areasUsed: 0, areasMissing: 10 },
  comparedWithEngland: notCompared('demo figure'),
  comparedWithRegion: notCompared('no regional figure'),
  comparedWithNeighbours: notCompared('no neighbour has a figure'),
  trend: notCalculated('a demo figure', 1),
  source: { ...dfeSource, name: 'Submitted by local areas (demonstration)', publisher: 'SEND Insight' },
};

export const wandsworthOverview: AreaOverview = {
  area: { code: 'E09000032', name: 'Wandsworth' },
  region: { code: 'E12000007', name: 'London' },
  // Out of domain order on purpose: the overview must put domains in the Domain enum's order.
  rows: [suspensionRow, shortBreaksRow, timelinessRow, appealsRow],
  notice: 'Ranks and quartiles show where a figure sits among all areas; they are not a league table of performance.',
};

function areaValue(code: string, name: string, value: Figure, rank: number | null, quartile: number | null, quartileLabel: string | null): AreaValue {
  const outcome = value.value! > 46.4 ? 'better' : 'worse';
  return {
    area: { code, name },
    region: { code: 'E12000007', name: 'London' },
    figure: value,
    comparedWithEngland: hasNumber(value)
      ? { outcome, method: 'confidence_interval', benchmark: 46.4, label: `${outcome === 'better' ? 'Better' : 'Worse'} than England` }
      : notCompared('the figure is suppressed'),
    comparedWithRegion: { outcome: 'similar', method: 'confidence_interval', label: 'Similar to London' },
    quartile,
    quartileLabel,
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
    areaValue('E09000002', 'Barking and Dagenham', figure(40.0, { lower95: 35.0, upper95: 45.0 }), 4, 4, 'In the lowest quarter of local authorities'),
    areaValue('E09000013', 'Hammersmith and Fulham', figure(70.5, { lower95: 66.0, upper95: 75.0 }), 1, 1, 'In the highest quarter of local authorities'),
    areaValue('E09000022', 'Lambeth', suppressed, null, null, null),
    areaValue('E09000024', 'Merton', figure(52.3), 3, 3, 'In the second-lowest quarter of local authorities'),
    areaValue('E09000032', 'Wandsworth', figure(59.3, { lower95: 55.1, upper95: 63.4 }), 2, 2, 'In the second-highest quarter of local authorities'),
    areaValue('E09000033', 'Westminster', { period: '2024', status: 'published', value: null }, null, null, null),
  ],
  page: 1,
  pageSize: 200,
  totalItems: 6,
  totalPages: 1,
  notice: 'Ranks and quartiles show where a figure sits among all areas; they are not a league table of performance.',
};

function placedValue(code: string, name: string, value: number, quartile: number | null, quartileLabel: string | null, status: Figure['status'] = 'published'): AreaValue {
  const published = status === 'published';
  const side = value > 1.7 ? 'higher' : 'lower';
  return {
    area: { code, name },
    region: { code: 'E12000007', name: 'London' },
    figure: figure(value, { status }),
    comparedWithEngland: published
      ? { outcome: side, method: 'position', benchmark: 1.7, label: `${side === 'higher' ? 'Higher' : 'Lower'} than England (no confidence interval, so not tested)` }
      : notCompared('demo figure'),
    comparedWithRegion: published ? { outcome: 'higher', method: 'position', label: 'Higher than London (no confidence interval, so not tested)' } : notCompared('demo figure'),
    quartile: published ? quartile : null,
    quartileLabel: published ? quartileLabel : null,
    source: 'test fixture',
  };
}

/** Percentages without counts: placed by quarter, never tested; England summed from the areas; one demo figure. */
export const appealsValues: IndicatorValues = {
  indicator: appealsRef,
  period: '2024',
  areaType: 'local_authority',
  england: figure(1.7, { aggregated: true, areasUsed: 149 }),
  items: [
    placedValue('E09000002', 'Barking and Dagenham', 0.9, 1, 'In the lowest quarter of local authorities'),
    placedValue('E09000013', 'Hammersmith and Fulham', 2.1, 3, null),
    placedValue('E09000024', 'Merton', 3.5, 4, 'In the highest quarter of local authorities'),
    placedValue('E09000032', 'Wandsworth', 1.2, 2, 'In the second-lowest quarter of local authorities', 'demo'),
  ],
  regions: [
    {
      area: { code: 'E12000007', name: 'London' },
      figure: figure(2.0, { aggregated: true, areasUsed: 32 }),
      comparedWithEngland: { outcome: 'higher', method: 'position', label: 'Higher than England (no confidence interval, so not tested)' },
      comparedWithRegion: notCompared('it is the region'),
      source: 'test fixture',
    },
  ],
  page: 1,
  pageSize: 200,
  totalItems: 4,
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
  trend: notCalculated('fewer than five periods', 3),
};
