import { describe, expect, it } from 'vitest';
import { catalogue, suspension, timeliness } from '../testing/indicatorFixtures';
import { indicatorForm } from './indicatorForm';

const select = (form: HTMLFormElement, id: string) => form.querySelector<HTMLSelectElement>(`#${id}`)!;
const optionTexts = (element: HTMLSelectElement) => [...element.options].map((option) => option.textContent);

describe('indicatorForm', () => {
  it('offers the catalogue grouped by domain, with the shown indicator chosen', () => {
    const form = indicatorForm({ view: 'compare', catalogue, indicator: suspension, period: '2022/23', choosePeriod: true, breakdown: 'no_sen' });
    const groups = [...form.querySelectorAll('optgroup')].map((group) => group.label);
    expect(groups).toEqual(['Identification and EHC plans', 'Exclusions and absence', 'Short breaks', 'Co-production and redress']);
    expect(select(form, 'choose-indicator').value).toBe('suspension-rate');
    expect(select(form, 'choose-period').value).toBe('2022/23');
    expect(select(form, 'choose-breakdown').value).toBe('no_sen');
  });

  it('offers the new indicator’s periods and breakdowns when another is chosen', () => {
    const form = indicatorForm({ view: 'compare', catalogue, indicator: timeliness, choosePeriod: true });
    const breakdownGroup = select(form, 'choose-breakdown').closest('.govuk-form-group') as HTMLElement;
    expect(breakdownGroup.hidden).toBe(true);

    select(form, 'choose-indicator').value = 'suspension-rate';
    select(form, 'choose-indicator').dispatchEvent(new Event('change'));

    expect(optionTexts(select(form, 'choose-period'))).toEqual(['2023/24', '2022/23']);
    expect(optionTexts(select(form, 'choose-breakdown'))).toEqual(['SEN support', 'No identified SEN']);
    expect(breakdownGroup.hidden).toBe(false);
  });

  it('offers periods newest first by when they start, whatever order they came in', () => {
    const byTerm = { ...suspension, periodType: 'term' as const, periods: ['2023/24 Autumn', '2023/24 Summer', '2022/23 Summer', '2023/24 Spring'] };
    const form = indicatorForm({ view: 'compare', catalogue: [byTerm], indicator: byTerm, choosePeriod: true });
    expect(optionTexts(select(form, 'choose-period'))).toEqual(['2023/24 Summer', '2023/24 Spring', '2023/24 Autumn', '2022/23 Summer']);
  });

  it('sends no breakdown for indicators without breakdowns', () => {
    const form = indicatorForm({ view: 'compare', catalogue, indicator: timeliness, choosePeriod: true });
    expect([...new FormData(form)].map(([name]) => name)).not.toContain('breakdown');
  });

  it('labels every control', () => {
    const form = indicatorForm({ view: 'compare', catalogue, indicator: suspension, choosePeriod: true });
    for (const control of form.querySelectorAll('select')) {
      expect(form.querySelector(`label[for="${control.id}"]`)?.textContent).toBeTruthy();
    }
  });

  it('offers no period for an indicator that has no figures yet', () => {
    const form = indicatorForm({ view: 'compare', catalogue, indicator: { ...timeliness, periods: [] }, choosePeriod: true });
    expect((select(form, 'choose-period').closest('.govuk-form-group') as HTMLElement).hidden).toBe(true);
    expect([...new FormData(form)].map(([name]) => name)).not.toContain('period');
  });
});
