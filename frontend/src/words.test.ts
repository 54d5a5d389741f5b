import { describe, expect, it } from 'vitest';
import type { Comparison, Trend } from './api';
import {
  areaTypeInWords,
  closenessInWords,
  comparisonColour,
  comparisonInWords,
  comparisonMethodInWords,
  countOfLocalAuthorities,
  domainInWords,
  DOMAINS_IN_ORDER,
  localAuthorityKindInWords,
  quartileInWords,
  statusInWords,
  trendArrow,
  trendDirection,
  trendJudgement,
} from './words';

describe('words', () => {
  it('says API codes the way users do', () => {
    expect(areaTypeInWords('local_authority')).toBe('Local authority');
    expect(localAuthorityKindInWords('outer_london_borough')).toBe('Outer London borough');
    expect(closenessInWords('extremely_close')).toBe('Extremely close');
  });

  it('counts local authorities in singular and plural', () => {
    expect(countOfLocalAuthorities(1)).toBe('1 local authority');
    expect(countOfLocalAuthorities(153)).toBe('153 local authorities');
  });
});

describe('domains', () => {
  it('come in the order of the API’s Domain enum, in plain English', () => {
    expect(DOMAINS_IN_ORDER).toEqual([
      'identification_and_ehc_plans',
      'health_access',
      'exclusions_and_absence',
      'outcomes',
      'short_breaks',
      'coproduction_and_redress',
      'accountability',
    ]);
    expect(DOMAINS_IN_ORDER.map(domainInWords)).toEqual([
      'Identification and EHC plans',
      'Health access and waiting lists',
      'Exclusions and absence',
      'Outcomes',
      'Short breaks',
      'Co-production and redress',
      'Accountability',
    ]);
  });
});

describe('comparisonInWords', () => {
  const compared = (outcome: Comparison['outcome'], extra: Partial<Comparison> = {}): Comparison => ({
    outcome,
    method: 'confidence_interval',
    ...extra,
  });

  it('says better, similar or worse than the benchmark', () => {
    expect(comparisonInWords(compared('better'), 'England')).toBe('Better than England');
    expect(comparisonInWords(compared('similar'), 'England')).toBe('Similar to England');
    expect(comparisonInWords(compared('worse'), 'London')).toBe('Worse than London');
  });

  it('says only higher or lower for indicators with no judgement', () => {
    expect(comparisonInWords(compared('higher'), 'England')).toBe('Higher than England');
    expect(comparisonInWords(compared('lower'), 'England')).toBe('Lower than England');
    expect(comparisonColour(compared('higher'))).toBe('neutral');
  });

  it('gives the reason when there was no comparison', () => {
    expect(comparisonInWords(compared('not_compared', { method: 'none', reason: 'The figure is suppressed' }), 'England')).toBe(
      'Not compared: The figure is suppressed',
    );
    expect(comparisonColour(compared('not_compared'))).toBe('none');
  });

  it('says how the comparison was made when that matters', () => {
    expect(comparisonMethodInWords(compared('worse', { significantAt998: true }))).toBe('significant at 99.8%');
    expect(comparisonMethodInWords(compared('similar', { significantAt998: true }))).toBeUndefined();
    expect(comparisonMethodInWords(compared('better', { method: 'quartile', significantAt998: true }))).toBe('by quartile');
    expect(comparisonMethodInWords(compared('not_compared', { method: 'quartile' }))).toBeUndefined();
  });
});

describe('trends', () => {
  const trend = (outcome: Trend['outcome']): Trend => ({ outcome, label: 'label', method: 'method' });

  it('point up, down or across, and say whether that is getting better', () => {
    expect(trendArrow(trend('increasing_and_getting_worse'))).toBe('↑');
    expect(trendJudgement(trend('increasing_and_getting_worse'))).toBe('worse');
    expect(trendArrow(trend('decreasing_and_getting_better'))).toBe('↓');
    expect(trendJudgement(trend('decreasing_and_getting_better'))).toBe('better');
    expect(trendArrow(trend('increasing'))).toBe('↑');
    expect(trendJudgement(trend('increasing'))).toBe('neutral');
    expect(trendArrow(trend('no_significant_change'))).toBe('→');
  });

  it('have no arrow when they cannot be calculated', () => {
    expect(trendDirection(trend('cannot_be_calculated'))).toBe('none');
    expect(trendArrow(trend('cannot_be_calculated'))).toBe('');
  });
});

describe('statusInWords', () => {
  it('makes demo figures unmistakable', () => {
    expect(statusInWords('published')).toBe('Published');
    expect(statusInWords('demo')).toBe('Demo: not real data');
  });

  it('says a submitted figure is not yet published', () => {
    expect(statusInWords('submitted')).toBe('Submitted – not yet published');
  });
});

describe('quartileInWords', () => {
  it('says which end is best, or lowest for indicators with no judgement', () => {
    expect(quartileInWords(1, 'higher_is_better')).toBe('1 (best)');
    expect(quartileInWords(4, 'lower_is_better')).toBe('4 (worst)');
    expect(quartileInWords(2, 'lower_is_better')).toBe('2');
    expect(quartileInWords(1, 'no_judgement')).toBe('1 (lowest)');
  });
});
