import { describe, expect, it, vi } from 'vitest';
import type { AreaDirectory } from '../areas';
import {
  bristolSummary,
  darlingtonSummary,
  england,
  lambethSummary,
  london,
  northEast,
  somersetSummary,
  southWest,
  wandsworthSummary,
} from '../testing/fixtures';
import { renderHome, searchResultMessage } from './home';

const directory: AreaDirectory = {
  countries: [england],
  regions: [london, northEast, southWest],
  localAuthorities: [wandsworthSummary, lambethSummary, darlingtonSummary, somersetSummary, bristolSummary],
};

const visible = (elements: Iterable<Element>) => [...elements].filter((element) => !element.closest('[hidden]'));
const visibleAreaNames = (content: HTMLElement) => visible(content.querySelectorAll('li a')).map((a) => a.textContent);
const visibleRegionNames = (content: HTMLElement) => visible(content.querySelectorAll('h2')).map((h) => h.textContent);

function typeInto(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('searchResultMessage', () => {
  it('counts all local authorities when there is no search', () => {
    expect(searchResultMessage(153, '')).toBe('153 local authorities');
  });

  it('says how many match, in singular and plural', () => {
    expect(searchResultMessage(1, ' Wands ')).toBe('1 local authority matches “Wands”');
    expect(searchResultMessage(3, 'ham')).toBe('3 local authorities match “ham”');
    expect(searchResultMessage(0, 'Gotham')).toBe('No local authorities match “Gotham”');
  });
});

describe('renderHome', () => {
  it('lists local authorities under region headings that link to the regions', () => {
    const { title, content } = renderHome(directory, '', () => {});

    expect(title).toBe('SEND local areas in England');
    expect(visibleRegionNames(content)).toEqual(['London', 'North East', 'South West']);
    expect(visibleAreaNames(content)).toEqual(['Lambeth', 'Wandsworth', 'Darlington', 'Bristol, City of', 'Somerset']);
    expect(content.querySelector('h2 a')?.getAttribute('href')).toBe('?area=E12000007');
    expect(content.querySelector('[role="status"]')?.textContent).toBe('5 local authorities');
  });

  it('links to England', () => {
    const { content } = renderHome(directory, '', () => {});
    const link = [...content.querySelectorAll('a')].find((a) => a.textContent === 'England');
    expect(link?.getAttribute('href')).toBe('?area=E92000001');
  });

  it('labels the search box', () => {
    const { content } = renderHome(directory, '', () => {});
    const input = content.querySelector('input');
    expect(content.querySelector(`label[for="${input?.id}"]`)?.textContent).toBe('Search for a local authority');
  });

  it('filters the list as the user types, hiding regions with no matches, and reports the new text', () => {
    const onSearchTextChange = vi.fn();
    const { content } = renderHome(directory, '', onSearchTextChange);

    typeInto(content.querySelector('input')!, 'Wands');

    expect(visibleAreaNames(content)).toEqual(['Wandsworth']);
    expect(visibleRegionNames(content)).toEqual(['London']);
    expect(content.querySelector('[role="status"]')?.textContent).toBe('1 local authority matches “Wands”');
    expect(onSearchTextChange).toHaveBeenCalledWith('Wands');
  });

  it('starts from the search text in the URL', () => {
    const { content } = renderHome(directory, 'bristol', () => {});

    expect(content.querySelector('input')?.value).toBe('bristol');
    expect(visibleAreaNames(content)).toEqual(['Bristol, City of']);
  });

  it('says when nothing matches', () => {
    const { content } = renderHome(directory, 'Gotham', () => {});

    expect(visibleAreaNames(content)).toEqual([]);
    expect(content.querySelector('[role="status"]')?.textContent).toBe('No local authorities match “Gotham”');
  });

  it('does not submit the search form, which would reload the page', () => {
    const { content } = renderHome(directory, '', () => {});
    const submit = new Event('submit', { cancelable: true });
    content.querySelector('form')?.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });
});
