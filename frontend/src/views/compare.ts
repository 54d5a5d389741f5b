import type { Area, AreaRef, AreaType, AreaValue, Indicator, IndicatorValues } from '../api';
import {
  BAR_FILLS,
  barColouring,
  colouringInWords,
  compareBars,
  compareChartDescription,
  compareChartHeight,
  fillsUsed,
  type BarColouring,
  type BarRole,
  type CompareBar,
} from '../charts/compareChart';
import { element, link, summaryList } from '../dom';
import { fileNameFrom, saveCsv, savePng } from '../download';
import { figureNotes, figureText, formatValue, hasValue, intervalText, type UnitOf } from '../figures';
import { periodInWords } from '../periods';
import { areaHref, homeHref } from '../urlState';
import { comparisonMethodInWords, countOfLocalAuthorities, quarterInWords } from '../words';
import { cellNotes, comparisonTag, demoWarning, notice, sourceCitation, statusTag } from './badges';
import { downloadButton, downloadButtons } from './downloads';
import { drawWhenLoaded } from './chartSlot';
import { indicatorForm } from './indicatorForm';
import { breadcrumbs, mainHeading, paragraph, type Breadcrumb, type Page } from './page';
import { cell, columnHeader, numericCell, scrollableTable, table } from './tables';

/** Everything the compare view shows. */
export interface CompareData {
  catalogue: Indicator[];
  /** The catalogue's entry for the indicator shown. */
  indicator: Indicator;
  values: IndicatorValues;
  /** The local authority picked out, with its statistical neighbours. */
  selectedArea?: Area | undefined;
}

export const COMPARE_CAPTION = 'Compare local authorities';

/** "EHC plans issued within 20 weeks" or "Suspension rate: SEN support". */
function indicatorTitle(values: IndicatorValues): string {
  return values.breakdown ? `${values.indicator.name}: ${values.breakdown.name}` : values.indicator.name;
}

/**
 * One indicator for every local authority: a sorted bar chart with confidence intervals and England's line,
 * the chosen area and its neighbours picked out, and the same figures in a table.
 */
export function renderCompare(data: CompareData, fetchCsv: () => Promise<string>): Page {
  const { values, indicator, selectedArea } = data;
  const unit = values.indicator;
  const neighbourCodes = selectedArea?.statisticalNeighbours.map((neighbour) => neighbour.code) ?? [];
  const colouring = barColouring(indicator.comparisonMethod);
  const bars = compareBars(values.items, selectedArea?.code, neighbourCodes, colouring, values.indicator.polarity);
  const withoutFigure = values.items.filter((item) => !hasValue(item.figure)).sort((a, b) => a.area.name.localeCompare(b.area.name, 'en-GB'));
  const england = hasValue(values.england) ? values.england.value : undefined;
  const title = indicatorTitle(values);
  const fileName = fileNameFrom(values.indicator.id, values.period, values.breakdown?.id, 'local-authorities');
  const hasDemo = values.items.some((item) => item.figure.status === 'demo');

  const chartDescription = compareChartDescription(bars, { ...unit, name: title }, values.period, england, colouring);
  const canvas = element('canvas', { role: 'img', 'aria-label': chartDescription, id: 'compare-chart' });
  canvas.textContent = chartDescription;
  const chartBox = element('div', { class: 'app-chart app-chart--bars' }, canvas);
  // Set through the CSS object model, which the Content-Security-Policy allows (a style attribute it would not).
  chartBox.style.height = `${compareChartHeight(bars.length)}px`;

  const trail: Breadcrumb[] = [{ text: 'Home', href: homeHref() }];
  if (selectedArea) trail.push({ text: selectedArea.name, href: areaHref(selectedArea.code) });

  const content = element(
    'div',
    {},
    mainHeading(title, COMPARE_CAPTION),
    element('p', { class: 'govuk-body-l app-prose' }, `${indicator.definition}`),
    hasDemo ? demoWarning() : null,
    notice(values.notice),
    indicatorForm({
      view: 'compare',
      catalogue: data.catalogue,
      indicator,
      period: values.period,
      choosePeriod: true,
      breakdown: values.breakdown?.id,
      areaCode: selectedArea?.code,
      areaChoices: areaChoices(values, selectedArea),
    }),
    keyFacts(data, bars.length, england),
    ...(bars.length === 0
      ? [paragraph('No local authority has a figure for this choice.')]
      : [
          selectedArea ? selectedAreaSentence(selectedArea, bars, values.items, unit) : null,
          element('h2', { class: 'govuk-heading-l' }, 'Chart'),
          barChartKey(selectedArea, bars, colouring),
          element('figure', { class: 'app-figure-block' }, chartBox),
          downloadButtons(downloadButton('Download the chart (PNG)', () => savePng(canvas, `${fileName}.png`))),
          element('h2', { class: 'govuk-heading-l' }, 'Table'),
          downloadButtons(downloadButton('Download the table (CSV)', async () => saveCsv(await fetchCsv(), `${fileName}.csv`))),
          scrollableTable(compareTable(bars, values, title, indicator.comparisonMethod)),
        ]),
    withoutFigure.length > 0 ? scrollableTable(withoutFigureTable(withoutFigure, unit)) : null,
    values.regions && values.regions.length > 0 ? scrollableTable(regionsTable(values.regions, unit, indicator.source.publisher, values.areaType)) : null,
  );

  return {
    title: `${title}: compare local authorities`,
    breadcrumbs: breadcrumbs(trail),
    content,
    afterShow: () => {
      if (bars.length === 0) return undefined;
      const englandLine = { value: england, label: england === undefined ? '' : `England ${formatValue(england, unit)}` };
      return drawWhenLoaded(
        canvas,
        async () => {
          const { drawCompareChart } = await import('../charts/compareChartDrawing');
          return canvas.isConnected ? drawCompareChart(canvas, bars, unit, englandLine, `${title}, ${values.period}`) : undefined;
        },
        // Tests compare the bars drawn with the areas that have a value.
        (chart) => (canvas.dataset.barCount = String(chart.data.labels?.length ?? 0)),
      );
    },
  };
}

function keyFacts(data: CompareData, barCount: number, england: number | undefined): HTMLElement {
  const { values, indicator } = data;
  const unit = values.indicator;
  const rows: [string, Node | string][] = [['Period', periodInWords(values.period, values.indicator.periodType)]];
  if (values.breakdown) rows.push(['Breakdown', values.breakdown.name]);
  const englandInterval = intervalText(values.england, unit);
  const englandNotes = figureNotes(values.england, 'England', indicator.source.publisher, values.areaType);
  rows.push([
    'England',
    element(
      'span',
      {},
      england === undefined ? figureText(values.england, unit) : `${formatValue(england, unit)}${englandInterval ? ` (95% confidence interval ${englandInterval})` : ''}`,
      ...cellNotes(englandNotes),
    ),
  ]);
  rows.push(['How areas are compared', comparisonMethodInWords(indicator.comparisonMethod)]);
  if (values.quartiles) {
    const { q1, median, q3, areas } = values.quartiles;
    rows.push([
      'Quartiles',
      `Lower quartile ${formatValue(q1, unit)}, median ${formatValue(median, unit)}, upper quartile ${formatValue(q3, unit)}, across ${countOfLocalAuthorities(areas)}`,
    ]);
  }
  rows.push(['Local authorities with a figure', `${barCount} of ${values.items.length}`]);
  rows.push(['Source', sourceCitation(indicator.source)]);
  return summaryList(rows, 'app-key-facts');
}

/** The local authorities to pick from: those in the figures, and the one already picked even if it has none. */
function areaChoices(values: IndicatorValues, selectedArea: Area | undefined): AreaRef[] {
  const areas = values.items.map((item) => item.area);
  if (selectedArea && !areas.some((area) => area.code === selectedArea.code)) areas.push(selectedArea);
  return areas.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

function selectedAreaSentence(area: Area, bars: CompareBar[], items: AreaValue[], unit: UnitOf): HTMLElement {
  const hasBar = bars.some((bar) => bar.role === 'selected');
  const neighbourBars = bars.filter((bar) => bar.role === 'neighbour').length;
  const item = items.find((each) => each.area.code === area.code);
  const neighbours =
    neighbourBars > 0 ? `its statistical neighbours with a figure (${neighbourBars}) are striped and labelled “neighbour”` : '';
  if (!hasBar) {
    return paragraph(`${area.name} has no figure: ${item ? figureText(item.figure, unit) : 'it is not in the figures'}.`, neighbours ? ` ${capitalised(neighbours)}.` : '');
  }
  return paragraph(
    `${area.name} (${item ? figureText(item.figure, unit) : ''}) is outlined in black and labelled “selected”`,
    neighbours ? `; ${neighbours}` : '',
    '.',
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function barChartKey(selectedArea: Area | undefined, bars: CompareBar[], colouring: BarColouring): HTMLElement {
  const has = (role: BarRole) => bars.some((bar) => bar.role === role);
  const item = (swatch: HTMLElement, text: string) => element('li', { class: 'app-chart-key__item' }, swatch, text);
  const swatch = (kind: string) => element('span', { class: `app-swatch app-swatch--${kind}`, 'aria-hidden': 'true' });
  const fillSwatch = (colour: string, border: string) => {
    const each = swatch('fill');
    // Set through the CSS object model, which the Content-Security-Policy allows; the colours are the chart's own.
    each.style.backgroundColor = colour;
    each.style.borderColor = border;
    return each;
  };
  return element(
    'div',
    {},
    element('p', { class: 'govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1', id: 'chart-key-heading' }, `${colouringInWords(colouring)}:`),
    element(
      'ul',
      { class: 'govuk-list govuk-body-s app-chart-key', 'aria-labelledby': 'chart-key-heading' },
      ...fillsUsed(bars).map((fill) => item(fillSwatch(BAR_FILLS[fill].colour, BAR_FILLS[fill].border), BAR_FILLS[fill].words)),
    ),
    element(
      'ul',
      { class: 'govuk-list govuk-body-s app-chart-key', 'aria-label': 'Key to the chart' },
      selectedArea && has('selected') ? item(swatch('selected'), `Black outline, labelled “(selected)”: ${selectedArea.name}`) : null,
      has('neighbour') ? item(swatch('neighbour'), 'Striped, labelled “(neighbour)”: its statistical neighbours') : null,
      item(swatch('england'), 'Red dashed line: England'),
      bars.some((bar) => bar.interval) ? item(swatch('whisker'), 'Black whiskers: 95% confidence intervals') : null,
    ),
  );
}

const roleTags: Record<Exclude<BarRole, 'other'>, [string, string]> = {
  selected: ['app-tag--selected', 'Selected'],
  neighbour: ['govuk-tag--purple', 'Neighbour'],
};

const ENGLAND_COLUMN: Record<Indicator['comparisonMethod'], string> = {
  confidence_interval: 'Compared with England (95% confidence interval)',
  position: 'Compared with England (position only, not tested)',
  none: 'Compared with England',
};

/** The chart's figures as a table, in the chart's order: one row per bar. */
export function compareTable(bars: CompareBar[], values: IndicatorValues, title: string, method: Indicator['comparisonMethod']): HTMLTableElement {
  const unit = values.indicator;
  const polarity = values.indicator.polarity;
  const byCode = new Map(values.items.map((item) => [item.area.code, item]));
  const noLimit = 'Not calculated';
  return table(
    {
      id: 'compare-table-caption',
      class: 'app-compare-table',
      caption: `${title}, ${values.period}: local authorities with a figure, highest first`,
    },
    [
      columnHeader('Local authority'),
      columnHeader('Value', true),
      columnHeader('Lower 95% limit', true),
      columnHeader('Upper 95% limit', true),
      columnHeader(ENGLAND_COLUMN[method]),
      columnHeader('Position among local authorities'),
      columnHeader(polarity === 'no_judgement' ? 'Rank (1 = highest)' : 'Rank (1 = best)', true),
    ],
    bars.map((bar) => {
      const item = byCode.get(bar.code);
      const role = bar.role === 'other' ? undefined : roleTags[bar.role];
      return element(
        'tr',
        { class: `govuk-table__row app-row--${bar.role}`, 'data-area': bar.code, 'data-fill': bar.fill },
        element(
          'th',
          { class: 'govuk-table__header', scope: 'row' },
          link(areaHref(bar.code), bar.name),
          role ? element('strong', { class: `govuk-tag app-tag app-tag--inline ${role[0]}` }, role[1]) : null,
          // Published figures are the rule here; any other status is said on the figure itself.
          item && item.figure.status !== 'published' ? element('span', { class: 'app-cell-note' }, statusTag(item.figure.status)) : null,
        ),
        numericCell(formatValue(bar.value, unit), ...cellNotes(item?.figure.note?.trim() ? [item.figure.note.trim()] : [])),
        numericCell(bar.interval ? formatValue(bar.interval.lower, unit) : noLimit),
        numericCell(bar.interval ? formatValue(bar.interval.upper, unit) : noLimit),
        cell(item ? comparisonTag(item.comparedWithEngland, 'England') : null),
        cell((item && quarterInWords(item, polarity, values.areaType)) ?? 'Not placed'),
        numericCell(item?.rank ? `${item.rank} of ${item.rankedOf ?? '?'}` : 'None'),
      );
    }),
  );
}

function withoutFigureTable(items: AreaValue[], unit: UnitOf): HTMLTableElement {
  return table(
    { id: 'without-figure-caption', caption: 'Local authorities without a figure', captionClass: 'govuk-table__caption--m' },
    [columnHeader('Local authority'), columnHeader('Why there is no figure')],
    items.map((item) =>
      element(
        'tr',
        { class: 'govuk-table__row' },
        element('th', { class: 'govuk-table__header', scope: 'row' }, link(areaHref(item.area.code), item.area.name)),
        cell(figureText(item.figure, unit)),
      ),
    ),
  );
}

function regionsTable(regions: AreaValue[], unit: UnitOf, publisher: string, areaType: AreaType): HTMLTableElement {
  return table(
    { id: 'regions-caption', caption: 'Regions', captionClass: 'govuk-table__caption--m' },
    [columnHeader('Region'), columnHeader('Value', true), columnHeader('95% confidence interval', true), columnHeader('Compared with England')],
    regions.map((region) =>
      element(
        'tr',
        { class: 'govuk-table__row' },
        element('th', { class: 'govuk-table__header', scope: 'row' }, link(areaHref(region.area.code), region.area.name)),
        numericCell(figureText(region.figure, unit), ...cellNotes(figureNotes(region.figure, region.area.name, publisher, areaType))),
        numericCell(intervalText(region.figure, unit) ?? 'Not calculated'),
        cell(comparisonTag(region.comparedWithEngland, 'England')),
      ),
    ),
  );
}
