import { describe, expect, it } from 'vitest';
import { somersetSummary, lambethSummary, london, londonArea, wandsworth, wandsworthSummary } from '../testing/fixtures';
import { renderArea, statisticalNeighboursTable } from './area';

const cellTexts = (row: Element) => [...row.children].map((cell) => cell.textContent?.trim());

/** The summary list as [key, value] pairs. */
function facts(content: HTMLElement): [string | undefined, string | undefined][] {
  return [...content.querySelectorAll('.govuk-summary-list__row')].map((row) => [
    row.querySelector('dt')?.textContent?.trim(),
    row.querySelector('dd')?.textContent?.trim(),
  ]);
}

describe('statisticalNeighboursTable', () => {
  const table = statisticalNeighboursTable('Wandsworth', wandsworth.statisticalNeighbours);

  it('has a caption and column headers scoped to their columns', () => {
    expect(table.caption?.textContent).toBe('Wandsworth’s statistical neighbours, closest first');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map((header) => header.textContent)).toEqual(['Rank', 'Local authority', 'Closeness', 'DfE LA number']);
    expect(headers.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
  });

  it('has one row per neighbour, closest first, named by a row header that links to its page', () => {
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(10);
    expect(cellTexts(rows[0]!)).toEqual(['1', 'Hammersmith and Fulham', 'Close', '205']);
    expect(cellTexts(rows[3]!)).toEqual(['4', 'Lambeth', 'Somewhat close', '208']);

    const lambeth = rows[3]!.querySelector('th[scope="row"] a');
    expect(lambeth?.getAttribute('href')).toBe('?area=E09000022');
  });

  it('orders neighbours by rank whatever order they arrive in', () => {
    const shuffled = [...wandsworth.statisticalNeighbours].reverse();
    const rows = [...statisticalNeighboursTable('Wandsworth', shuffled).querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(
      wandsworth.statisticalNeighbours.map((neighbour) => neighbour.name),
    );
  });

  it('right-aligns the rank, as a number', () => {
    expect(table.querySelector('tbody td')?.classList.contains('govuk-table__cell--numeric')).toBe(true);
  });
});

describe('renderArea', () => {
  it('titles the page with the area name and links the breadcrumbs back home and to the region', () => {
    const page = renderArea(wandsworth);

    expect(page.title).toBe('Wandsworth');
    expect(page.content.querySelector('h1')?.textContent).toBe('Local authorityWandsworth');
    const crumbs = [...(page.breadcrumbs?.querySelectorAll('a') ?? [])];
    expect(crumbs.map((crumb) => [crumb.textContent, crumb.getAttribute('href')])).toEqual([
      ['Home', './'],
      ['London', '?area=E12000007'],
    ]);
  });

  it('describes the area in words, with its codes and a link to its region', () => {
    const page = renderArea(wandsworth);

    expect(facts(page.content)).toEqual([
      ['Type', 'Local authority'],
      ['ONS code', 'E09000032'],
      ['DfE local authority number', '212'],
      ['Kind of local authority', 'Inner London borough'],
      ['Region', 'London'],
      ['Other codes', 'None'],
    ]);
    expect(page.content.querySelector('dd a')?.getAttribute('href')).toBe('?area=E12000007');
  });

  it('lists the other codes an area is known by', () => {
    const somerset = { ...somersetSummary, statisticalNeighbours: [] };
    expect(facts(renderArea(somerset).content)).toContainEqual(['Other codes', 'E10000027']);
  });

  it('names the statistical neighbour model as the source', () => {
    const source = [...renderArea(wandsworth).content.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Source:'));
    expect(source?.textContent).toBe("Source: DfE Children's Services Statistical Neighbour Benchmarking Tool, May 2025");
  });

  it('lets the neighbours table scroll in its own labelled box that keyboard users can reach', () => {
    const table = renderArea(wandsworth).content.querySelector('table');
    const box = table?.parentElement;
    expect(box?.getAttribute('role')).toBe('region');
    expect(box?.getAttribute('tabindex')).toBe('0');
    expect(table?.caption?.id).toBeTruthy();
    expect(box?.getAttribute('aria-labelledby')).toBe(table?.caption?.id);
  });

  it('says so when a local authority has no published neighbours', () => {
    const content = renderArea({ ...wandsworth, statisticalNeighbours: [], statisticalNeighbourModel: null }).content;
    expect(content.querySelector('table')).toBeNull();
    expect(content.textContent).toContain('No statistical neighbours are published for Wandsworth.');
  });

  it('shows a region’s local authorities instead of neighbours', () => {
    const page = renderArea(londonArea, { heading: 'Local authorities in London', areas: [lambethSummary, wandsworthSummary] });

    expect(page.content.querySelector('table')).toBeNull();
    expect(facts(page.content)).toContainEqual(['Part of', 'England']);
    expect([...page.content.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(['Local authorities in London']);
    expect([...page.content.querySelectorAll('li a')].map((a) => a.getAttribute('href'))).toEqual([
      '?area=E09000022',
      '?area=E09000032',
    ]);
    expect(page.breadcrumbs?.textContent).not.toContain(london.name);
  });

  it('never turns names into markup', () => {
    const page = renderArea({ ...wandsworth, name: '<img src=x onerror=alert(1)>' });
    expect(page.content.querySelector('img')).toBeNull();
    expect(page.content.querySelector('h1')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
