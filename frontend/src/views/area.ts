import type { Area, AreaOverview, AreaRef, AreaSummary, StatisticalNeighbour } from '../api';
import { element, link, summaryList } from '../dom';
import { areaHref, homeHref } from '../urlState';
import { areaTypeInWords, closenessInWords, localAuthorityKindInWords } from '../words';
import { renderAreaOverview } from './overview';
import { breadcrumbs, mainHeading, paragraph, type Breadcrumb, type Page } from './page';
import { scrollableTable } from './tables';

/** Areas that make up this one: a region's local authorities, or England's regions. */
export interface ConstituentAreas {
  heading: string;
  areas: AreaSummary[];
}

/** A local authority's indicators, or the news that they could not be read. */
export type AreaIndicators = { overview: AreaOverview; downloadCsv: () => Promise<void> } | 'unavailable';

/** One area's page: what it is, its codes, its indicators, its inspections and its statistical neighbours. */
export function renderArea(
  area: Area,
  constituentAreas?: ConstituentAreas,
  indicators?: AreaIndicators,
  submitHref?: string,
  inspections?: HTMLElement,
): Page {
  const trail: Breadcrumb[] = [{ text: 'Home', href: homeHref() }];
  if (area.region) trail.push({ text: area.region.name, href: areaHref(area.region.code) });

  const content = element(
    'div',
    {},
    mainHeading(area.name, areaTypeInWords(area.type)),
    areaFacts(area),
    submitHref ? paragraph(link(submitHref, 'Submit a local figure'), ` for ${area.name}, or see the figures submitted so far.`) : null,
    indicators === 'unavailable'
      ? element(
          'div',
          {},
          element('h2', { class: 'govuk-heading-l' }, 'Indicators'),
          paragraph(`Sorry, ${area.name}’s indicators could not be read from the SEND Insight API. Try again later.`),
        )
      : indicators
        ? renderAreaOverview(indicators.overview, indicators.downloadCsv)
        : null,
    inspections ?? null,
    area.type === 'local_authority' ? statisticalNeighboursSection(area) : null,
    constituentAreas && constituentAreas.areas.length > 0 ? constituentAreasSection(constituentAreas) : null,
  );
  return { title: area.name, breadcrumbs: breadcrumbs(trail), content };
}

function areaFacts(area: Area): HTMLElement {
  const rows: [string, Node | string][] = [
    ['Type', areaTypeInWords(area.type)],
    ['ONS code', area.code],
  ];
  if (area.laNumber) rows.push(['DfE local authority number', area.laNumber]);
  if (area.laKind) rows.push(['Kind of local authority', localAuthorityKindInWords(area.laKind)]);
  if (area.region) rows.push(['Region', areaLink(area.region)]);
  if (area.parent && area.parent.code !== area.region?.code) rows.push(['Part of', areaLink(area.parent)]);
  rows.push(['Other codes', area.otherCodes.length > 0 ? area.otherCodes.join(', ') : 'None']);

  return summaryList(rows);
}

function areaLink(area: AreaRef): HTMLAnchorElement {
  return link(areaHref(area.code), area.name);
}

function statisticalNeighboursSection(area: Area): HTMLElement {
  const heading = element('h2', { class: 'govuk-heading-l' }, 'Statistical neighbours');
  if (area.statisticalNeighbours.length === 0) {
    return element('div', {}, heading, paragraph(`No statistical neighbours are published for ${area.name}.`));
  }
  return element(
    'div',
    {},
    heading,
    paragraph(
      `Statistical neighbours are the local authorities most like ${area.name} in the characteristics of their children and families. ` +
        'Comparing an area with its neighbours is fairer than comparing it with all of England.',
    ),
    scrollableTable(statisticalNeighboursTable(area.name, area.statisticalNeighbours)),
    area.statisticalNeighbourModel
      ? element('p', { class: 'govuk-body-s' }, `Source: ${area.statisticalNeighbourModel}`)
      : null,
  );
}

export function statisticalNeighboursTable(areaName: string, statisticalNeighbours: StatisticalNeighbour[]): HTMLTableElement {
  const closestFirst = [...statisticalNeighbours].sort((a, b) => a.rank - b.rank);
  return element(
    'table',
    { class: 'govuk-table govuk-table--small-text-until-tablet' },
    element(
      'caption',
      { class: 'govuk-table__caption govuk-table__caption--m', id: 'statistical-neighbours-caption' },
      `${areaName}’s statistical neighbours, closest first`,
    ),
    element(
      'thead',
      { class: 'govuk-table__head' },
      element(
        'tr',
        { class: 'govuk-table__row' },
        element('th', { class: 'govuk-table__header govuk-table__header--numeric', scope: 'col' }, 'Rank'),
        element('th', { class: 'govuk-table__header', scope: 'col' }, 'Local authority'),
        element('th', { class: 'govuk-table__header', scope: 'col' }, 'Closeness'),
        element('th', { class: 'govuk-table__header', scope: 'col' }, 'DfE LA number'),
      ),
    ),
    element(
      'tbody',
      { class: 'govuk-table__body' },
      ...closestFirst.map((neighbour) =>
        element(
          'tr',
          { class: 'govuk-table__row' },
          element('td', { class: 'govuk-table__cell govuk-table__cell--numeric' }, String(neighbour.rank)),
          element('th', { class: 'govuk-table__header', scope: 'row' }, areaLink(neighbour)),
          element('td', { class: 'govuk-table__cell' }, closenessInWords(neighbour.closeness)),
          element('td', { class: 'govuk-table__cell' }, neighbour.laNumber ?? 'Not known'),
        ),
      ),
    ),
  );
}

function constituentAreasSection({ heading, areas }: ConstituentAreas): HTMLElement {
  return element(
    'div',
    {},
    element('h2', { class: 'govuk-heading-l' }, heading),
    element(
      'ul',
      { class: 'govuk-list app-area-list' },
      ...areas.map((area) => element('li', {}, areaLink(area))),
    ),
  );
}
