/**
 * The link a click should open inside the dashboard, or null when the browser should handle it:
 * links elsewhere, to a fragment (the skip link), or opened in a new tab or window.
 */
export function dashboardLinkFor(event: MouseEvent, current: Location | URL): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const target = event.target;
  const anchor = target instanceof Element ? target.closest('a') : null;
  if (!anchor || !anchor.href || anchor.hasAttribute('download')) return null;
  if (anchor.target && anchor.target !== '_self') return null;
  const destination = new URL(anchor.href);
  const isSamePage = destination.origin === current.origin && destination.pathname === current.pathname;
  return isSamePage && destination.hash === '' ? anchor : null;
}
