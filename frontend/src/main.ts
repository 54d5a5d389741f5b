import './styles/main.scss';
import {
  AreaNotFoundError,
  createSendInsightApi,
  NotFoundError,
  ServiceUnavailableError,
  type Area,
  type Indicator,
} from './api';
import { loadAreaDirectory, type AreaDirectory } from './areas';
import { apiBaseUrlFrom } from './config';
import { fileNameFrom, saveCsv } from './download';
import { dashboardLinkFor } from './navigation';
import {
  areaHref,
  compareHref,
  homeHref,
  hrefFromForm,
  stateFromQueryString,
  trendHref,
  type CompareChoice,
  type DashboardState,
  type TrendChoice,
} from './urlState';
import { renderArea, type AreaIndicators, type ConstituentAreas } from './views/area';
import { renderCompare } from './views/compare';
import { renderHome } from './views/home';
import { documentTitle, paragraph, type Page } from './views/page';
import {
  FIGURES_NOT_FOUND_TITLE,
  INDICATOR_NOT_FOUND_TITLE,
  renderAreaNotFound,
  renderNotFound,
  renderServiceProblem,
} from './views/problem';
import { renderTrend } from './views/trend';

const api = createSendInsightApi(apiBaseUrlFrom(window.SEND_INSIGHT_CONFIG));
const main = document.getElementById('main-content') as HTMLElement;
const breadcrumbsSlot = document.getElementById('breadcrumbs') as HTMLElement;

/** Reads something once and keeps it; a failed read is tried again next time. */
function cachedOnce<Value>(read: () => Promise<Value>): () => Promise<Value> {
  let cached: Promise<Value> | undefined;
  return () => {
    cached ??= read().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
}

// The list of areas and the indicator catalogue change rarely, so each is read once.
const cachedAreaDirectory = cachedOnce<AreaDirectory>(() => loadAreaDirectory(api));
const cachedCatalogue = cachedOnce<Indicator[]>(() => api.listAllIndicators());

async function constituentAreasOf(area: Area): Promise<ConstituentAreas | undefined> {
  if (area.type === 'region') {
    const areas = await api.listAllAreas({ type: 'local_authority', region: area.code });
    return { heading: `Local authorities in ${area.name}`, areas };
  }
  if (area.type === 'country') {
    return { heading: `Regions of ${area.name}`, areas: (await cachedAreaDirectory()).regions };
  }
  return undefined;
}

async function indicatorsOf(area: Area): Promise<AreaIndicators | undefined> {
  if (area.type !== 'local_authority') return undefined;
  try {
    const overview = await api.getAreaOverview(area.code);
    const downloadCsv = async () => saveCsv(await api.getAreaOverviewCsv(area.code), `${fileNameFrom(area.name, 'overview')}.csv`);
    return { overview, downloadCsv };
  } catch (error) {
    // The rest of the page is still worth showing.
    if (!(error instanceof ServiceUnavailableError) && !(error instanceof NotFoundError)) console.error(error);
    return 'unavailable';
  }
}

async function areaPage(areaCode: string): Promise<Page> {
  const area = await api.getArea(areaCode);
  const [constituents, indicators] = await Promise.all([constituentAreasOf(area), indicatorsOf(area)]);
  const page = renderArea(area, constituents, indicators);
  // Links may use an LA number or an old code; show the ONS code so that shared links agree.
  return area.code === areaCode ? page : { ...page, canonicalHref: areaHref(area.code) };
}

/** The catalogue's entry for an indicator: the one asked for, or the first when none was. */
function chosenIndicator(catalogue: Indicator[], indicatorId: string | undefined): Indicator | Page {
  const indicator = indicatorId ? catalogue.find((each) => each.id === indicatorId) : catalogue[0];
  if (indicator) return indicator;
  if (!indicatorId) return renderNotFound(INDICATOR_NOT_FOUND_TITLE, 'There are no indicators yet.');
  return renderNotFound(INDICATOR_NOT_FOUND_TITLE, `No indicator has the id “${indicatorId}”.`);
}

async function comparePage(choice: CompareChoice): Promise<Page> {
  const catalogue = await cachedCatalogue();
  const indicator = chosenIndicator(catalogue, choice.indicatorId);
  if (!('id' in indicator)) return indicator;
  const selection = { period: choice.period, breakdown: choice.breakdown };
  const [values, selectedArea] = await Promise.all([
    api.getIndicatorValues(indicator.id, selection),
    choice.areaCode ? api.getArea(choice.areaCode) : Promise.resolve(undefined),
  ]);
  const page = renderCompare({ catalogue, indicator, values, selectedArea }, () =>
    api.getIndicatorValuesCsv(indicator.id, { period: values.period, breakdown: values.breakdown?.id }),
  );
  const canonical = compareHref({ ...choice, indicatorId: indicator.id, areaCode: selectedArea?.code });
  return { ...page, canonicalHref: canonical };
}

async function trendPage(choice: TrendChoice): Promise<Page> {
  const catalogue = await cachedCatalogue();
  const indicator = chosenIndicator(catalogue, choice.indicatorId);
  if (!('id' in indicator)) return indicator;
  const series = await api.getSeries(choice.areaCode, indicator.id, choice.breakdown);
  const page = renderTrend({ catalogue, indicator, series }, () =>
    api.getSeriesCsv(series.area.code, indicator.id, series.breakdown?.id),
  );
  return { ...page, canonicalHref: trendHref({ ...choice, areaCode: series.area.code, indicatorId: indicator.id }) };
}

async function pageFor(state: DashboardState): Promise<Page> {
  try {
    switch (state.view) {
      case 'home':
        return renderHome(await cachedAreaDirectory(), state.searchText, keepSearchTextInUrl);
      case 'area':
        return await areaPage(state.areaCode);
      case 'compare':
        return await comparePage(state);
      case 'trend':
        return await trendPage(state);
    }
  } catch (error) {
    if (error instanceof AreaNotFoundError) return renderAreaNotFound(error.detail);
    if (error instanceof NotFoundError) return renderNotFound(FIGURES_NOT_FOUND_TITLE, error.detail);
    if (!(error instanceof ServiceUnavailableError)) console.error(error);
    return renderServiceProblem();
  }
}

function keepSearchTextInUrl(searchText: string): void {
  // Replace rather than push, so Back leaves the page instead of undoing one letter at a time.
  history.replaceState(null, '', homeHref(searchText));
  shownQueryString = location.search;
}

let shownQueryString: string | undefined;
let latestNavigation = 0;
let leaveShownPage: (() => void) | undefined;

async function show({ moveFocus }: { moveFocus: boolean }): Promise<void> {
  const navigation = ++latestNavigation;
  shownQueryString = location.search;
  main.setAttribute('aria-busy', 'true');
  const slowLoading = setTimeout(() => main.replaceChildren(paragraph('Loading…')), 500);
  const page = await pageFor(stateFromQueryString(location.search));
  clearTimeout(slowLoading);
  if (navigation !== latestNavigation) return; // the user has already moved on

  if (page.canonicalHref && page.canonicalHref !== location.search) history.replaceState(null, '', page.canonicalHref);
  document.title = documentTitle(page.title);
  leaveShownPage?.();
  leaveShownPage = undefined;
  breadcrumbsSlot.replaceChildren(...(page.breadcrumbs ? [page.breadcrumbs] : []));
  main.replaceChildren(page.content);
  leaveShownPage = page.afterShow?.();
  main.removeAttribute('aria-busy');
  shownQueryString = location.search;
  if (moveFocus) page.content.querySelector('h1')?.focus();
}

function goTo(href: string): void {
  const destination = new URL(href, location.href);
  if (destination.href !== location.href) history.pushState(null, '', destination.href);
  window.scrollTo(0, 0);
  void show({ moveFocus: true });
}

document.addEventListener('click', (event) => {
  const link = dashboardLinkFor(event, location);
  if (!link) return;
  event.preventDefault();
  goTo(link.href);
});

// The compare and trend forms are plain GET forms; their fields become the next page's query string.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-dashboard-form')) return;
  event.preventDefault();
  goTo(hrefFromForm(new FormData(form)));
});

window.addEventListener('popstate', () => {
  // Following the skip link changes only the fragment; the page shown is still right.
  if (location.search === shownQueryString) return;
  void show({ moveFocus: true });
});

void show({ moveFocus: false });
