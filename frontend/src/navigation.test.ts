import { afterEach, describe, expect, it } from 'vitest';
import { dashboardLinkFor } from './navigation';

const here = new URL('https://dashboard.example/?area=E09000032');

/** Clicks the element marked data-clicked and returns what the dashboard would make of the click. */
function linkFollowedByClicking(html: string, init: MouseEventInit = {}): HTMLAnchorElement | null {
  document.body.innerHTML = html;
  let followed: HTMLAnchorElement | null = null;
  document.addEventListener(
    'click',
    (event) => {
      followed = dashboardLinkFor(event, here);
      event.preventDefault(); // the test page must not really navigate
    },
    { once: true },
  );
  document
    .querySelector('[data-clicked]')
    ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
  return followed;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('dashboardLinkFor', () => {
  it('handles links to other dashboard pages, including clicks on text inside them', () => {
    const followed = linkFollowedByClicking('<a href="https://dashboard.example/?area=E09000022"><span data-clicked>Lambeth</span></a>');
    expect(followed?.textContent).toBe('Lambeth');
  });

  it('leaves links to other sites to the browser', () => {
    const html = '<a data-clicked href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">OGL</a>';
    expect(linkFollowedByClicking(html)).toBeNull();
  });

  it('leaves the skip link to the browser', () => {
    const html = '<a data-clicked href="https://dashboard.example/?area=E09000032#main-content">Skip</a>';
    expect(linkFollowedByClicking(html)).toBeNull();
  });

  it('leaves clicks that open a new tab or window to the browser', () => {
    const html = '<a data-clicked href="https://dashboard.example/?area=E09000022">Lambeth</a>';
    expect(linkFollowedByClicking(html, { ctrlKey: true })).toBeNull();
    expect(linkFollowedByClicking(html, { metaKey: true })).toBeNull();
    expect(linkFollowedByClicking(html, { button: 1 })).toBeNull();
    expect(linkFollowedByClicking('<a data-clicked target="_blank" href="https://dashboard.example/?area=E09000022">L</a>')).toBeNull();
  });
});
