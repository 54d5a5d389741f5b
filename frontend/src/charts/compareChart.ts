import type { AreaValue, Indicator, Polarity } from '../api';
import { confidenceInterval95, formatValue, hasValue, type UnitOf } from '../figures';
import { valueQuarter } from '../words';
import { chartColours } from './colours';
import type { Interval } from './errorBars';

/** How a bar is picked out: the chosen area, one of its statistical neighbours, or any other area. */
export type BarRole = 'selected' | 'neighbour' | 'other';

/**
 * What the bars' colours say: with confidence intervals, each area's comparison with England; without them
 * (no difference can be tested), which quarter of local authorities it is in; for counts, nothing.
 */
export type BarColouring = 'comparison' | 'quarter' | 'plain';

export function barColouring(method: Indicator['comparisonMethod']): BarColouring {
  return method === 'confidence_interval' ? 'comparison' : method === 'position' ? 'quarter' : 'plain';
}

export type BarFill =
  | 'better'
  | 'similar'
  | 'worse'
  | 'higher'
  | 'lower'
  | 'not-tested'
  | 'highest-quarter'
  | 'second-highest-quarter'
  | 'second-lowest-quarter'
  | 'lowest-quarter'
  | 'no-quarter'
  | 'plain';

/** Each fill's colour and what it means, in the order the key lists them. Colours never carry the meaning alone: the table says it too. */
/** A neighbour's bar is striped over its fill: white stripes on dark fills, black on light ones. */
export const BAR_FILLS: Record<BarFill, { colour: string; border: string; stripes: string; words: string }> = {
  better: { colour: chartColours.green, border: chartColours.green, stripes: chartColours.white, words: 'Green: better than England' },
  similar: { colour: chartColours.yellow, border: chartColours.darkYellow, stripes: chartColours.text, words: 'Yellow: similar to England' },
  worse: { colour: chartColours.red, border: chartColours.red, stripes: chartColours.white, words: 'Red: worse than England' },
  higher: { colour: chartColours.darkBlue, border: chartColours.darkBlue, stripes: chartColours.white, words: 'Dark blue: higher than England (neither is better)' },
  lower: { colour: chartColours.paleBlue, border: chartColours.lightBlue, stripes: chartColours.text, words: 'Pale blue: lower than England (neither is better)' },
  'not-tested': { colour: chartColours.grey, border: chartColours.secondaryText, stripes: chartColours.text, words: 'Grey: not tested against England (the table says why)' },
  'highest-quarter': { colour: chartColours.darkBlue, border: chartColours.darkBlue, stripes: chartColours.white, words: 'Dark blue: highest quarter' },
  'second-highest-quarter': { colour: chartColours.blue, border: chartColours.blue, stripes: chartColours.white, words: 'Blue: second-highest quarter' },
  'second-lowest-quarter': { colour: chartColours.lightBlue, border: chartColours.lightBlue, stripes: chartColours.text, words: 'Light blue: second-lowest quarter' },
  'lowest-quarter': { colour: chartColours.paleBlue, border: chartColours.lightBlue, stripes: chartColours.text, words: 'Pale blue: lowest quarter' },
  'no-quarter': { colour: chartColours.grey, border: chartColours.secondaryText, stripes: chartColours.text, words: 'Grey: not placed in a quarter (the table says why)' },
  plain: { colour: chartColours.lightBlue, border: chartColours.lightBlue, stripes: chartColours.white, words: 'Light blue: every local authority' },
};

/** How one area's bar is filled under the chart's colouring. */
export function barFill(item: AreaValue, colouring: BarColouring, polarity: Polarity): BarFill {
  if (colouring === 'plain') return 'plain';
  if (colouring === 'quarter') {
    const quarter = item.quartile ? valueQuarter(item.quartile, polarity) : undefined;
    return quarter ? `${quarter}-quarter` : 'no-quarter';
  }
  const comparison = item.comparedWithEngland;
  // Only a confidence interval tests a difference; anything else is not coloured as one.
  if (comparison.method !== 'confidence_interval') return 'not-tested';
  switch (comparison.outcome) {
    case 'better':
    case 'similar':
    case 'worse':
    case 'higher':
    case 'lower':
      return comparison.outcome;
    case 'equal':
      return 'similar';
    case 'not_compared':
      return 'not-tested';
  }
}

/** One local authority's bar. */
export interface CompareBar {
  code: string;
  name: string;
  value: number;
  interval: Interval | undefined;
  role: BarRole;
  fill: BarFill;
}

/** Highest value first; equal values in name order, so the order never depends on how the API sorted them. */
export function byValueDescending(a: { name: string; value: number }, b: { name: string; value: number }): number {
  return b.value - a.value || a.name.localeCompare(b.name, 'en-GB');
}

/** A bar for every area with a numeric value, sorted; areas with a marker instead of a value get none. */
export function compareBars(
  items: AreaValue[],
  selectedCode: string | undefined,
  neighbourCodes: Iterable<string>,
  colouring: BarColouring,
  polarity: Polarity,
): CompareBar[] {
  const neighbours = new Set(neighbourCodes);
  const bars: CompareBar[] = [];
  for (const item of items) {
    if (!hasValue(item.figure)) continue;
    const role: BarRole = item.area.code === selectedCode ? 'selected' : neighbours.has(item.area.code) ? 'neighbour' : 'other';
    bars.push({
      code: item.area.code,
      name: item.area.name,
      value: item.figure.value,
      interval: confidenceInterval95(item.figure),
      role,
      fill: barFill(item, colouring, polarity),
    });
  }
  return bars.sort(byValueDescending);
}

/** The fills the bars use, in the key's order. */
export function fillsUsed(bars: CompareBar[]): BarFill[] {
  const used = new Set(bars.map((bar) => bar.fill));
  return (Object.keys(BAR_FILLS) as BarFill[]).filter((fill) => used.has(fill));
}

const COLOURING_IN_WORDS: Record<BarColouring, string> = {
  comparison: 'Coloured by comparison with England: tested with each area’s 95% confidence interval',
  quarter: 'Coloured by quarter of local authorities: no confidence intervals for this indicator, so no difference from England is tested',
  plain: 'Not coloured by any comparison: counts are shown, not compared',
};

export function colouringInWords(colouring: BarColouring): string {
  return COLOURING_IN_WORDS[colouring];
}

/** The bar's axis label: the picked-out areas say so in words, not only in colour. */
export function barLabel(bar: Pick<CompareBar, 'name' | 'role'>): string {
  if (bar.role === 'selected') return `${bar.name} (selected)`;
  if (bar.role === 'neighbour') return `${bar.name} (neighbour)`;
  return bar.name;
}

/** Shortens a label for narrow screens, keeping the "(selected)" or "(neighbour)" note. */
export function shortLabel(bar: Pick<CompareBar, 'name' | 'role'>, maxNameLength: number): string {
  const name = bar.name.length > maxNameLength ? `${bar.name.slice(0, maxNameLength - 1).trimEnd()}…` : bar.name;
  return barLabel({ name, role: bar.role });
}

/** What the chart shows, in words, for its aria-label. */
export function compareChartDescription(
  bars: CompareBar[],
  indicator: UnitOf & { name: string },
  period: string,
  england: number | undefined,
  colouring: BarColouring,
): string {
  const intervals = bars.some((bar) => bar.interval) ? ', with 95% confidence intervals' : '';
  const parts = [
    `Bar chart of ${indicator.name}, ${period}, for ${bars.length} local ${bars.length === 1 ? 'authority' : 'authorities'} with a figure, highest first${intervals}.`,
    `${colouringInWords(colouring)}.`,
  ];
  const highest = bars[0];
  const lowest = bars[bars.length - 1];
  if (highest && lowest) {
    parts.push(`Highest: ${highest.name}, ${formatValue(highest.value, indicator)}. Lowest: ${lowest.name}, ${formatValue(lowest.value, indicator)}.`);
  }
  if (england !== undefined) parts.push(`England: ${formatValue(england, indicator)}, shown as a dashed line.`);
  const selectedIndex = bars.findIndex((bar) => bar.role === 'selected');
  const selected = bars[selectedIndex];
  if (selected) {
    parts.push(`${selected.name}: ${formatValue(selected.value, indicator)}, bar ${selectedIndex + 1} of ${bars.length}, outlined.`);
  }
  const neighbours = bars.filter((bar) => bar.role === 'neighbour').length;
  if (neighbours > 0) parts.push(`${neighbours} statistical ${neighbours === 1 ? 'neighbour is' : 'neighbours are'} striped.`);
  parts.push('The table below gives every figure.');
  return parts.join(' ');
}

/** Pixels per bar: enough for every area's name to be readable beside its bar. */
export const PIXELS_PER_BAR = 15;

/** The chart's height for a number of bars, including the axis and its title. */
export function compareChartHeight(barCount: number): number {
  return Math.max(barCount, 3) * PIXELS_PER_BAR + 70;
}
