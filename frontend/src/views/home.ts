import type { AreaSummary } from '../api';
import { groupByRegion, matchesSearch, type AreaDirectory, type RegionGroup } from '../areas';
import { element, link } from '../dom';
import { areaHref, compareHref, inspectionsHref } from '../urlState';
import { countOfLocalAuthorities } from '../words';
import { mainHeading, paragraph, type Page } from './page';

export const HOME_TITLE = 'SEND local areas in England';

/** What the live region says about the current search, e.g. "3 local authorities match “wands”". */
export function searchResultMessage(matches: number, searchText: string): string {
  const trimmed = searchText.trim();
  if (trimmed === '') return countOfLocalAuthorities(matches);
  if (matches === 0) return `No local authorities match “${trimmed}”`;
  return `${countOfLocalAuthorities(matches)} ${matches === 1 ? 'matches' : 'match'} “${trimmed}”`;
}

/**
 * The home page: every local authority under its region, with a search box that filters
 * the list as the user types. `onSearchTextChange` lets the caller keep the text in the URL.
 */
export function renderHome(
  directory: AreaDirectory,
  searchText: string,
  onSearchTextChange: (searchText: string) => void,
): Page {
  const searchInput = element('input', {
    class: 'govuk-input govuk-!-width-two-thirds',
    id: 'area-search',
    name: 'q',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'area-search-hint',
    'aria-controls': 'local-authorities',
  });
  searchInput.value = searchText;
  const resultMessage = element('p', { class: 'govuk-body govuk-!-font-weight-bold', role: 'status' });
  const regionSections = groupByRegion(directory.regions, directory.localAuthorities).map(regionSection);

  const showMatches = () => {
    let matches = 0;
    for (const section of regionSections) {
      let matchesInRegion = 0;
      for (const item of section.items) {
        item.element.hidden = !matchesSearch(item.localAuthority, searchInput.value);
        if (!item.element.hidden) matchesInRegion++;
      }
      section.element.hidden = matchesInRegion === 0;
      matches += matchesInRegion;
    }
    resultMessage.textContent = searchResultMessage(matches, searchInput.value);
  };
  showMatches();
  searchInput.addEventListener('input', () => {
    showMatches();
    onSearchTextChange(searchInput.value);
  });

  const searchForm = element(
    'form',
    { role: 'search', 'aria-label': 'Local authorities' },
    element(
      'div',
      { class: 'govuk-form-group' },
      element('label', { class: 'govuk-label govuk-label--m', for: 'area-search' }, 'Search for a local authority'),
      element('div', { class: 'govuk-hint', id: 'area-search-hint' }, 'Enter a name, ONS code or DfE local authority number'),
      searchInput,
    ),
  );
  // The list already shows the matches; pressing Enter should not reload the page.
  searchForm.addEventListener('submit', (event) => event.preventDefault());

  const england = directory.countries[0];
  const content = element(
    'div',
    {},
    mainHeading(HOME_TITLE),
    element(
      'p',
      { class: 'govuk-body-l' },
      'How each local area identifies, assesses and meets the needs of children and young people with special educational needs and disabilities (SEND), compared with England, its region and its statistical neighbours.',
    ),
    england ? paragraph('See ', link(areaHref(england.code), england.name), ' as a whole, or choose a region or local authority below.') : null,
    paragraph(
      link(compareHref(), 'Compare all local authorities on one indicator'),
      ': tested against England with confidence intervals where the figures allow, otherwise placed by quarter of local authorities and rank, not tested.',
    ),
    paragraph(
      link(inspectionsHref(), 'See every area’s SEND inspections and written statements of action'),
      ', with a red, amber or green status and what is due next.',
    ),
    searchForm,
    resultMessage,
    element('div', { id: 'local-authorities' }, ...regionSections.map((section) => section.element)),
  );

  return { title: HOME_TITLE, content };
}

interface RegionSection {
  element: HTMLElement;
  items: { localAuthority: AreaSummary; element: HTMLLIElement }[];
}

function regionSection(group: RegionGroup): RegionSection {
  const items = group.localAuthorities.map((localAuthority) => ({
    localAuthority,
    element: element('li', {}, link(areaHref(localAuthority.code), localAuthority.name)),
  }));
  return {
    element: element(
      'div',
      {},
      element(
        'h2',
        { class: 'govuk-heading-m' },
        group.region ? link(areaHref(group.region.code), group.region.name) : 'Region not recorded',
      ),
      element('ul', { class: 'govuk-list app-area-list' }, ...items.map((item) => item.element)),
    ),
    items,
  };
}
