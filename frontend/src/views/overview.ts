import type { AreaOverview, Comparison, Domain, Figure, OverviewRow } from '../api';
import { element, link, visuallyHidden } from '../dom';
import { confidenceInterval95, figureNotes, figureText, hasValue, isReported, neighbourMeanText } from '../figures';
import { compareHref, trendHref } from '../urlState';
import { comparisonColour, domainInWords, DOMAINS_IN_ORDER, quarterInWords, type ComparisonColour } from '../words';
import { cellNotes, comparisonLine, comparisonTag, demoWarning, notice, sourceName, statusTag, trendSummary } from './badges';
import { areaMark, dotChart, englandMark, legendSymbol, neighboursMark, regionMark } from './dotChart';
import { downloadButton, downloadButtons } from './downloads';
import { cell, columnHeader, numericCell, scrollableTable, table } from './tables';

/** The rows of one domain, in the order the API listed them. */
export interface DomainRows {
  domain: Domain;
  rows: OverviewRow[];
}

/** Rows grouped by domain, domains in the order of the API's Domain enum; domains without rows are left out. */
export function overviewRowsByDomain(rows: OverviewRow[]): DomainRows[] {
  return DOMAINS_IN_ORDER.map((domain) => ({ domain, rows: rows.filter((row) => row.indicator.domain === domain) })).filter(
    (group) => group.rows.length > 0,
  );
}

/** "Suspension rate: SEN support", or the indicator's name alone when it has no breakdown. */
export function rowName(row: Pick<OverviewRow, 'indicator' | 'breakdown'>): string {
  return row.breakdown ? `${row.indicator.name}: ${row.breakdown.name}` : row.indicator.name;
}

const value = (figure: Figure | undefined) => (hasValue(figure) ? figure.value : undefined);

/**
 * The area overview: one table per domain, a row per indicator and breakdown, each with the area's
 * figure against England, its region and its statistical neighbours.
 */
export function renderAreaOverview(overview: AreaOverview, downloadCsv: () => Promise<void>): HTMLElement {
  const areaName = overview.area.name;
  const regionName = overview.region?.name ?? 'Region';
  const groups = overviewRowsByDomain(overview.rows);
  const hasDemo = overview.rows.some((row) => row.figure.status === 'demo');

  return element(
    'section',
    { class: 'app-overview', 'aria-labelledby': 'overview-heading' },
    element('h2', { class: 'govuk-heading-l', id: 'overview-heading' }, 'Indicators'),
    element(
      'p',
      { class: 'govuk-body app-prose' },
      `Each of ${areaName}’s latest figures beside England, ${regionName} and the mean of its statistical neighbours. `,
      'Where a figure has a 95% confidence interval, it is tested against each benchmark: better, similar or worse. ',
      'Where it has none (the source gives no counts), no difference is tested and only its position is given: higher or lower, its quarter of local authorities and its place among its neighbours. ',
      link(compareHref({ areaCode: overview.area.code }), 'Compare all local authorities'),
      '.',
    ),
    hasDemo ? demoWarning() : null,
    notice(overview.notice),
    downloadButtons(downloadButton('Download the overview (CSV)', downloadCsv)),
    groups.length === 0 ? element('p', { class: 'govuk-body' }, `There are no indicators for ${areaName} yet.`) : dotChartLegend(areaName, regionName),
    ...groups.map((group) => domainSection(group, overview)),
  );
}

const DOT_COLOURS: [ComparisonColour, string][] = [
  ['better', 'better'],
  ['similar', 'similar'],
  ['worse', 'worse'],
  ['neutral', 'higher or lower, where neither is better'],
  ['position', 'no confidence interval: placed only, not tested'],
  ['none', 'not compared'],
];

function dotChartLegend(areaName: string, regionName: string): HTMLElement {
  const item = (symbol: SVGSVGElement, text: string) => element('li', { class: 'app-dot-legend__item' }, symbol, text);
  return element(
    'div',
    { class: 'app-dot-legend' },
    element('p', { class: 'govuk-body-s app-dot-legend__title' }, 'In the small charts (the table gives every figure in words):'),
    element(
      'ul',
      { class: 'govuk-list govuk-body-s app-dot-legend__list' },
      item(legendSymbol((x, y) => areaMark(x, y, 'none')), `${areaName}, with a line for its 95% confidence interval`),
      item(legendSymbol(englandMark), 'England'),
      item(legendSymbol(regionMark), regionName),
      item(legendSymbol(neighboursMark), 'mean of its statistical neighbours'),
    ),
    element('p', { class: 'govuk-body-s app-dot-legend__title' }, `${areaName}’s dot is coloured by its comparison with England:`),
    element(
      'ul',
      { class: 'govuk-list govuk-body-s app-dot-legend__list', 'aria-label': `Colours of ${areaName}’s dot` },
      ...DOT_COLOURS.map(([colour, words]) => item(legendSymbol((x, y) => areaMark(x, y, colour)), words)),
    ),
    element('p', { class: 'govuk-body-s' }, 'Counts are drawn against the neighbours’ mean only: England’s and the region’s totals are far larger.'),
  );
}

function domainSection(group: DomainRows, overview: AreaOverview): HTMLElement {
  const headingId = `domain-${group.domain}`;
  return element(
    'section',
    { class: 'app-overview__domain', 'aria-labelledby': headingId },
    element('h3', { class: 'govuk-heading-m', id: headingId }, domainInWords(group.domain)),
    scrollableTable(overviewTable(group, overview)),
  );
}

/** One domain's table: caption, column headers, and a row header naming each indicator. */
export function overviewTable(group: DomainRows, overview: Pick<AreaOverview, 'area' | 'region'>): HTMLTableElement {
  const areaName = overview.area.name;
  const regionName = overview.region?.name ?? 'Region';
  const domainTable = table(
    {
      id: `caption-${group.domain}`,
      class: 'app-overview-table',
      caption: `${domainInWords(group.domain)}: ${areaName} compared with England, ${regionName} and its statistical neighbours`,
      captionClass: 'govuk-table__caption--s',
    },
    [
      columnHeader('Indicator'),
      columnHeader('Period'),
      columnHeader(areaName, true),
      columnHeader('England', true),
      columnHeader(regionName, true),
      columnHeader('Neighbours’ mean', true),
      columnHeader(element('span', {}, 'Chart', visuallyHidden(' (the same figures drawn; see the key above)'))),
      columnHeader('Compared with England, region and neighbours'),
      columnHeader('Recent trend'),
      columnHeader('Source'),
    ],
    group.rows.map((row) => overviewTableRow(row, overview)),
  );
  domainTable.dataset.domain = group.domain;
  return domainTable;
}

/**
 * The row's small chart. Yes-or-no figures have nothing to place on a scale; counts for all of England
 * or a region dwarf an area's, so a count is drawn against its neighbours' mean only.
 */
function rowDotChart(row: OverviewRow): SVGSVGElement | null {
  if (row.indicator.unit === 'boolean') return null;
  const isCount = row.indicator.unit === 'count';
  const values = {
    area: value(row.figure),
    interval: confidenceInterval95(row.figure),
    england: isCount ? undefined : value(row.england),
    region: isCount ? undefined : value(row.region),
    neighbours: row.neighbourMean?.value ?? undefined,
  };
  return dotChart(values, comparisonColour(row.comparedWithEngland), row.indicator.unit);
}

/**
 * The comparisons with the region and the neighbours, unless they only repeat why England's was not made,
 * and the quarter of local authorities the figure is in.
 */
function secondaryComparisons(row: OverviewRow, regionName: string): HTMLElement[] {
  const england = row.comparedWithEngland;
  const repeatsEngland = (comparison: Comparison) =>
    comparison.outcome === 'not_compared' && england.outcome === 'not_compared' && comparison.reason === england.reason;
  const lines: [Comparison, string][] = [
    [row.comparedWithRegion, regionName],
    [row.comparedWithNeighbours, 'neighbours’ mean'],
  ];
  const quarter = quarterInWords(row, row.indicator.polarity);
  return [
    ...lines
      .filter(([comparison]) => !repeatsEngland(comparison))
      .map(([comparison, benchmark]) => element('span', { class: 'app-cell-note' }, comparisonLine(comparison, benchmark))),
    ...(quarter ? cellNotes([quarter]) : []),
  ];
}

function overviewTableRow(row: OverviewRow, overview: Pick<AreaOverview, 'area' | 'region'>): HTMLTableRowElement {
  const indicator = row.indicator;
  const name = rowName(row);
  const neighbours = neighbourMeanText(row.neighbourMean, indicator);
  const isDemo = row.figure.status === 'demo';
  const regionName = overview.region?.name ?? 'region';
  const publisher = row.source.publisher;

  return element(
    'tr',
    { class: `govuk-table__row${isDemo ? ' app-row--demo' : ''}`, 'data-indicator': indicator.id, 'data-breakdown': row.breakdown?.id },
    element(
      'th',
      { class: 'govuk-table__header app-overview-table__indicator', scope: 'row' },
      element('span', { class: 'app-overview-table__name' }, indicator.name),
      row.breakdown ? element('span', { class: 'app-overview-table__breakdown' }, row.breakdown.name) : null,
      element(
        'span',
        { class: 'app-overview-table__links app-no-print' },
        element(
          'a',
          { class: 'govuk-link', href: trendHref({ areaCode: overview.area.code, indicatorId: indicator.id, breakdown: row.breakdown?.id }) },
          'Trend',
          visuallyHidden(` of ${name}`),
        ),
        ' ',
        element(
          'a',
          {
            class: 'govuk-link',
            href: compareHref({
              indicatorId: indicator.id,
              period: isReported(row.figure) ? row.figure.period : undefined,
              breakdown: row.breakdown?.id,
              areaCode: overview.area.code,
            }),
          },
          'Compare areas',
          visuallyHidden(` on ${name}`),
        ),
      ),
    ),
    cell(row.figure.period),
    numericCell(
      element('span', { class: hasValue(row.figure) ? 'app-figure' : 'app-marker' }, figureText(row.figure, indicator)),
      ...cellNotes(figureNotes(row.figure, overview.area.name, publisher)),
    ),
    numericCell(figureText(row.england, indicator), ...cellNotes(figureNotes(row.england, 'England', publisher))),
    numericCell(figureText(row.region, indicator), ...cellNotes(figureNotes(row.region, regionName, publisher))),
    numericCell(neighbours.value, neighbours.note ? element('span', { class: 'app-cell-note' }, neighbours.note) : null),
    element(
      'td',
      { class: 'govuk-table__cell app-overview-table__chart' },
      rowDotChart(row),
    ),
    element(
      'td',
      { class: 'govuk-table__cell app-overview-table__comparison' },
      comparisonTag(row.comparedWithEngland, 'England'),
      ...secondaryComparisons(row, regionName),
    ),
    element('td', { class: 'govuk-table__cell' }, trendSummary(row.trend), ...cellNotes(row.trend.note?.trim() ? [row.trend.note.trim()] : [])),
    element(
      'td',
      { class: 'govuk-table__cell app-overview-table__source' },
      isReported(row.figure) ? statusTag(row.figure.status) : null,
      element('span', { class: 'app-cell-note' }, sourceName(row.source)),
    ),
  );
}
