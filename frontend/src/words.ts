import type { AreaType, Closeness, Comparison, Domain, FigureStatus, LocalAuthorityKind, Marker, Polarity, Trend } from './api';

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
 * "Better than England", "Similar to London", "Higher than neighbours' mean" (for indicators with no
 * judgement of better or worse), or "Not compared: <the API's reason>".
 */
export function comparisonInWords(comparison: Comparison, benchmark: string): string {
  switch (comparison.outcome) {
    case 'better':
      return `Better than ${benchmark}`;
    case 'worse':
      return `Worse than ${benchmark}`;
    case 'similar':
      return `Similar to ${benchmark}`;
    case 'higher':
      return `Higher than ${benchmark}`;
    case 'lower':
      return `Lower than ${benchmark}`;
    case 'not_compared':
      return `Not compared: ${comparison.reason ?? 'no comparison was made'}`;
  }
}

/** How the comparison was made, when that changes how to read it; undefined when there is nothing to add. */
export function comparisonMethodInWords(comparison: Comparison): string | undefined {
  if (comparison.outcome === 'not_compared') return undefined;
  if (comparison.method === 'quartile') return 'by quartile';
  if (comparison.significantAt998 && comparison.outcome !== 'similar') return 'significant at 99.8%';
  return undefined;
}

export type ComparisonColour = 'better' | 'similar' | 'worse' | 'neutral' | 'none';

/** Which colour a comparison is shown in: higher and lower carry no judgement, so they get a neutral colour. */
export function comparisonColour(comparison: Comparison): ComparisonColour {
  switch (comparison.outcome) {
    case 'better':
    case 'similar':
    case 'worse':
      return comparison.outcome;
    case 'higher':
    case 'lower':
      return 'neutral';
    case 'not_compared':
      return 'none';
  }
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

/** "quartile 1 (best)"; for indicators with no judgement, quartile 1 holds the lowest values. */
export function quartileInWords(quartile: number, polarity: Polarity): string {
  if (polarity === 'no_judgement') {
    return `${quartile}${quartile === 1 ? ' (lowest)' : quartile === 4 ? ' (highest)' : ''}`;
  }
  return `${quartile}${quartile === 1 ? ' (best)' : quartile === 4 ? ' (worst)' : ''}`;
}
