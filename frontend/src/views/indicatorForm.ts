import type { AreaRef, Indicator } from '../api';
import { element } from '../dom';
import { newestFirst } from '../periods';
import { domainInWords, DOMAINS_IN_ORDER } from '../words';

/** What the form offers and which choices are already made. */
export interface IndicatorFormOptions {
  view: 'compare' | 'trend';
  catalogue: Indicator[];
  indicator: Indicator;
  /** The period shown; with `choosePeriod` the form lets the user pick another. */
  period?: string | undefined;
  choosePeriod: boolean;
  breakdown?: string | undefined;
  /** Trend: the area, kept as it is. Compare: the area picked out, chosen from `areaChoices`. */
  areaCode?: string | undefined;
  areaChoices?: AreaRef[];
}

/**
 * The choice of indicator, period, breakdown and area, as a GET form whose fields are the URL's
 * query parameters. The page shell turns its submission into a dashboard link, so Back works.
 */
export function indicatorForm(options: IndicatorFormOptions): HTMLFormElement {
  const indicatorSelect = element(
    'select',
    { class: 'govuk-select app-select', id: 'choose-indicator', name: 'indicator' },
    ...indicatorOptionGroups(options.catalogue, options.indicator.id),
  );
  const periodSelect = element('select', { class: 'govuk-select app-select', id: 'choose-period' });
  const breakdownSelect = element('select', { class: 'govuk-select app-select', id: 'choose-breakdown' });
  const breakdownGroup = formGroup('choose-breakdown', 'Breakdown', breakdownSelect);
  const periodGroup = formGroup('choose-period', 'Period', periodSelect);

  const showChoicesOf = (indicator: Indicator, period?: string, breakdown?: string) => {
    periodSelect.replaceChildren(...newestFirst(indicator.periods, indicator.periodType).map((each) => option(each, each, each === period)));
    // An indicator with no figures yet has no periods to offer.
    periodGroup.hidden = indicator.periods.length === 0;
    if (indicator.periods.length > 0) periodSelect.setAttribute('name', 'period');
    else periodSelect.removeAttribute('name');
    breakdownSelect.replaceChildren(...indicator.breakdowns.map((each) => option(each.id, each.name, each.id === breakdown)));
    // A select without a name is not submitted, so indicators without breakdowns get no breakdown parameter.
    const hasBreakdowns = indicator.breakdowns.length > 0;
    breakdownGroup.hidden = !hasBreakdowns;
    if (hasBreakdowns) breakdownSelect.setAttribute('name', 'breakdown');
    else breakdownSelect.removeAttribute('name');
  };
  showChoicesOf(options.indicator, options.period, options.breakdown);
  indicatorSelect.addEventListener('change', () => {
    const chosen = options.catalogue.find((indicator) => indicator.id === indicatorSelect.value);
    if (chosen) showChoicesOf(chosen);
  });

  const areaField =
    options.view === 'trend'
      ? element('input', { type: 'hidden', name: 'area', value: options.areaCode ?? '' })
      : formGroup(
          'choose-area',
          'Local authority to pick out',
          element(
            'select',
            { class: 'govuk-select app-select', id: 'choose-area', name: 'area' },
            option('', 'None', !options.areaCode),
            ...(options.areaChoices ?? []).map((area) => option(area.code, area.name, area.code === options.areaCode)),
          ),
        );

  const form = element(
    'form',
    { method: 'get', action: './', class: 'app-controls app-no-print', 'data-dashboard-form': true, 'aria-label': 'Choose what to show' },
    element('input', { type: 'hidden', name: 'view', value: options.view }),
    options.view === 'trend' ? areaField : null,
    formGroup('choose-indicator', 'Indicator', indicatorSelect),
    options.choosePeriod ? periodGroup : null,
    breakdownGroup,
    options.view === 'compare' ? areaField : null,
    element('button', { type: 'submit', class: 'govuk-button app-controls__submit' }, 'Show'),
  );
  return form;
}

function indicatorOptionGroups(catalogue: Indicator[], selectedId: string): HTMLOptGroupElement[] {
  return DOMAINS_IN_ORDER.map((domain) => ({ domain, indicators: catalogue.filter((indicator) => indicator.domain === domain) }))
    .filter((group) => group.indicators.length > 0)
    .map((group) =>
      element(
        'optgroup',
        { label: domainInWords(group.domain) },
        ...group.indicators.map((indicator) => option(indicator.id, indicator.name, indicator.id === selectedId)),
      ),
    );
}

function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  return element('option', { value, selected }, text);
}

function formGroup(id: string, label: string, control: HTMLElement): HTMLDivElement {
  return element('div', { class: 'govuk-form-group app-controls__group' }, element('label', { class: 'govuk-label', for: id }, label), control);
}
