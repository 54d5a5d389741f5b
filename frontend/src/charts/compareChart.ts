import type { AreaValue } from '../api';
import { confidenceInterval95, formatValue, hasValue, type UnitOf } from '../figures';
import type { Interval } from './errorBars';

/** How a bar is picked out: the chosen area, one of its statistical neighbours, or any other area. */
export type BarRole = 'selected' | 'neighbour' | 'other';

/** One local authority's bar. */
export interface CompareBar {
  code: string;
  name: string;
  value: number;
  interval: Interval | undefined;
  role: BarRole;
}

/** Highest value first; equal values in name order, so the order never depends on how the API sorted them. */
export function byValueDescending(a: { name: string; value: number }, b: { name: string; value: number }): number {
  return b.value - a.value || a.name.localeCompare(b.name, 'en-GB');
}

/** A bar for every area with a numeric value, sorted; areas with a marker instead of a value get none. */
export function compareBars(items: AreaValue[], selectedCode: string | undefined, neighbourCodes: Iterable<string>): CompareBar[] {
  const neighbours = new Set(neighbourCodes);
  const bars: CompareBar[] = [];
  for (const item of items) {
    if (!hasValue(item.figure)) continue;
    const role: BarRole = item.area.code === selectedCode ? 'selected' : neighbours.has(item.area.code) ? 'neighbour' : 'other';
    bars.push({ code: item.area.code, name: item.area.name, value: item.figure.value, interval: confidenceInterval95(item.figure), role });
  }
  return bars.sort(byValueDescending);
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
): string {
  const parts = [
    `Bar chart of ${indicator.name}, ${period}, for ${bars.length} local ${bars.length === 1 ? 'authority' : 'authorities'} with a figure, highest first, with 95% confidence intervals.`,
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
    parts.push(`${selected.name}: ${formatValue(selected.value, indicator)}, bar ${selectedIndex + 1} of ${bars.length}.`);
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
