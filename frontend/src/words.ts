import type { AreaType, Closeness, Comparison, Domain, FigureStatus, Indicator, LocalAuthorityKind, Marker, Polarity, Trend } from './api';

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

const areasOfType: Record<AreaType, string> = {
  country: 'countries',
  region: 'regions',
  local_authority: 'local authorities',
  icb: 'integrated care boards',
  sub_icb: 'sub-ICB locations',
};

/** "local authorities", "integrated care boards": areas of a type, in the plural. */
export function areasInWords(type: AreaType): string {
  return areasOfType[type];
}

const domainNames: Record<Domain, string> = {
  identification_and_ehc_plans: 'Identification and EHC plans',
  health_access: 'Health access and waiting lists',
  exclusions_and_absence: 'Exclusions and absence',
  outcomes: 'Outcomes',
  short_breaks: 'Short breaks',
  coproduction_and_redress: 'Co-production and redress',
  accountability: 'Accountability',
};

/** Domains in the order the API's Domain enum lists them, which is the order the overview shows them. */
export const DOMAINS_IN_ORDER = Object.keys(domainNames) as Domain[];

export function domainInWords(domain: Domain): string {
  return domainNames[domain];
}

/**
 * The comparison in words: the API's own label ("Worse than England (significant at 99.8%)", "Higher than
 * England (no confidence interval, so not tested)"), or words built the same way when it sent none.
 * Better, similar and worse only ever come from a confidence interval; a position says higher or lower.
 */
export function comparisonInWords(comparison: Comparison, benchmark: string): string {
  const label = comparison.label?.trim();
  if (label) return label;
  if (comparison.outcome === 'not_compared' || comparison.method === 'none') {
    return `Not compared: ${comparison.reason ?? 'no comparison was made'}`;
  }
  if (comparison.method === 'position') return positionInWords(comparison, benchmark);
  const significant = comparison.significantAt998 && comparison.outcome !== 'similar' ? ' (significant at 99.8%)' : '';
  switch (comparison.outcome) {
    case 'better':
      return `Better than ${benchmark}${significant}`;
    case 'worse':
      return `Worse than ${benchmark}${significant}`;
    case 'similar':
    case 'equal':
      return `Similar to ${benchmark}`;
    case 'higher':
      return `Higher than ${benchmark}${significant}`;
    case 'lower':
      return `Lower than ${benchmark}${significant}`;
  }
}

/** "Lower than the neighbours’ mean, 11th of 11 – not tested": where a figure without an interval sits. */
function positionInWords(comparison: Comparison, benchmark: string): string {
  const place = comparison.rank && comparison.rankedOf ? `, ${ordinal(comparison.rank)} of ${comparison.rankedOf}` : '';
  const side = comparison.outcome === 'higher' ? 'Higher than' : comparison.outcome === 'lower' ? 'Lower than' : comparison.outcome === 'equal' ? 'Equal to' : 'Placed against';
  return `${side} ${benchmark}${place} – not tested`;
}

/** "1st", "2nd", "11th", "23rd". */
export function ordinal(place: number): string {
  const lastTwo = place % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[place % 10] ?? 'th';
  return `${place}${suffix}`;
}

export type ComparisonColour = 'better' | 'similar' | 'worse' | 'neutral' | 'position' | 'none';

/**
 * Which colour a comparison is shown in. Only a confidence interval earns green, yellow or red; higher and lower
 * by an interval carry no judgement (neutral), and a position without an interval is not a tested difference.
 */
export function comparisonColour(comparison: Comparison): ComparisonColour {
  if (comparison.outcome === 'not_compared' || comparison.method === 'none') return 'none';
  if (comparison.method === 'position') return 'position';
  switch (comparison.outcome) {
    case 'better':
    case 'similar':
    case 'worse':
      return comparison.outcome;
    case 'higher':
    case 'lower':
    case 'equal':
      return 'neutral';
  }
}

/** How an indicator's areas are compared with their benchmarks, for the key facts of a comparison. */
export function comparisonMethodInWords(method: Indicator['comparisonMethod']): string {
  switch (method) {
    case 'confidence_interval':
      return 'By confidence interval: where England’s figure lies outside an area’s 95% confidence interval, the area is better or worse than England (higher or lower where neither is better); inside it, similar. Outside the 99.8% interval too, the difference is significant at 99.8%.';
    case 'position':
      return 'By position only: the source publishes no counts, so there are no confidence intervals and no difference is tested. Each area is only placed: higher or lower than England, in a quarter of local authorities, and among its neighbours.';
    case 'none':
      return 'Not compared: counts and yes-or-no figures are shown, not compared.';
  }
}

const VALUE_QUARTERS = ['lowest', 'second-lowest', 'second-highest', 'highest'] as const;
export type ValueQuarter = (typeof VALUE_QUARTERS)[number];

/**
 * The quarter of areas a figure is in, by value. The API's quartile 1 is the best quarter, which for
 * higher-is-better indicators holds the highest values; for the others it holds the lowest.
 */
export function valueQuarter(quartile: number, polarity: Polarity): ValueQuarter | undefined {
  const fromLowest = polarity === 'higher_is_better' ? 4 - quartile : quartile - 1;
  return VALUE_QUARTERS[fromLowest];
}

/** "In the highest quarter of local authorities": the API's words, or the same built from the quartile. */
export function quarterInWords(
  item: { quartile?: number | null | undefined; quartileLabel?: string | null | undefined },
  polarity: Polarity,
  areaType: AreaType = 'local_authority',
): string | undefined {
  const label = item.quartileLabel?.trim();
  if (label) return label;
  const quarter = item.quartile ? valueQuarter(item.quartile, polarity) : undefined;
  return quarter && `In the ${quarter} quarter of ${areasInWords(areaType)}`;
}

/** "Cannot be calculated: a gap in 2020": the API's label, with its reason when the trend could not be found. */
export function trendInWords(trend: Trend): string {
  const reason = trend.reason?.trim();
  if (trend.outcome !== 'cannot_be_calculated' || !reason || trend.label.includes(reason)) return trend.label;
  return `${trend.label}: ${reason}`;
}

export type TrendDirection = 'up' | 'down' | 'flat' | 'none';

export function trendDirection(trend: Trend): TrendDirection {
  if (trend.outcome.startsWith('increasing')) return 'up';
  if (trend.outcome.startsWith('decreasing')) return 'down';
  return trend.outcome === 'no_significant_change' ? 'flat' : 'none';
}

/** The arrow drawn beside a trend's label; the label itself always carries the meaning. */
export function trendArrow(trend: Trend): string {
  return { up: '↑', down: '↓', flat: '→', none: '' }[trendDirection(trend)];
}

export function trendJudgement(trend: Trend): 'better' | 'worse' | 'neutral' {
  if (trend.outcome.endsWith('getting_better')) return 'better';
  if (trend.outcome.endsWith('getting_worse')) return 'worse';
  return 'neutral';
}

const statuses: Record<FigureStatus, string> = {
  published: 'Published',
  provisional: 'Provisional',
  submitted: 'Submitted – not yet published',
  demo: 'Demo: not real data',
};

export function statusInWords(status: FigureStatus): string {
  return statuses[status];
}

const markers: Record<Marker, string> = {
  suppressed: 'Suppressed',
  not_available: 'Not available',
  not_applicable: 'Not applicable',
  rounds_to_zero: 'Rounds to zero',
  low_reliability: 'Low reliability',
};

export function markerInWords(marker: Marker): string {
  return markers[marker];
}
