import { ServiceUnavailableError, SignInRefusedError, TooManySignInsError } from '../api';
import { element, link } from '../dom';
import { roleInWords, type Session } from '../session';
import { homeHref, signOutHref } from '../urlState';
import { errorSummary, formField, type ErrorLine } from './formErrors';
import { breadcrumbs, mainHeading, paragraph, type Page } from './page';

export const SIGN_IN_TITLE = 'Sign in';

export interface SignInOptions {
  /** Who is signed in already, if anyone. */
  session: Session | undefined;
  /** Signs in; rejects with SignInRefusedError, TooManySignInsError or ServiceUnavailableError. */
  signIn(username: string, password: string): Promise<void>;
  /** Goes on to the page the user came for once signed in. */
  continueTo(): void;
  /** Shown above the form, e.g. "Your sign-in has ended. Sign in again". */
  reason?: string | undefined;
}

/** The sign-in page for area leaders, advisers and administrators. */
export function renderSignIn(options: SignInOptions): Page {
  const username = formField(
    element('input', { class: 'govuk-input govuk-!-width-one-half app-input', id: 'username', name: 'username', type: 'text', autocomplete: 'username', spellcheck: 'false', autocapitalize: 'none' }),
    { label: 'Username' },
  );
  const password = formField(
    element('input', { class: 'govuk-input govuk-!-width-one-half app-input', id: 'password', name: 'password', type: 'password', autocomplete: 'current-password' }),
    { label: 'Password' },
  );
  const summarySlot = element('div', {});
  const button = element('button', { type: 'submit', class: 'govuk-button' }, 'Sign in');
  const form = element('form', { method: 'post', novalidate: true, 'aria-label': 'Sign in' }, username.group, password.group, button);

  const showErrors = (lines: ErrorLine[], fieldErrors: { username?: string; password?: string }) => {
    username.showError(fieldErrors.username);
    password.showError(fieldErrors.password);
    if (lines.length === 0) {
      summarySlot.replaceChildren();
      return;
    }
    const summary = errorSummary(lines);
    summarySlot.replaceChildren(summary);
    summary.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const usernameText = (username.control as HTMLInputElement).value.trim();
    const passwordText = (password.control as HTMLInputElement).value;
    const missing: ErrorLine[] = [];
    const fieldErrors: { username?: string; password?: string } = {};
    if (usernameText === '') {
      missing.push({ text: 'Enter your username', fieldId: 'username' });
      fieldErrors.username = 'Enter your username';
    }
    if (passwordText === '') {
      missing.push({ text: 'Enter your password', fieldId: 'password' });
      fieldErrors.password = 'Enter your password';
    }
    if (missing.length > 0) {
      showErrors(missing, fieldErrors);
      return;
    }
    button.disabled = true;
    options
      .signIn(usernameText, passwordText)
      .then(() => options.continueTo())
      .catch((error: unknown) => {
        const [lines, errors] = signInProblem(error);
        showErrors(lines, errors);
      })
      .finally(() => {
        button.disabled = false;
      });
  });

  const signedIn = options.session
    ? element(
        'div',
        { class: 'govuk-inset-text' },
        `You are signed in as ${options.session.username} (${roleInWords(options.session)}). `,
        link(signOutHref(), 'Sign out'),
        ' to sign in as someone else.',
      )
    : null;

  return {
    title: SIGN_IN_TITLE,
    breadcrumbs: breadcrumbs([{ text: 'Home', href: homeHref() }]),
    content: element(
      'div',
      { class: 'govuk-grid-row' },
      element(
        'div',
        { class: 'govuk-grid-column-two-thirds' },
        summarySlot,
        mainHeading(SIGN_IN_TITLE),
        options.reason ? paragraph(options.reason) : null,
        signedIn,
        paragraph('Local area leaders sign in to submit their area’s figures; advisers and administrators sign in to check and publish them. Everything else in SEND Insight is open to all without signing in.'),
        form,
      ),
    ),
  };
}

function signInProblem(error: unknown): [ErrorLine[], { username?: string; password?: string }] {
  if (error instanceof SignInRefusedError) {
    return [[{ text: error.detail, fieldId: 'password' }], { password: error.detail }];
  }
  if (error instanceof TooManySignInsError) {
    const wait = error.retryAfterSeconds ? ` Try again in ${minutesInWords(error.retryAfterSeconds)}.` : ' Try again later.';
    const text = `${error.detail.replace(/\s*$/, '')}${/[.!]$/.test(error.detail.trim()) ? '' : '.'}${wait}`;
    return [[{ text, fieldId: 'username' }], { username: text }];
  }
  if (!(error instanceof ServiceUnavailableError)) console.error(error);
  return [[{ text: 'Sorry, signing in is not working at the moment. Try again later.' }], {}];
}

/** "1 minute", "15 minutes": rounded up, as waiting less than the API asks would fail again. */
export function minutesInWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
