import './styles/main.scss';
import {
  AreaNotFoundError,
  createSendInsightApi,
  ForbiddenError,
  NotFoundError,
  ServiceUnavailableError,
  SignInRequiredError,
  type Area,
  type InspectionFilter,
  type Indicator,
  type Wsoa,
} from './api';
import { loadAreaDirectory, type AreaDirectory } from './areas';
import { canPublish, canSeeSubmissionsOf, canSeeWsoaOf, canSubmitFor, canUpdateWsoaFor, SessionKeeper } from './session';
import { apiBaseUrlFrom } from './config';
import { fileNameFrom, saveCsv } from './download';
import { dashboardLinkFor } from './navigation';
import { periodChoiceProblem } from './periods';
import {
  areaHref,
  compareHref,
  homeHref,
  hrefFromForm,
  inspectionsHref,
  signInHref,
  submitHref,
  stateFromQueryString,
  trendHref,
  type CompareChoice,
  type DashboardState,
  type TrendChoice,
} from './urlState';
import { accountNavigation } from './views/account';
import { renderArea, type AreaIndicators, type ConstituentAreas } from './views/area';
import { inspectionsSection, type AreaInspectionsResult } from './views/areaInspections';
import { renderInspections } from './views/inspections';
import { wsoaSection, wsoaSignInPrompt, wsoaUnavailable } from './views/wsoa';
import { renderCompare } from './views/compare';
import { renderHome } from './views/home';
import { element, link } from './dom';
import { documentTitle, mainHeading, paragraph, type Page } from './views/page';
import {
  FIGURES_NOT_FOUND_TITLE,
  INDICATOR_NOT_FOUND_TITLE,
  renderAreaNotFound,
  renderNotFound,
  renderServiceProblem,
} from './views/problem';
import { renderSignIn } from './views/signIn';
import { renderSubmit } from './views/submit';
import { submissionsSection } from './views/submissions';
import { renderTrend } from './views/trend';

const api = createSendInsightApi(apiBaseUrlFrom(window.SEND_INSIGHT_CONFIG));
const main = document.getElementById('main-content') as HTMLElement;
const breadcrumbsSlot = document.getElementById('breadcrumbs') as HTMLElement;
const accountSlot = document.getElementById('account-navigation') as HTMLElement;

// Tokens live in sessionStorage, so closing the tab signs the user out of the dashboard.
const sessions = new SessionKeeper(window.sessionStorage, (refreshToken) => api.refreshTokens(refreshToken));

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

// The list of areas and the indicator catalogue change rarely, so each is read once. They are the same for
// everyone and are always read without a token: figures, which differ for a signed-in user, are never cached here.
const cachedAreaDirectory = cachedOnce<AreaDirectory>(() => loadAreaDirectory(api));
const cachedCatalogue = cachedOnce<Indicator[]>(() => api.listAllIndicators());
const cachedLocalIndicators = cachedOnce<Indicator[]>(() => api.listAllIndicators('local'));

const areaNames = new Map<string, string>();
async function areaNameOf(areaCode: string): Promise<string> {
  const known = areaNames.get(areaCode);
  if (known) return known;
  const name = (await api.getArea(areaCode)).name;
  areaNames.set(areaCode, name);
  return name;
}

/** The header says who is signed in, as what, and for which area. */
async function showAccount(): Promise<void> {
  const session = sessions.current();
  const returnTo = stateFromQueryString(location.search).view === 'sign-in' ? undefined : location.search || undefined;
  accountSlot.replaceChildren(...accountNavigation(session, undefined, returnTo));
  if (!session?.areaCode) return;
  try {
    const areaName = await areaNameOf(session.areaCode);
    if (sessions.current() === session) accountSlot.replaceChildren(...accountNavigation(session, areaName, returnTo));
  } catch {
    // The area's code says enough when its name cannot be read.
  }
}
sessions.onChange(() => void showAccount());

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

/**
 * Reads figures as the signed-in user, who may see submitted figures the public may not, or as the public
 * when nobody is signed in. A token the API no longer accepts is dropped for a public read, not an error.
 */
async function readAsViewer<Result>(read: (accessToken: string | undefined) => Promise<Result>): Promise<Result> {
  const accessToken = await sessions.accessToken();
  if (!accessToken) return read(undefined);
  try {
    return await read(accessToken);
  } catch (error) {
    if (error instanceof SignInRequiredError) return read(undefined);
    throw error;
  }
}

async function indicatorsOf(area: Area): Promise<AreaIndicators | undefined> {
  if (area.type !== 'local_authority') return undefined;
  try {
    const overview = await readAsViewer((token) => api.getAreaOverview(area.code, token));
    const downloadCsv = async () =>
      saveCsv(await readAsViewer((token) => api.getAreaOverviewCsv(area.code, token)), `${fileNameFrom(area.name, 'overview')}.csv`);
    return { overview, downloadCsv };
  } catch (error) {
    // The rest of the page is still worth showing.
    if (!(error instanceof ServiceUnavailableError) && !(error instanceof NotFoundError)) console.error(error);
    return 'unavailable';
  }
}

async function inspectionsOf(area: Area): Promise<AreaInspectionsResult | undefined> {
  if (area.type !== 'local_authority') return undefined;
  try {
    return await api.getAreaInspections(area.code);
  } catch (error) {
    if (!(error instanceof ServiceUnavailableError) && !(error instanceof NotFoundError)) console.error(error);
    return 'unavailable';
  }
}

/** The area's WSOA as the signed-in user may see it; never asked for by those the API would refuse. */
async function wsoaOf(area: Area): Promise<Wsoa | 'sign-in' | 'forbidden' | 'not-offered' | 'failed' | undefined> {
  if (area.type !== 'local_authority' || !canSeeWsoaOf(sessions.current(), area.code)) return undefined;
  try {
    return await withAccessToken((token) => api.getAreaWsoa(token, area.code));
  } catch (error) {
    if (error instanceof SignInRequiredError) return 'sign-in';
    if (error instanceof ForbiddenError) return 'forbidden';
    if (error instanceof NotFoundError) return 'not-offered';
    if (!(error instanceof ServiceUnavailableError)) console.error(error);
    return 'failed';
  }
}

/** The Inspections section of a local authority's page, with the WSOA part for those who may see it. */
function areaInspectionsPart(area: Area, inspections: AreaInspectionsResult | undefined, wsoa: Awaited<ReturnType<typeof wsoaOf>>): HTMLElement | undefined {
  if (inspections === undefined) return undefined;
  const session = sessions.current();
  const here = areaHref(area.code);
  const hadWsoa =
    inspections !== 'unavailable' &&
    (inspections.position?.wsoaRequired ?? inspections.items.some((inspection) => inspection.outcome === 'wsoa_required'));
  let wsoaPart: HTMLElement | undefined;
  if (wsoa === undefined) {
    if (hadWsoa) wsoaPart = session ? wsoaUnavailable(area.name, 'forbidden') : wsoaSignInPrompt(area.name, signInHref(here));
  } else if (typeof wsoa === 'string') {
    wsoaPart = wsoaUnavailable(area.name, wsoa, signInHref(here));
  } else if (wsoa.wsoaRequired || hadWsoa) {
    wsoaPart = wsoaSection(wsoa, {
      areaName: area.name,
      canUpdate: canUpdateWsoaFor(session, area.code),
      postUpdate: (actionId, update) => withAccessToken((token) => api.postWsoaActionUpdate(token, area.code, actionId, update)),
      postWeakness: (weakness) => withAccessToken((token) => api.postWsoaWeakness(token, area.code, weakness)),
      postAction: (weaknessId, action) => withAccessToken((token) => api.postWsoaAction(token, area.code, weaknessId, action)),
      signInAgainHref: signInHref(here),
    });
  }
  return inspectionsSection(area.name, inspections, wsoaPart);
}

async function areaPage(areaCode: string): Promise<Page> {
  const area = await api.getArea(areaCode);
  const [constituents, indicators, inspections, wsoa] = await Promise.all([
    constituentAreasOf(area),
    indicatorsOf(area),
    inspectionsOf(area),
    wsoaOf(area),
  ]);
  const session = sessions.current();
  const submitLink = canSubmitFor(session, area.code) && area.type === 'local_authority' ? submitHref(area.code) : undefined;
  const page = renderArea(area, constituents, indicators, submitLink, areaInspectionsPart(area, inspections, wsoa));
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
  const periodProblem = periodChoiceProblem(choice.period, indicator);
  if (periodProblem) return renderNotFound(FIGURES_NOT_FOUND_TITLE, periodProblem);
  const selection = { period: choice.period, breakdown: choice.breakdown };
  const [values, selectedArea] = await Promise.all([
    readAsViewer((token) => api.getIndicatorValues(indicator.id, selection, token)),
    choice.areaCode ? api.getArea(choice.areaCode) : Promise.resolve(undefined),
  ]);
  const page = renderCompare({ catalogue, indicator, values, selectedArea }, () =>
    readAsViewer((token) => api.getIndicatorValuesCsv(indicator.id, { period: values.period, breakdown: values.breakdown?.id }, token)),
  );
  const canonical = compareHref({ ...choice, indicatorId: indicator.id, areaCode: selectedArea?.code });
  return { ...page, canonicalHref: canonical };
}

async function trendPage(choice: TrendChoice): Promise<Page> {
  const catalogue = await cachedCatalogue();
  const indicator = chosenIndicator(catalogue, choice.indicatorId);
  if (!('id' in indicator)) return indicator;
  const series = await readAsViewer((token) => api.getSeries(choice.areaCode, indicator.id, choice.breakdown, token));
  const page = renderTrend({ catalogue, indicator, series }, () =>
    readAsViewer((token) => api.getSeriesCsv(series.area.code, indicator.id, series.breakdown?.id, token)),
  );
  return { ...page, canonicalHref: trendHref({ ...choice, areaCode: series.area.code, indicatorId: indicator.id }) };
}

async function inspectionsPage(filter: InspectionFilter): Promise<Page> {
  const [overview, directory] = await Promise.all([api.getInspectionOverview(filter), cachedAreaDirectory()]);
  const page = renderInspections({ overview, filter, regions: directory.regions }, async () =>
    saveCsv(await api.getInspectionOverviewCsv(filter), `${fileNameFrom('inspections', filter.region, filter.rag, filter.followUp)}.csv`),
  );
  return { ...page, canonicalHref: inspectionsHref(filter) };
}

async function signInPage(returnTo: string | undefined): Promise<Page> {
  return renderSignIn({
    session: sessions.current(),
    async signIn(username, password) {
      sessions.signedIn(await api.signIn(username, password));
    },
    continueTo: () => goTo(returnTo ?? homeHref()),
  });
}

async function signOutPage(): Promise<Page> {
  const session = sessions.current();
  sessions.signedOut();
  if (session) {
    // Revoke the refresh token; the dashboard has forgotten it either way.
    await api.signOut(session.refreshToken).catch((error: unknown) => {
      if (!(error instanceof ServiceUnavailableError)) console.error(error);
    });
  }
  return {
    title: 'You have signed out',
    content: element(
      'div',
      {},
      mainHeading('You have signed out'),
      paragraph(link(signInHref(), 'Sign in again'), ' or ', link(homeHref(), 'go to the list of local areas'), '.'),
    ),
  };
}

/** Runs a request with the current access token; with none, the API answers 401 and the view asks to sign in. */
async function withAccessToken<Result>(request: (accessToken: string) => Promise<Result>): Promise<Result> {
  return request((await sessions.accessToken()) ?? '');
}

async function submitPage(areaCode: string, indicatorId: string | undefined): Promise<Page> {
  const [area, indicators] = await Promise.all([api.getArea(areaCode), cachedLocalIndicators()]);
  const session = sessions.current();
  const here = submitHref(area.code, indicatorId);
  const submissions = canSeeSubmissionsOf(session, area.code)
    ? submissionsSection({
        areaName: area.name,
        load: () => withAccessToken((token) => api.listSubmissions(token, area.code)),
        publish: canPublish(session)
          ? async (figure) => {
              await withAccessToken((token) => api.publishFigure(token, area.code, figure.indicator.id, figure.figure.period));
            }
          : undefined,
        signInAgainHref: signInHref(here),
      })
    : undefined;
  await submissions?.refresh();
  const page = renderSubmit({
    area,
    indicators,
    session,
    indicatorId,
    today: new Date(),
    submit: (id, period, submission) => withAccessToken((token) => api.submitFigure(token, area.code, id, period, submission)),
    submissions,
  });
  return area.code === areaCode ? page : { ...page, canonicalHref: here };
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
      case 'sign-in':
        return await signInPage(state.returnTo);
      case 'sign-out':
        return await signOutPage();
      case 'submit':
        return await submitPage(state.areaCode, state.indicatorId);
      case 'inspections':
        return await inspectionsPage(state.filter);
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

const serviceNavigation = document.getElementById('service-navigation');

/** Marks the header's link to the part of the dashboard shown, for sighted users and screen readers alike. */
function markCurrentSection(view: DashboardState['view']): void {
  for (const item of serviceNavigation?.querySelectorAll<HTMLElement>('.app-sections__item') ?? []) {
    const current = (item.dataset.views ?? '').split(' ').includes(view);
    item.classList.toggle('app-sections__item--current', current);
    const anchor = item.querySelector('a');
    if (current) anchor?.setAttribute('aria-current', 'true');
    else anchor?.removeAttribute('aria-current');
  }
}

let shownQueryString: string | undefined;
let latestNavigation = 0;
let leaveShownPage: (() => void) | undefined;

async function show({ moveFocus }: { moveFocus: boolean }): Promise<void> {
  const navigation = ++latestNavigation;
  shownQueryString = location.search;
  main.setAttribute('aria-busy', 'true');
  const slowLoading = setTimeout(() => main.replaceChildren(paragraph('Loading…')), 500);
  const state = stateFromQueryString(location.search);
  const page = await pageFor(state);
  clearTimeout(slowLoading);
  if (navigation !== latestNavigation) return; // the user has already moved on

  if (page.canonicalHref && page.canonicalHref !== location.search) history.replaceState(null, '', page.canonicalHref);
  document.title = documentTitle(page.title);
  leaveShownPage?.();
  leaveShownPage = undefined;
  breadcrumbsSlot.replaceChildren(...(page.breadcrumbs ? [page.breadcrumbs] : []));
  main.replaceChildren(page.content);
  markCurrentSection(state.view);
  leaveShownPage = page.afterShow?.();
  main.removeAttribute('aria-busy');
  shownQueryString = location.search;
  void showAccount();
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
