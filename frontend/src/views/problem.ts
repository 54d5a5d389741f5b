import { element, link } from '../dom';
import { compareHref, homeHref } from '../urlState';
import { mainHeading, paragraph, type Page } from './page';

export const AREA_NOT_FOUND_TITLE = 'Area not found';
export const SERVICE_PROBLEM_TITLE = 'Sorry, there is a problem with the service';

/** `detail` is the API's own explanation, e.g. "No area has the code 'NOPE'." */
export function renderAreaNotFound(detail: string): Page {
  return {
    title: AREA_NOT_FOUND_TITLE,
    content: element(
      'div',
      {},
      mainHeading(AREA_NOT_FOUND_TITLE),
      paragraph(detail),
      paragraph('Check the link, or ', link(homeHref(), 'find the area in the list of all local areas'), '.'),
    ),
  };
}

export const INDICATOR_NOT_FOUND_TITLE = 'Indicator not found';
export const FIGURES_NOT_FOUND_TITLE = 'Figures not found';

/** An indicator, period or breakdown the API has no figures for; `detail` explains which. */
export function renderNotFound(title: string, detail: string): Page {
  return {
    title,
    content: element(
      'div',
      {},
      mainHeading(title),
      paragraph(detail),
      paragraph(
        'Check the link, or ',
        link(compareHref(), 'choose an indicator to compare local authorities'),
        ' or ',
        link(homeHref(), 'find an area'),
        '.',
      ),
    ),
  };
}

export function renderServiceProblem(): Page {
  return {
    title: SERVICE_PROBLEM_TITLE,
    content: element(
      'div',
      {},
      mainHeading(SERVICE_PROBLEM_TITLE),
      paragraph('The dashboard could not get data from the SEND Insight API.'),
      paragraph('Try again later. If the problem continues, ', link('https://gitlab.com/send-insight/send-insight/-/issues', 'tell us about it'), '.'),
    ),
  };
}
