import { describe, expect, it } from 'vitest';
import { renderAreaNotFound, renderServiceProblem } from './problem';

describe('renderAreaNotFound', () => {
  it('says the area was not found, in the API’s words, and links home', () => {
    const { title, content } = renderAreaNotFound("No area has the code 'NOPE'.");

    expect(title).toBe('Area not found');
    expect(content.querySelector('h1')?.textContent).toBe('Area not found');
    expect(content.textContent).toContain("No area has the code 'NOPE'.");
    expect(content.querySelector('a')?.getAttribute('href')).toBe('./');
  });
});

describe('renderServiceProblem', () => {
  it('says the data could not be fetched', () => {
    const { title, content } = renderServiceProblem();

    expect(title).toBe('Sorry, there is a problem with the service');
    expect(content.textContent).toContain('could not get data from the SEND Insight API');
  });
});
