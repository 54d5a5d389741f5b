import { element } from '../dom';

/** A button that downloads a file, saying in a live region when that fails. */
export function downloadButton(text: string, download: () => Promise<void>): HTMLElement {
  const button = element('button', { type: 'button', class: 'govuk-button govuk-button--secondary app-download' }, text);
  const status = element('span', { class: 'app-download__status', role: 'status' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = '';
    try {
      await download();
    } catch {
      status.textContent = 'Sorry, the file could not be downloaded. Try again later.';
    } finally {
      button.disabled = false;
    }
  });
  return element('span', { class: 'app-download-group' }, button, status);
}

/** Buttons side by side; left out when printing. */
export function downloadButtons(...buttons: HTMLElement[]): HTMLElement {
  return element('div', { class: 'govuk-button-group app-no-print' }, ...buttons);
}
