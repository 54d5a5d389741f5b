import { describe, expect, it } from 'vitest';
import { areaTypeInWords, closenessInWords, countOfLocalAuthorities, localAuthorityKindInWords } from './words';

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
