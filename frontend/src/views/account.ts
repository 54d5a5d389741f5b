import { element, link } from '../dom';
import { roleInWords, type Session } from '../session';
import { signInHref, signOutHref } from '../urlState';

/**
 * The header's account links: "Sign in", or who is signed in, in what role, and "Sign out".
 * `returnTo` is the page to come back to after signing in.
 */
export function accountNavigation(session: Session | undefined, areaName: string | undefined, returnTo: string | undefined): HTMLElement[] {
  const item = (...children: (Node | string)[]) => element('li', { class: 'app-account__item' }, ...children);
  if (!session) {
    return [item(link(signInHref(returnTo), 'Sign in'))];
  }
  return [
    item(element('span', { id: 'signed-in-as' }, `Signed in as ${session.username}, ${roleInWords(session, areaName)}`)),
    item(link(signOutHref(), 'Sign out')),
  ];
}
