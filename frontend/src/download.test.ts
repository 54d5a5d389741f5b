import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download';

describe('fileNameFrom', () => {
  it('joins the parts as lower-case words separated by hyphens', () => {
    expect(fileNameFrom('ehcp-issued-within-20-weeks', '2023/24 Autumn', 'sen_support', 'Bristol, City of')).toBe(
      'ehcp-issued-within-20-weeks-2023-24-autumn-sen-support-bristol-city-of',
    );
  });

  it('leaves out missing parts and accents', () => {
    expect(fileNameFrom('Café', undefined, '', 'trend')).toBe('cafe-trend');
  });
});
