import type { Indicator, Series, Trend } from '../api';
import { LINE_STYLES, trendChartDescription, trendLines, type LineStyle, type TrendLine } from '../charts/trendChart';
import { element, link, summaryList, svgElement } from '../dom';
import { fileNameFrom, saveCsv, savePng } from '../download';
import { figureText, formatNumber, intervalText, neighbourMeanText, optionalValueText, type UnitOf } from '../figures';
import { areaHref, compareHref, homeHref } from '../urlState';
import { demoWarning, sourceCitation, statusTag, trendSummary } from './badges';
import { downloadButton, downloadButtons } from './downloads';
import { drawWhenLoaded } from './chartSlot';
import { indicatorForm } from './indicatorForm';
import { breadcrumbs, mainHeading, paragraph, type Breadcrumb, type Page } from './page';
import { cell, columnHeader, numericCell, scrollableTable, table } from './tables';

/** Everything the trend view shows. */
export interface TrendData {
  catalogue: Indicator[];
  indicator: Indicator;
  series: Series;
}

/** One area's figures for one indicator over time, against England, its region and its neighbours' mean. */
export function renderTrend(data: TrendData, fetchCsv: () => Promise<string>): Page {
  const { series, indicator } = data;
  const unit = series.indicator;
  const title = series.breakdown ? `${series.indicator.name}: ${series.breakdown.name}` : series.indicator.name;
  const lines = trendLines(series);
  const fileName = fileNameFrom(series.indicator.id, series.breakdown?.id, series.area.name, 'trend');
  const hasDemo = series.points.some((point) => point.figure.status === 'demo');
  const latest = series.points[series.points.length - 1];

  const description = trendChartDescription(series, lines, { ...unit, name: title });
  const canvas = element('canvas', { role: 'img', 'aria-label': description, id: 'trend-chart' });
  canvas.textContent = description;

  const trail: Breadcrumb[] = [{ text: 'Home', href: homeHref() }];
  if (series.region) trail.push({ text: series.region.name, href: areaHref(series.region.code) });
  trail.push({ text: series.area.name, href: areaHref(series.area.code) });

  const content = element(
    'div',
    {},
    mainHeading(title, `${series.area.name}: trend`),
    element('p', { class: 'govuk-body-l app-prose' }, indicator.definition),
    hasDemo ? demoWarning() : null,
    indicatorForm({
      view: 'trend',
      catalogue: data.catalogue,
      indicator,
      choosePeriod: false,
      breakdown: series.breakdown?.id,
      areaCode: series.area.code,
    }),
    trendBox(series.trend),
    paragraph(
      'Source: ',
      sourceCitation(indicator.source),
      ' ',
      latest
        ? link(
            compareHref({ indicatorId: series.indicator.id, period: latest.period, breakdown: series.breakdown?.id, areaCode: series.area.code }),
            `Compare all local authorities in ${latest.period}`,
          )
        : null,
    ),
    element('h2', { class: 'govuk-heading-l' }, 'Chart'),
    series.points.length > 0
      ? element('figure', { class: 'app-figure-block' }, lineKey(lines), element('div', { class: 'app-chart app-chart--lines' }, canvas))
      : paragraph(`There are no figures for ${series.area.name}.`),
    series.points.length > 0 ? downloadButtons(downloadButton('Download the chart (PNG)', () => savePng(canvas, `${fileName}.png`))) : null,
    element('h2', { class: 'govuk-heading-l' }, 'Table'),
    downloadButtons(downloadButton('Download the table (CSV)', async () => saveCsv(await fetchCsv(), `${fileName}.csv`))),
    scrollableTable(trendTable(series, title)),
  );

  return {
    title: `${title}: trend in ${series.area.name}`,
    breadcrumbs: breadcrumbs(trail),
    content,
    afterShow: () => {
      if (series.points.length === 0) return undefined;
      return drawWhenLoaded(
        canvas,
        async () => {
          const { drawTrendChart } = await import('../charts/trendChartDrawing');
          return canvas.isConnected ? drawTrendChart(canvas, series, lines, unit, `${title}: ${series.area.name}`) : undefined;
        },
        (chart) => (canvas.dataset.pointCount = String(chart.data.labels?.length ?? 0)),
      );
    },
  };
}

/** The trend in words, any note on it, and how it was tested (folded away: few readers need the statistic). */
function trendBox(trend: Trend): HTMLElement {
  const note = trend.note?.trim();
  return element(
    'div',
    { class: 'govuk-inset-text app-trend-summary' },
    element('p', { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1' }, 'Recent trend: ', trendSummary(trend)),
    note ? element('p', { class: 'govuk-body-s govuk-!-margin-bottom-1 app-trend-summary__note' }, note) : null,
    element(
      'details',
      { class: 'govuk-details govuk-!-margin-bottom-0 app-trend-test' },
      element('summary', { class: 'govuk-details__summary' }, element('span', { class: 'govuk-details__summary-text' }, 'How the trend was tested')),
      element('div', { class: 'govuk-details__text' }, summaryList(trendTestFacts(trend), 'govuk-summary-list--no-border govuk-!-margin-bottom-0')),
    ),
  );
}

/** The test's method, the periods it used and its statistic, as far as the API gave them. */
export function trendTestFacts(trend: Trend): [string, string][] {
  const facts: [string, string][] = [['Method', trend.method]];
  const periods = trend.periods ?? [];
  if (periods.length > 0) facts.push(['Periods tested', `${periods.join(', ')} (${periods.length} ${periods.length === 1 ? 'point' : 'points'})`]);
  else facts.push(['Points used', String(trend.pointsUsed)]);
  if (typeof trend.chiSquared === 'number' && Number.isFinite(trend.chiSquared)) {
    facts.push([
      'Chi-squared (χ²)',
      `${formatNumber(trend.chiSquared, 2)}: a trend needs more than 9.5495 (significant at 99.8%) and the same direction with any one point left out`,
    ]);
  }
  return facts;
}

/** How each line looks, in words, so the lines can be told apart without colour. */
function lineKey(lines: TrendLine[]): HTMLElement {
  return element(
    'ul',
    { class: 'govuk-list govuk-body-s app-chart-key', 'aria-label': 'Key to the chart' },
    ...lines.map((line) =>
      element(
        'li',
        { class: 'app-chart-key__item' },
        lineSample(LINE_STYLES[line.key]),
        `${line.label}: ${LINE_STYLES[line.key].description}`,
      ),
    ),
  );
}

/** A short stretch of a line as the chart draws it: colour, dashes and marker. */
function lineSample(style: LineStyle): SVGSVGElement {
  const marker: Record<string, SVGElement> = {
    circle: svgElement('circle', { cx: 20, cy: 8, r: 4 }),
    rect: svgElement('rect', { x: 16, y: 4, width: 8, height: 8 }),
    triangle: svgElement('polygon', { points: '20,3 25,12 15,12' }),
    rectRot: svgElement('polygon', { points: '20,3 25,8 20,13 15,8' }),
  };
  const point = marker[String(style.point)] ?? marker.circle!;
  point.setAttribute('fill', style.point === 'circle' && style.width === 3 ? style.colour : '#ffffff');
  point.setAttribute('stroke', style.colour);
  point.setAttribute('stroke-width', '2');
  return svgElement(
    'svg',
    { class: 'app-line-sample', width: 40, height: 16, viewBox: '0 0 40 16', 'aria-hidden': 'true', focusable: 'false' },
    svgElement('line', { x1: 0, y1: 8, x2: 40, y2: 8, stroke: style.colour, 'stroke-width': style.width, 'stroke-dasharray': style.dash.join(' ') || undefined }),
    point,
  );
}

/** The chart's figures as a table, oldest period first. */
export function trendTable(series: Series, title: string): HTMLTableElement {
  const unit: UnitOf = series.indicator;
  const regionName = series.region?.name ?? 'Region';
  return table(
    { id: 'trend-table-caption', caption: `${title}: ${series.area.name} compared with England, ${regionName} and its statistical neighbours` },
    [
      columnHeader('Period'),
      columnHeader(series.area.name, true),
      columnHeader('95% confidence interval', true),
      columnHeader('England', true),
      columnHeader(regionName, true),
      columnHeader('Neighbours’ mean', true),
      columnHeader('Status'),
    ],
    series.points.map((point) => {
      const neighbours = neighbourMeanText(point.neighbourMean, unit);
      return element(
        'tr',
        { class: `govuk-table__row${point.figure.status === 'demo' ? ' app-row--demo' : ''}` },
        element('th', { class: 'govuk-table__header', scope: 'row' }, point.period),
        numericCell(figureText(point.figure, unit)),
        numericCell(intervalText(point.figure, unit) ?? 'Not calculated'),
        numericCell(optionalValueText(point.england, unit)),
        numericCell(optionalValueText(point.region, unit)),
        numericCell(neighbours.value, neighbours.note ? element('span', { class: 'app-cell-note' }, neighbours.note) : null),
        cell(statusTag(point.figure.status)),
      );
    }),
  );
}
