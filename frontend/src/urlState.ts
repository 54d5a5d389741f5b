import type { InspectionFilter } from './api';
import { FOLLOW_UP_FILTERS, FRAMEWORKS, OUTCOMES, RAGS, REVISIT_FINDINGS } from './inspectionWords';

/**
 * What the dashboard shows, kept in the query string so that links can be shared
 * and the browser's back and forward buttons work.
 */
export type DashboardState =
  | { view: 'home'; searchText: string }
  | { view: 'area'; areaCode: string }
  | ({ view: 'compare' } & CompareChoice)
  | ({ view: 'trend' } & TrendChoice)
  | { view: 'sign-in'; returnTo?: string | undefined }
  | { view: 'sign-out' }
  | { view: 'submit'; areaCode: string; indicatorId?: string | undefined }
  | { view: 'inspections'; filter: InspectionFilter };

/** One indicator for every local authority; absent parts mean the latest period and the default breakdown. */
export interface CompareChoice {
  indicatorId?: string | undefined;
  period?: string | undefined;
  breakdown?: string | undefined;
  /** The local authority to pick out, with its statistical neighbours. */
  areaCode?: string | undefined;
}

/** One area's figures for one indicator over time. */
export interface TrendChoice {
  areaCode: string;
  indicatorId?: string | undefined;
  breakdown?: string | undefined;
}

export function stateFromQueryString(queryString: string): DashboardState {
  const parameters = new URLSearchParams(queryString);
  const read = (name: string) => parameters.get(name)?.trim() || undefined;
  const areaCode = read('area');
  const view = read('view');
  if (view === 'compare') {
    return { view, indicatorId: read('indicator'), period: read('period'), breakdown: read('breakdown'), areaCode };
  }
  if (view === 'trend' && areaCode) {
    return { view, areaCode, indicatorId: read('indicator'), breakdown: read('breakdown') };
  }
  if (view === 'sign-in') return { view, returnTo: safeReturnHref(read('return')) };
  if (view === 'sign-out') return { view };
  if (view === 'submit' && areaCode) return { view, areaCode, indicatorId: read('indicator') };
  if (view === 'inspections') return { view, filter: inspectionFilterFrom(read) };
  if (areaCode) return { view: 'area', areaCode };
  return { view: 'home', searchText: parameters.get('q') ?? '' };
}

/** A link to the list of all areas, optionally filtered by search text. */
export function homeHref(searchText = ''): string {
  return searchText.trim() === '' ? './' : `?${new URLSearchParams({ q: searchText })}`;
}

/** A link to one area's page. */
export function areaHref(areaCode: string): string {
  return `?${new URLSearchParams({ area: areaCode })}`;
}

/** A link to the comparison of all local authorities; parts left out are left to their defaults. */
export function compareHref(choice: CompareChoice = {}): string {
  return queryString([
    ['view', 'compare'],
    ['indicator', choice.indicatorId],
    ['period', choice.period],
    ['breakdown', choice.breakdown],
    ['area', choice.areaCode],
  ]);
}

/** A link to one area's trend for one indicator. */
export function trendHref(choice: TrendChoice): string {
  return queryString([
    ['view', 'trend'],
    ['area', choice.areaCode],
    ['indicator', choice.indicatorId],
    ['breakdown', choice.breakdown],
  ]);
}

/** The sign-in page; once signed in the user goes on to `returnTo` (a dashboard query string). */
export function signInHref(returnTo?: string): string {
  return queryString([
    ['view', 'sign-in'],
    ['return', safeReturnHref(returnTo)],
  ]);
}

export function signOutHref(): string {
  return '?view=sign-out';
}

/** The page for submitting an area's local figures, and its list of figures submitted. */
export function submitHref(areaCode: string, indicatorId?: string): string {
  return queryString([
    ['view', 'submit'],
    ['area', areaCode],
    ['indicator', indicatorId],
  ]);
}

/** The filters of the national inspection overview; values it does not know are left out (and so drop from the address). */
function inspectionFilterFrom(read: (name: string) => string | undefined): InspectionFilter {
  const oneOf = <Value extends string>(name: string, values: readonly Value[]) => values.find((value) => value === read(name));
  const wsoa = read('wsoa');
  const region = read('region');
  return {
    framework: oneOf('framework', FRAMEWORKS),
    outcome: oneOf('outcome', OUTCOMES),
    wsoa: wsoa === 'yes' ? true : wsoa === 'no' ? false : undefined,
    revisit: oneOf('revisit', REVISIT_FINDINGS),
    region: region && /^E12\d{6}$/.test(region) ? region : undefined,
    rag: oneOf('rag', RAGS),
    followUp: oneOf('followUp', FOLLOW_UP_FILTERS),
  };
}

/** The national overview of inspections and WSOAs, filtered; `wsoa` reads yes or no in the address. */
export function inspectionsHref(filter: InspectionFilter = {}): string {
  return queryString([
    ['view', 'inspections'],
    ['framework', filter.framework],
    ['outcome', filter.outcome],
    ['wsoa', filter.wsoa === undefined ? undefined : filter.wsoa ? 'yes' : 'no'],
    ['revisit', filter.revisit],
    ['region', filter.region],
    ['rag', filter.rag],
    ['followUp', filter.followUp],
  ]);
}

/** Only a query string of this dashboard, never another site, so a link cannot send a signed-in user elsewhere. */
export function safeReturnHref(href: string | undefined): string | undefined {
  return href && /^\?[^/\\]*$/.test(href) && !href.startsWith('?view=sign-') ? href : undefined;
}

/** The link a dashboard form leads to: its fields in order, blank ones left out. */
export function hrefFromForm(fields: Iterable<[string, FormDataEntryValue]>): string {
  return queryString([...fields].map(([name, value]) => [name, typeof value === 'string' ? value : undefined]));
}

function queryString(parameters: [string, string | undefined][]): string {
  const present = parameters.filter((parameter): parameter is [string, string] => (parameter[1]?.trim() ?? '') !== '');
  return `?${new URLSearchParams(present)}`;
}
