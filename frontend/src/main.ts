import './styles/main.scss';
import { AreaNotFoundError, createSendInsightApi, ServiceUnavailableError, type Area } from './api';
import { loadAreaDirectory, type AreaDirectory } from './areas';
import { apiBaseUrlFrom } from './config';
import { dashboardLinkFor } from './navigation';
import { areaHref, homeHref, stateFromQueryString, type DashboardState } from './urlState';
import { renderArea, type ConstituentAreas } from './views/area';
import { renderHome } from './views/home';
import { documentTitle, paragraph, type Page } from './views/page';
import { renderAreaNotFound, renderServiceProblem } from './views/problem';

const api = createSendInsightApi(apiBaseUrlFrom(window.SEND_INSIGHT_CONFIG));
const main = document.getElementById('main-content') as HTMLElement;
const breadcrumbsSlot = document.getElementById('breadcrumbs') as HTMLElement;

let areaDirectory: Promise<AreaDirectory> | undefined;
/** The home page's list changes rarely, so it is read once; a failed read is tried again next time. */
function cachedAreaDirectory(): Promise<AreaDirectory> {
  areaDirectory ??= loadAreaDirectory(api).catch((error: unknown) => {
    areaDirectory = undefined;
    throw error;
  });
  return areaDirectory;
}

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

async function pageFor(state: DashboardState): Promise<Page> {
  try {
    if (state.view === 'home') {
      return renderHome(await cachedAreaDirectory(), state.searchText, keepSearchTextInUrl);
    }
    const area = await api.getArea(state.areaCode);
    const page = renderArea(area, await constituentAreasOf(area));
    // Links may use an LA number or an old code; show the ONS code so that shared links agree.
    return area.code === state.areaCode ? page : { ...page, canonicalHref: areaHref(area.code) };
  } catch (error) {
    if (error instanceof AreaNotFoundError) return renderAreaNotFound(error.detail);
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

async function show({ moveFocus }: { moveFocus: boolean }): Promise<void> {
  const navigation = ++latestNavigation;
  shownQueryString = location.search;
  main.setAttribute('aria-busy', 'true');
  const slowLoading = setTimeout(() => main.replaceChildren(paragraph('Loading…')), 500);
  const page = await pageFor(stateFromQueryString(location.search));
  clearTimeout(slowLoading);
  if (navigation !== latestNavigation) return; // the user has already moved on

  if (page.canonicalHref) history.replaceState(null, '', page.canonicalHref);
  document.title = documentTitle(page.title);
  breadcrumbsSlot.replaceChildren(...(page.breadcrumbs ? [page.breadcrumbs] : []));
  main.replaceChildren(page.content);
  main.removeAttribute('aria-busy');
  shownQueryString = location.search;
  if (moveFocus) page.content.querySelector('h1')?.focus();
}

document.addEventListener('click', (event) => {
  const link = dashboardLinkFor(event, location);
  if (!link) return;
  event.preventDefault();
  if (link.href !== location.href) history.pushState(null, '', link.href);
  window.scrollTo(0, 0);
  void show({ moveFocus: true });
});

window.addEventListener('popstate', () => {
  // Following the skip link changes only the fragment; the page shown is still right.
  if (location.search === shownQueryString) return;
  void show({ moveFocus: true });
});

void show({ moveFocus: false });
