import { describe, expect, it } from 'vitest';
import type { Comparison, Trend } from './api';
import {
  areasInWords,
  areaTypeInWords,
  closenessInWords,
  comparisonColour,
  comparisonInWords,
  comparisonMethodInWords,
  countOfLocalAuthorities,
  domainInWords,
  DOMAINS_IN_ORDER,
  localAuthorityKindInWords,
  ordinal,
  quarterInWords,
  statusInWords,
  trendArrow,
  trendDirection,
  trendInWords,
  trendJudgement,
  valueQuarter,
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

  it('names areas of each type in the plural', () => {
    expect(areasInWords('local_authority')).toBe('local authorities');
    expect(areasInWords('sub_icb')).toBe('sub-ICB locations');
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
    label: '',
    ...extra,
  });

  it('shows the API’s label, which says how the comparison was made', () => {
    const label = 'Higher than England (no confidence interval, so not tested)';
    expect(comparisonInWords(compared('higher', { method: 'position', label }), 'England')).toBe(label);
  });

  it('says better, similar or worse by confidence interval when the API sent no label', () => {
    expect(comparisonInWords(compared('better'), 'England')).toBe('Better than England');
    expect(comparisonInWords(compared('similar', { significantAt998: true }), 'England')).toBe('Similar to England');
    expect(comparisonInWords(compared('worse', { significantAt998: true }), 'London')).toBe('Worse than London (significant at 99.8%)');
    expect(comparisonInWords(compared('higher'), 'England')).toBe('Higher than England');
  });

  it('never says better or worse for a position, and says it was not tested', () => {
    expect(comparisonInWords(compared('higher', { method: 'position' }), 'England')).toBe('Higher than England – not tested');
    expect(comparisonInWords(compared('equal', { method: 'position' }), 'England')).toBe('Equal to England – not tested');
    expect(comparisonInWords(compared('lower', { method: 'position', rank: 11, rankedOf: 11 }), 'the neighbours’ mean')).toBe(
      'Lower than the neighbours’ mean, 11th of 11 – not tested',
    );
  });

  it('gives the reason when there was no comparison', () => {
    expect(comparisonInWords(compared('not_compared', { method: 'none', reason: 'demo figure' }), 'England')).toBe('Not compared: demo figure');
  });
});

describe('comparisonColour', () => {
  const compared = (outcome: Comparison['outcome'], method: Comparison['method']): Comparison => ({ outcome, method, label: 'label' });

  it('judges in colour only what a confidence interval tested', () => {
    expect(comparisonColour(compared('better', 'confidence_interval'))).toBe('better');
    expect(comparisonColour(compared('worse', 'confidence_interval'))).toBe('worse');
    expect(comparisonColour(compared('higher', 'confidence_interval'))).toBe('neutral');
  });

  it('gives a position its own colour, and no comparison none', () => {
    expect(comparisonColour(compared('higher', 'position'))).toBe('position');
    expect(comparisonColour(compared('lower', 'position'))).toBe('position');
    expect(comparisonColour(compared('not_compared', 'none'))).toBe('none');
  });
});

describe('comparisonMethodInWords', () => {
  it('says significance only of confidence intervals, and that positions are not tested', () => {
    expect(comparisonMethodInWords('confidence_interval')).toMatch(/95% confidence interval.*better or worse/);
    expect(comparisonMethodInWords('position')).toMatch(/no difference is tested/);
    expect(comparisonMethodInWords('position')).not.toMatch(/better|worse|significant/);
    expect(comparisonMethodInWords('none')).toMatch(/^Not compared/);
  });
});

describe('ordinal', () => {
  it('gives English ordinal suffixes, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
  });
});

describe('quarters of local authorities', () => {
  it('read the API’s quartile (1 = best) as a quarter by value', () => {
    expect(valueQuarter(1, 'higher_is_better')).toBe('highest');
    expect(valueQuarter(1, 'lower_is_better')).toBe('lowest');
    expect(valueQuarter(1, 'no_judgement')).toBe('lowest');
    expect(valueQuarter(2, 'higher_is_better')).toBe('second-highest');
    expect(valueQuarter(4, 'lower_is_better')).toBe('highest');
  });

  it('prefer the API’s words, and say nothing without a quartile', () => {
    expect(quarterInWords({ quartile: 1, quartileLabel: 'In the top quarter' }, 'higher_is_better')).toBe('In the top quarter');
    expect(quarterInWords({ quartile: 1, quartileLabel: null }, 'lower_is_better')).toBe('In the lowest quarter of local authorities');
    expect(quarterInWords({ quartile: 3 }, 'no_judgement', 'icb')).toBe('In the second-highest quarter of integrated care boards');
    expect(quarterInWords({ quartile: null }, 'no_judgement')).toBeUndefined();
  });
});

describe('trends', () => {
  const trend = (outcome: Trend['outcome'], extra: Partial<Trend> = {}): Trend => ({ outcome, label: 'label', method: 'method', pointsUsed: 5, ...extra });

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

  it('say why they cannot be calculated, once', () => {
    expect(trendInWords(trend('cannot_be_calculated', { label: 'Cannot be calculated', reason: 'a gap in 2020' }))).toBe('Cannot be calculated: a gap in 2020');
    expect(trendInWords(trend('cannot_be_calculated', { label: 'Cannot be calculated: a gap in 2020', reason: 'a gap in 2020' }))).toBe(
      'Cannot be calculated: a gap in 2020',
    );
    expect(trendInWords(trend('increasing', { label: 'Increasing' }))).toBe('Increasing');
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
