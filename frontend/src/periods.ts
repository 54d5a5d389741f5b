/**
 * How each period type is written, read, ordered and shown: the dashboard's mirror of the `x-period-formats`
 * extension of `PeriodType` in openapi.yaml (periods.test.ts fails if the two differ).
 */
import type { Indicator, PeriodType } from './api';

interface PeriodFormat {
  /** The contract's pattern, character for character. */
  pattern: RegExp;
  /** The contract's example. */
  example: string;
  /** "a financial year": what to enter, in words. */
  words: string;
  /** The first day of a period that matches the pattern; undefined when the text still is no real period. */
  start(text: string): Date | undefined;
  /** What a period that matches the pattern covers, in words. */
  covers(text: string): string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TERM_START_MONTHS: Record<string, number> = { Autumn: 8, Spring: 0, Summer: 3 };

const yearOf = (text: string) => Number(text.slice(0, 4));
/** "2023/24" and "2023-24" name two years; the second must follow the first. */
const spansTwoYears = (text: string) => Number(text.slice(5, 7)) === (yearOf(text) + 1) % 100;

export const PERIOD_FORMATS: Record<PeriodType, PeriodFormat> = {
  academic_year: {
    pattern: /^[0-9]{4}\/[0-9]{2}$/,
    example: '2023/24',
    words: 'an academic year',
    start: (text) => (spansTwoYears(text) ? new Date(yearOf(text), 8, 1) : undefined),
    covers: (text) => `academic year, September ${yearOf(text)} to August ${yearOf(text) + 1}`,
  },
  financial_year: {
    pattern: /^[0-9]{4}-[0-9]{2}$/,
    example: '2023-24',
    words: 'a financial year',
    start: (text) => (spansTwoYears(text) ? new Date(yearOf(text), 3, 1) : undefined),
    covers: (text) => `financial year, April ${yearOf(text)} to March ${yearOf(text) + 1}`,
  },
  calendar_year: {
    pattern: /^[0-9]{4}$/,
    example: '2024',
    words: 'a calendar year',
    start: (text) => new Date(yearOf(text), 0, 1),
    covers: () => 'calendar year',
  },
  quarter: {
    pattern: /^[0-9]{4}-Q[1-4]$/,
    example: '2024-Q1',
    words: 'a quarter',
    start: (text) => new Date(yearOf(text), (Number(text.slice(6)) - 1) * 3, 1),
    covers: (text) => {
      const first = (Number(text.slice(6)) - 1) * 3;
      return `${MONTHS[first]} to ${MONTHS[first + 2]} ${yearOf(text)}`;
    },
  },
  month: {
    pattern: /^[0-9]{4}-(0[1-9]|1[0-2])$/,
    example: '2024-03',
    words: 'a month',
    start: (text) => new Date(yearOf(text), Number(text.slice(5)) - 1, 1),
    covers: (text) => `${MONTHS[Number(text.slice(5)) - 1]} ${yearOf(text)}`,
  },
  term: {
    pattern: /^[0-9]{4}\/[0-9]{2} (Autumn|Spring|Summer)$/,
    example: '2023/24 Autumn',
    words: 'a school term',
    start: (text) => {
      if (!spansTwoYears(text)) return undefined;
      const month = TERM_START_MONTHS[text.slice(8)] ?? 8;
      return new Date(month >= 8 ? yearOf(text) : yearOf(text) + 1, month, 1);
    },
    covers: (text) => `${text.slice(8).toLowerCase()} term of the ${text.slice(0, 7)} academic year`,
  },
  snapshot: {
    pattern: /^(January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{4}$/,
    example: 'January 2025',
    words: 'a census month',
    start: (text) => {
      const [month, year] = text.split(' ');
      return new Date(Number(year), MONTHS.indexOf(month ?? ''), 1);
    },
    covers: () => 'census',
  },
};

export const PERIOD_TYPES = Object.keys(PERIOD_FORMATS) as PeriodType[];

export function periodExample(periodType: PeriodType): string {
  return PERIOD_FORMATS[periodType].example;
}

/** "Enter a quarter, for example 2024-Q1": the hint under a period field. */
export function periodHint(periodType: PeriodType): string {
  const format = PERIOD_FORMATS[periodType];
  return `Enter ${format.words}, for example ${format.example}`;
}

/** "a financial year like 2023-24", for messages saying what a period must be. */
export function periodFormatInWords(periodType: PeriodType): string {
  const format = PERIOD_FORMATS[periodType];
  return `${format.words} like ${format.example}`;
}

/**
 * The first day of a period, or undefined when the text is not a period of that type. The type matters:
 * "2011-12" is a financial year and also December 2011.
 */
export function periodStart(period: string, periodType: PeriodType): Date | undefined {
  const format = PERIOD_FORMATS[periodType];
  return format.pattern.test(period) ? format.start(period) : undefined;
}

export function isPeriodOf(period: string, periodType: PeriodType): boolean {
  return periodStart(period, periodType) !== undefined;
}

/** Newest first; anything that is not a period of the type keeps its place after the periods. */
export function newestFirst(periods: readonly string[], periodType: PeriodType): string[] {
  const starts = new Map(periods.map((period) => [period, periodStart(period, periodType)?.getTime()]));
  return [...periods].sort((a, b) => {
    const startA = starts.get(a);
    const startB = starts.get(b);
    if (startA === undefined || startB === undefined) return (startA === undefined ? 1 : 0) - (startB === undefined ? 1 : 0);
    return startB - startA;
  });
}

/** "2023-24 (financial year, April 2023 to March 2024)"; text that is not a period of the type is shown as it is. */
export function periodInWords(period: string, periodType: PeriodType): string {
  return isPeriodOf(period, periodType) ? `${period} (${PERIOD_FORMATS[periodType].covers(period)})` : period;
}

/**
 * Why a period asked for in a link cannot be one of the indicator's, before the API is asked; undefined when it
 * can be (or none, or "latest", was asked for). A period the catalogue lists is always taken.
 */
export function periodChoiceProblem(period: string | undefined, indicator: Pick<Indicator, 'name' | 'periodType' | 'periods'>): string | undefined {
  if (period === undefined || period.toLowerCase() === 'latest' || indicator.periods.includes(period)) return undefined;
  if (isPeriodOf(period, indicator.periodType)) return undefined;
  return `“${period}” is not a period of ${indicator.name}, which is counted by ${PERIOD_FORMATS[indicator.periodType].words.replace(/^an? /, '')}: for example ${periodExample(indicator.periodType)}.`;
}
