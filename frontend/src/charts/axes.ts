import type { UnitOf } from '../figures';

/**
 * A percentage axis stops at 100% when the figures come near it, rather than running on to a
 * meaningless 110% or 120%; otherwise the axis is left to fit the figures.
 */
export function percentAxisMaximum(indicator: UnitOf, values: number[]): number | undefined {
  if (indicator.unit !== 'percent' || values.length === 0) return undefined;
  return Math.max(...values) > 80 ? 100 : undefined;
}
