// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Indicator } from './api';
import {
  isPeriodOf,
  newestFirst,
  PERIOD_FORMATS,
  PERIOD_TYPES,
  periodExample,
  periodHint,
  periodChoiceProblem,
  periodInWords,
  periodStart,
} from './periods';

interface ContractPeriodType {
  enum: string[];
  'x-period-formats': Record<string, { pattern: string; example: unknown }>;
}

/** PeriodType as openapi.yaml declares it: the contract the mirror must follow. */
function contractPeriodType(): ContractPeriodType {
  const contract = load(readFileSync(resolve(__dirname, '../../openapi.yaml'), 'utf8')) as {
    components: { schemas: { PeriodType: ContractPeriodType } };
  };
  return contract.components.schemas.PeriodType;
}

describe('the period formats', () => {
  const contract = contractPeriodType();
  const formats = contract['x-period-formats'];

  it('cover the same period types as the contract', () => {
    expect([...PERIOD_TYPES].sort()).toEqual([...contract.enum].sort());
    expect(Object.keys(formats).sort()).toEqual([...contract.enum].sort());
  });

  it('have the contract’s pattern for each period type', () => {
    // A RegExp's source escapes "/", so both are compiled before they are compared.
    const mirrored = Object.fromEntries(PERIOD_TYPES.map((type) => [type, PERIOD_FORMATS[type].pattern.source]));
    const contracted = Object.fromEntries(Object.entries(formats).map(([type, format]) => [type, new RegExp(format.pattern).source]));
    expect(mirrored).toEqual(contracted);
  });

  it('have the contract’s example for each period type', () => {
    const mirrored = Object.fromEntries(PERIOD_TYPES.map((type) => [type, periodExample(type)]));
    expect(mirrored).toEqual(Object.fromEntries(Object.entries(formats).map(([type, format]) => [type, format.example])));
  });

  it('read each example as a period of its own type', () => {
    for (const type of PERIOD_TYPES) expect(isPeriodOf(periodExample(type), type), type).toBe(true);
  });
});

describe('periodStart', () => {
  it('reads each period type the API uses', () => {
    expect(periodStart('2025-Q2', 'quarter')).toEqual(new Date(2025, 3, 1));
    expect(periodStart('2025-06', 'month')).toEqual(new Date(2025, 5, 1));
    expect(periodStart('2024/25', 'academic_year')).toEqual(new Date(2024, 8, 1));
    expect(periodStart('2024-25', 'financial_year')).toEqual(new Date(2024, 3, 1));
    expect(periodStart('2025', 'calendar_year')).toEqual(new Date(2025, 0, 1));
    expect(periodStart('2024/25 Autumn', 'term')).toEqual(new Date(2024, 8, 1));
    expect(periodStart('2024/25 Spring', 'term')).toEqual(new Date(2025, 0, 1));
    expect(periodStart('January 2025', 'snapshot')).toEqual(new Date(2025, 0, 1));
    expect(periodStart('May 2025', 'snapshot')).toEqual(new Date(2025, 4, 1));
  });

  it('reads the same text by the indicator’s period type', () => {
    expect(periodStart('2011-12', 'financial_year')).toEqual(new Date(2011, 3, 1));
    expect(periodStart('2011-12', 'month')).toEqual(new Date(2011, 11, 1));
    expect(periodStart('2023-24', 'month')).toBeUndefined();
  });

  it('refuses text in another format', () => {
    expect(periodStart('2025-Q5', 'quarter')).toBeUndefined();
    expect(periodStart('2025-q1', 'quarter')).toBeUndefined();
    expect(periodStart('2025-13', 'month')).toBeUndefined();
    expect(periodStart('2024/26', 'academic_year')).toBeUndefined();
    expect(periodStart('2024-26', 'financial_year')).toBeUndefined();
    expect(periodStart('2024/25', 'financial_year')).toBeUndefined();
    expect(periodStart('2025-06', 'quarter')).toBeUndefined();
    expect(periodStart('Janvier 2025', 'snapshot')).toBeUndefined();
  });

  it('follows a century’s turn', () => {
    expect(periodStart('1999/00', 'academic_year')).toEqual(new Date(1999, 8, 1));
  });
});

describe('newestFirst', () => {
  it('orders periods by when they start, not as text', () => {
    expect(newestFirst(['2023/24 Summer', '2023/24 Autumn', '2023/24 Spring'], 'term')).toEqual(['2023/24 Summer', '2023/24 Spring', '2023/24 Autumn']);
    expect(newestFirst(['March 2024', 'January 2025', 'November 2024'], 'snapshot')).toEqual(['January 2025', 'November 2024', 'March 2024']);
  });

  it('keeps what is not a period of the type after the periods', () => {
    expect(newestFirst(['odd', '2022-23', '2023-24'], 'financial_year')).toEqual(['2023-24', '2022-23', 'odd']);
  });
});

describe('periods in words', () => {
  it('say what to enter, with the contract’s example', () => {
    expect(periodHint('quarter')).toBe(`Enter a quarter, for example ${periodExample('quarter')}`);
    expect(periodHint('financial_year')).toBe(`Enter a financial year, for example ${periodExample('financial_year')}`);
  });

  it('say what a period covers', () => {
    expect(periodInWords('2023-24', 'financial_year')).toBe('2023-24 (financial year, April 2023 to March 2024)');
    expect(periodInWords('2023/24', 'academic_year')).toBe('2023/24 (academic year, September 2023 to August 2024)');
    expect(periodInWords('2024-Q1', 'quarter')).toBe('2024-Q1 (January to March 2024)');
    expect(periodInWords('2024-03', 'month')).toBe('2024-03 (March 2024)');
    expect(periodInWords('2023/24 Autumn', 'term')).toBe('2023/24 Autumn (autumn term of the 2023/24 academic year)');
  });

  it('leave text that is not a period of the type as it is', () => {
    expect(periodInWords('latest', 'calendar_year')).toBe('latest');
  });
});

describe('periodChoiceProblem', () => {
  const byFinancialYear: Pick<Indicator, 'name' | 'periodType' | 'periods'> = { name: 'Families receiving short breaks', periodType: 'financial_year', periods: ['2024-25'] };

  it('takes a period of the indicator’s type, one it lists, “latest”, or none', () => {
    expect(periodChoiceProblem('2023-24', { ...byFinancialYear, periods: [] })).toBeUndefined();
    expect(periodChoiceProblem('2024-25', byFinancialYear)).toBeUndefined();
    expect(periodChoiceProblem('latest', byFinancialYear)).toBeUndefined();
    expect(periodChoiceProblem(undefined, byFinancialYear)).toBeUndefined();
  });

  it('says how the indicator is counted when the period is of another type', () => {
    expect(periodChoiceProblem('2023/24', byFinancialYear)).toBe(
      `“2023/24” is not a period of Families receiving short breaks, which is counted by financial year: for example ${periodExample('financial_year')}.`,
    );
  });
});
