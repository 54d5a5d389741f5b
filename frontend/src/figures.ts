import type { AreaType, Figure, IndicatorRef, NeighbourMean } from './api';
import { areasInWords, markerInWords } from './words';

/** What formatting a figure needs to know about its indicator. */
export type UnitOf = Pick<IndicatorRef, 'unit' | 'rateBase' | 'decimalPlaces'>;

const numberFormats = new Map<number, Intl.NumberFormat>();

/** "1,234.5": British grouping, a fixed number of decimal places. */
export function formatNumber(value: number, decimalPlaces: number): string {
  const places = Math.min(Math.max(Math.trunc(decimalPlaces), 0), 10);
  let format = numberFormats.get(places);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: places, maximumFractionDigits: places });
    numberFormats.set(places, format);
  }
  return format.format(value);
}

/** A value in its indicator's unit: "46.4%", "3.21 per 100", "4,120", "12.5 weeks", "Yes", "£1,200". */
export function formatValue(value: number, indicator: UnitOf): string {
  const number = formatNumber(value, indicator.decimalPlaces);
  switch (indicator.unit) {
    case 'percent':
      return `${number}%`;
    case 'rate':
      return indicator.rateBase ? `${number} per ${formatNumber(indicator.rateBase, 0)}` : number;
    case 'weeks':
      return `${number} ${value === 1 ? 'week' : 'weeks'}`;
    case 'days':
      return `${number} ${value === 1 ? 'day' : 'days'}`;
    case 'boolean':
      return value === 0 ? 'No' : 'Yes';
    case 'gbp':
      return value < 0 ? `−£${formatNumber(-value, indicator.decimalPlaces)}` : `£${number}`;
    case 'count':
    case 'score':
      return number;
  }
}

/** A value as an axis tick: the number with its unit sign, without words such as "per 100". */
export function formatAxisValue(value: number, indicator: UnitOf): string {
  if (indicator.unit === 'boolean') return value === 0 ? 'No' : value === 1 ? 'Yes' : '';
  const places = Number.isInteger(value) ? 0 : Math.min(indicator.decimalPlaces, 2);
  const number = formatNumber(value, places);
  if (indicator.unit === 'percent') return `${number}%`;
  if (indicator.unit === 'gbp') return `£${number}`;
  return number;
}

/** What the unit means, for axis titles: "Per cent", "Per 100", "Weeks". */
export function unitInWords(indicator: UnitOf): string {
  switch (indicator.unit) {
    case 'percent':
      return 'Per cent';
    case 'rate':
      return indicator.rateBase ? `Rate per ${formatNumber(indicator.rateBase, 0)}` : 'Rate';
    case 'count':
      return 'Number';
    case 'weeks':
      return 'Weeks';
    case 'days':
      return 'Days';
    case 'boolean':
      return 'Yes or no';
    case 'gbp':
      return 'Pounds';
    case 'score':
      return 'Score';
  }
}

/** A figure that has a number (a suppressed or missing one has a marker instead). */
export type FigureWithValue = Figure & { value: number };

export function hasValue(figure: Figure | undefined): figure is FigureWithValue {
  return typeof figure?.value === 'number' && Number.isFinite(figure.value);
}

/** Whether the API sent anything for this figure: a value, or a marker saying why there is none. */
export function isReported(figure: Figure | undefined): boolean {
  return hasValue(figure) || figure?.marker !== undefined;
}

/** The figure in words: its value, or the source's marker saying why there is none. Never a made-up zero. */
export function figureText(figure: Figure | undefined, indicator: UnitOf): string {
  if (hasValue(figure)) return formatValue(figure.value, indicator);
  if (figure?.markerText) return figure.markerText;
  if (figure?.marker) return markerInWords(figure.marker);
  return 'No figure';
}

/** A bare number that may be missing, e.g. a benchmark in a series. */
export function optionalValueText(value: number | null | undefined, indicator: UnitOf): string {
  return typeof value === 'number' && Number.isFinite(value) ? formatValue(value, indicator) : 'No figure';
}

/** The 95% confidence limits, if the figure has both. */
export function confidenceInterval95(figure: Figure | undefined): { lower: number; upper: number } | undefined {
  const lower = figure?.lower95;
  const upper = figure?.upper95;
  return typeof lower === 'number' && typeof upper === 'number' ? { lower, upper } : undefined;
}

/** "46.0% to 46.8%", or undefined without both limits. */
export function intervalText(figure: Figure | undefined, indicator: UnitOf): string | undefined {
  const interval = confidenceInterval95(figure);
  return interval && `${formatValue(interval.lower, indicator)} to ${formatValue(interval.upper, indicator)}`;
}

/** The mean of the statistical neighbours, and a note when some neighbours had no figure. */
export function neighbourMeanText(mean: NeighbourMean | undefined, indicator: UnitOf): { value: string; note?: string } {
  if (!mean) return { value: 'No figure' };
  const all = mean.areasUsed + mean.areasMissing;
  // The mean of yes-or-no figures is the share of neighbours answering yes, not itself a yes or a no.
  const value =
    indicator.unit === 'boolean' && typeof mean.value === 'number'
      ? `Yes in ${formatNumber(mean.value * mean.areasUsed, 0)} of ${mean.areasUsed}`
      : optionalValueText(mean.value, indicator);
  if (mean.areasUsed === 0) return { value, note: all > 0 ? `none of ${all} neighbours has a figure` : undefined };
  if (mean.areasMissing > 0) return { value, note: `mean of ${mean.areasUsed} of ${all} neighbours` };
  return { value };
}

/**
 * "Sum of 149 local authorities’ counts – Department for Education publishes no England figure": said of a
 * benchmark SEND Insight summed from the areas because its source publishes none; undefined for one as published.
 */
export function aggregatedInWords(figure: Figure | undefined, benchmark: string, publisher: string, areaType: AreaType = 'local_authority'): string | undefined {
  if (!figure?.aggregated) return undefined;
  const areas = typeof figure.areasUsed === 'number' ? `${formatNumber(figure.areasUsed, 0)} ${areasInWords(areaType)}’` : `the ${areasInWords(areaType)}’`;
  return `Sum of ${areas} counts – ${publisher} publishes no ${benchmark} figure`;
}

/** What a reader must know about a figure: how it was summed, and the API's note. */
export function figureNotes(figure: Figure | undefined, benchmark: string, publisher: string, areaType?: AreaType): string[] {
  return [aggregatedInWords(figure, benchmark, publisher, areaType), figure?.note?.trim()].filter((note): note is string => !!note);
}
