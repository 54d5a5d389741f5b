/**
 * What the dashboard shows, kept in the query string so that links can be shared
 * and the browser's back and forward buttons work.
 */
export type DashboardState =
  | { view: 'home'; searchText: string }
  | { view: 'area'; areaCode: string };

export function stateFromQueryString(queryString: string): DashboardState {
  const parameters = new URLSearchParams(queryString);
  const areaCode = parameters.get('area')?.trim();
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
