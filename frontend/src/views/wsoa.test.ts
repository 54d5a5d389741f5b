import { describe, expect, it, vi } from 'vitest';
import { ForbiddenError, InvalidRequestError, NotFoundError, SignInRequiredError, type WsoaAction } from '../api';
import { action, wandsworthWsoa } from '../testing/inspectionFixtures';
import { countActions, wsoaSection, wsoaSignInPrompt, type WsoaOptions } from './wsoa';

function render(overrides: Partial<WsoaOptions> = {}) {
  const postUpdate = vi.fn<WsoaOptions['postUpdate']>();
  const postWeakness = vi.fn<WsoaOptions['postWeakness']>();
  const postAction = vi.fn<WsoaOptions['postAction']>();
  const section = wsoaSection(wandsworthWsoa, { areaName: 'Wandsworth', canUpdate: true, postUpdate, postWeakness, postAction, signInAgainHref: '?view=sign-in', ...overrides });
  document.body.replaceChildren(section);
  return { section, postUpdate, postWeakness, postAction };
}

const block = (section: Element, id: number) => section.querySelector<HTMLElement>(`[data-action="${id}"]`)!;
const field = <Control extends HTMLElement>(id: string) => document.getElementById(id) as Control;
const fill = (actionId: number, typed: { status?: string; percent?: string; narrative?: string; evidence?: string }) => {
  if (typed.status !== undefined) field<HTMLSelectElement>(`action-${actionId}-status`).value = typed.status;
  if (typed.percent !== undefined) field<HTMLInputElement>(`action-${actionId}-percent`).value = typed.percent;
  if (typed.narrative !== undefined) field<HTMLTextAreaElement>(`action-${actionId}-narrative`).value = typed.narrative;
  if (typed.evidence !== undefined) field<HTMLInputElement>(`action-${actionId}-evidence`).value = typed.evidence;
};
const send = (section: Element, actionId: number) => block(section, actionId).querySelector('form')!.requestSubmit();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('wsoaSection', () => {
  it('warns that demo plans are examples and marks every demo item', () => {
    const { section } = render();
    expect(section.querySelector('.app-demo-warning')?.textContent).toContain('They are not Wandsworth’s real plan.');
    expect(section.querySelectorAll('.app-weakness .app-tag--demo').length).toBeGreaterThanOrEqual(2 + 3 + 2);
    expect(section.querySelector('#weakness-1')?.textContent).toBe('Significant weakness 1Demo');
  });

  it('says what Ofsted found and counts the actions by status in words', () => {
    const { section } = render();
    expect(section.textContent).toContain('found 2 significant weaknesses. The revisit published 30 June 2022 found: sufficient progress on every weakness.');
    expect(section.querySelector('.app-action-counts')?.textContent).toBe('3 actions:Not started 1On track 0At risk 1Off track 0Complete 1');
  });

  it('shows each action’s owner, due date with overdue flag, status in words and progress as a bar with the percentage', () => {
    const { section } = render();
    const first = block(section, 101);
    const facts = [...first.querySelectorAll('.govuk-summary-list__row')].map((row) => row.textContent);
    expect(facts).toEqual([
      "OwnerDemo: Head of Children's Commissioning (ICB)",
      'Due27 December 2020Overdue',
      'StatusAt risk',
      'Progress55%55% complete',
    ]);
    const bar = first.querySelector('progress')!;
    expect([bar.getAttribute('value'), bar.getAttribute('max'), bar.getAttribute('aria-label')]).toEqual(['55', '100', 'Progress on Demo: Commission additional autism assessment capacity']);
    expect(first.querySelector('.govuk-tag--yellow')?.textContent).toBe('At risk');
  });

  it('lists the progress updates newest first, with who, when, status, evidence and the demo mark', () => {
    const { section } = render();
    const items = [...block(section, 101).querySelectorAll('.app-timeline__item')];
    expect(items.map((item) => item.querySelector('.app-timeline__narrative')?.textContent)).toEqual(['Demo: Two clinicians left.', 'Demo: Extra sessions commissioned.']);
    expect(items[0]?.textContent).toContain('27 Sept 2020, 11:00 by demo.leaderDemo');
    expect(items[1]?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/minutes.pdf');
    expect(block(section, 103).textContent).toContain('No progress has been recorded yet.');
  });

  it('offers the update form only to those who may update', () => {
    expect(render().section.querySelectorAll('.app-wsoa-update form')).toHaveLength(3);
    expect(render({ canUpdate: false }).section.querySelectorAll('form')).toHaveLength(0);
  });

  it('refuses a bad update before sending it, in the error summary linked to each field, keeping what was typed', () => {
    const { section, postUpdate } = render();
    fill(101, { status: 'complete', percent: '80', narrative: '', evidence: 'not a link' });
    send(section, 101);

    const summary = block(section, 101).querySelector('.govuk-error-summary')!;
    expect([...summary.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Percent complete must be 100 when the status is Complete', '#action-101-percent'],
      ['Enter what was done', '#action-101-narrative'],
      ['Evidence link must be a web address starting http:// or https://, 500 characters or fewer', '#action-101-evidence'],
    ]);
    expect(document.activeElement).toBe(summary);
    expect(field<HTMLInputElement>('action-101-percent').classList.contains('govuk-input--error')).toBe(true);
    expect(document.getElementById('action-101-percent-error')?.textContent).toBe('Error: Percent complete must be 100 when the status is Complete');
    expect(field<HTMLInputElement>('action-101-percent').value).toBe('80');
    expect(postUpdate).not.toHaveBeenCalled();
  });

  it('sends a good update and shows the action’s new status, bar and history, and the new counts', async () => {
    const { section, postUpdate } = render();
    const updated: WsoaAction = action({
      status: 'on_track',
      percentComplete: 70,
      overdue: true,
      updates: [{ id: 3, at: '2026-11-23T12:00:00Z', author: 'leader.wandsworth', status: 'on_track', percentComplete: 70, narrative: 'Agency cover in place.', demo: false }, ...action().updates],
    });
    postUpdate.mockResolvedValue(updated);
    fill(101, { status: 'on_track', percent: '70', narrative: ' Agency cover in place. ', evidence: '' });
    send(section, 101);
    await settle();

    expect(postUpdate).toHaveBeenCalledWith(101, { status: 'on_track', percentComplete: 70, narrative: 'Agency cover in place.' });
    const shown = block(section, 101);
    expect(shown.querySelector('.govuk-notification-banner')?.textContent).toContain('Progress recorded: On track, 70% complete');
    expect(document.activeElement).toBe(shown.querySelector('.govuk-notification-banner'));
    expect(shown.querySelector('progress')?.getAttribute('value')).toBe('70');
    expect(shown.querySelector('.app-timeline__narrative')?.textContent).toBe('Agency cover in place.');
    expect(shown.querySelector('.app-timeline__item')?.classList.contains('app-timeline__item--demo')).toBe(false);
    expect(section.querySelector('.app-action-counts')?.textContent).toBe('3 actions:Not started 1On track 1At risk 0Off track 0Complete 1');
  });

  it('shows the API’s own field errors when it refuses, and changes nothing', async () => {
    const { section, postUpdate } = render();
    postUpdate.mockRejectedValue(
      new InvalidRequestError({ type: 'about:blank', title: 'Invalid request', status: 400, errors: [{ field: 'narrative', message: 'must be at most 2000 characters' }] }),
    );
    const historyBefore = block(section, 101).querySelector('.app-timeline')?.textContent;
    fill(101, { status: 'on_track', percent: '60', narrative: 'Done.' });
    send(section, 101);
    await settle();

    const summary = block(section, 101).querySelector('.govuk-error-summary')!;
    expect(summary.querySelector('a')?.textContent).toBe('What was done must be at most 2000 characters');
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('#action-101-narrative');
    expect(document.getElementById('action-101-narrative-error')?.hidden).toBe(false);
    expect(block(section, 101).querySelector('.app-timeline')?.textContent).toBe(historyBefore);
    expect(block(section, 101).querySelector('progress')?.getAttribute('value')).toBe('55');
  });

  it('asks to sign in again when the sign-in has ended, and shows the API’s refusal for another area', async () => {
    const { section, postUpdate } = render();
    postUpdate.mockRejectedValueOnce(new SignInRequiredError('expired'));
    fill(101, { status: 'on_track', percent: '60', narrative: 'Done.' });
    send(section, 101);
    await settle();
    expect(block(section, 101).querySelector('.govuk-error-summary')?.textContent).toContain('Your sign-in has ended, so the update was not saved. Sign in again');

    postUpdate.mockRejectedValueOnce(new ForbiddenError('Only the area’s leaders and administrators update its WSOA actions.'));
    send(section, 101);
    await settle();
    expect(block(section, 101).querySelector('.govuk-error-summary')?.textContent).toContain('Only the area’s leaders and administrators update its WSOA actions.');
  });

  it('says when the area had no WSOA', () => {
    const section = wsoaSection({ ...wandsworthWsoa, wsoaRequired: false, weaknesses: [], demo: false }, { areaName: 'Lambeth', canUpdate: false, postUpdate: vi.fn(), postWeakness: vi.fn(), postAction: vi.fn(), signInAgainHref: '' });
    expect(section.textContent).toContain('Lambeth did not have to write a written statement of action.');
  });
});

describe('wsoaSignInPrompt', () => {
  it('says who may see the plan and links to sign in', () => {
    const prompt = wsoaSignInPrompt('Wandsworth', '?view=sign-in&return=%3Farea%3DE09000032');
    expect(prompt.textContent).toContain('shown to Wandsworth’s area leaders, to advisers and to administrators');
    expect(prompt.querySelector('a')?.getAttribute('href')).toBe('?view=sign-in&return=%3Farea%3DE09000032');
  });
});

describe('countActions', () => {
  it('counts every status, with zeros', () => {
    expect(countActions([{ status: 'complete' }, { status: 'complete' }, { status: 'off_track' }])).toEqual({ not_started: 0, on_track: 0, at_risk: 0, off_track: 1, complete: 2 });
  });
});

describe('recording weaknesses and actions', () => {
  const oneRecorded = { ...wandsworthWsoa, weaknesses: wandsworthWsoa.weaknesses.slice(0, 1) };
  const renderPlan = (plan = oneRecorded, canUpdate = true) => {
    const options: WsoaOptions = {
      areaName: 'Wandsworth',
      canUpdate,
      postUpdate: vi.fn(),
      postWeakness: vi.fn<WsoaOptions['postWeakness']>(),
      postAction: vi.fn<WsoaOptions['postAction']>(),
      signInAgainHref: '?view=sign-in',
    };
    const section = wsoaSection(plan, options);
    document.body.replaceChildren(section);
    return { section, options, postWeakness: vi.mocked(options.postWeakness), postAction: vi.mocked(options.postAction) };
  };
  const current = () => document.getElementById('wsoa')!;
  const weaknessForm = () => current().querySelector<HTMLFormElement>('.app-add-weakness form');
  const actionFormOf = (weaknessId: number) => current().querySelector<HTMLFormElement>(`[data-weakness="${weaknessId}"] .app-wsoa-add-action form`)!;
  const typeAction = (weaknessId: number, typed: { title: string; owner: string; day: string; month: string; year: string }) => {
    field<HTMLInputElement>(`weakness-${weaknessId}-action-title`).value = typed.title;
    field<HTMLInputElement>(`weakness-${weaknessId}-action-owner`).value = typed.owner;
    field<HTMLInputElement>(`weakness-${weaknessId}-action-due-day`).value = typed.day;
    field<HTMLInputElement>(`weakness-${weaknessId}-action-due-month`).value = typed.month;
    field<HTMLInputElement>(`weakness-${weaknessId}-action-due-year`).value = typed.year;
  };

  it('offers the weakness form, saying how many are recorded, only while fewer are recorded than Ofsted found', () => {
    renderPlan();
    expect(current().querySelector('.app-add-weakness')?.textContent).toContain('1 of 2 recorded');
    expect(field<HTMLSelectElement>('weakness-theme').options[1]?.textContent).toBe('Leadership and governance');
    renderPlan(wandsworthWsoa);
    expect(weaknessForm()).toBeNull();
    expect(current().querySelectorAll('.app-wsoa-add-action form')).toHaveLength(2);
    renderPlan(oneRecorded, false);
    expect(weaknessForm()).toBeNull();
    expect(current().querySelectorAll('.app-wsoa-add-action')).toHaveLength(0);
  });

  it('refuses an empty weakness before sending it, in the error summary linked to each field', () => {
    const { postWeakness } = renderPlan();
    weaknessForm()!.requestSubmit();
    const summary = current().querySelector('.app-add-weakness .govuk-error-summary')!;
    expect([...summary.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Enter the weakness as the inspection report words it', '#weakness-text'],
      ['Select the theme of the weakness', '#weakness-theme'],
    ]);
    expect(document.activeElement).toBe(summary);
    expect(field<HTMLSelectElement>('weakness-theme').classList.contains('govuk-select--error')).toBe(true);
    expect(postWeakness).not.toHaveBeenCalled();
  });

  it('records a weakness and shows it, with its own action form, and no more weakness form once all are recorded', async () => {
    const { postWeakness } = renderPlan();
    postWeakness.mockResolvedValue({ id: 9, number: 2, text: 'Leaders do not listen to families.', theme: 'coproduction', demo: false, actions: [] });
    field<HTMLTextAreaElement>('weakness-text').value = ' Leaders do not listen to families. ';
    field<HTMLSelectElement>('weakness-theme').value = 'coproduction';
    weaknessForm()!.requestSubmit();
    await settle();

    expect(postWeakness).toHaveBeenCalledWith({ text: 'Leaders do not listen to families.', theme: 'coproduction' });
    const added = current().querySelector('[data-weakness="9"]')!;
    expect(added.querySelector('#weakness-9')?.textContent).toBe('Significant weakness 2');
    expect(added.querySelector('.govuk-notification-banner')?.textContent).toContain('Significant weakness 2 recorded');
    expect(document.activeElement).toBe(added.querySelector('.govuk-notification-banner'));
    expect(added.querySelector('.app-wsoa-add-action form')).not.toBeNull();
    expect(weaknessForm()).toBeNull();
  });

  it('shows the API’s refusal of a weakness, on the field it names or as the API words it', async () => {
    const { postWeakness } = renderPlan();
    postWeakness.mockRejectedValue(
      new InvalidRequestError({
        type: 'about:blank',
        title: 'Invalid request',
        status: 400,
        errors: [
          { field: 'text', message: 'must be at most 1000 characters' },
          { field: 'code', message: 'already has all 2 significant weaknesses the inspection found' },
        ],
      }),
    );
    field<HTMLTextAreaElement>('weakness-text').value = 'Too slow.';
    field<HTMLSelectElement>('weakness-theme').value = 'health_waits';
    weaknessForm()!.requestSubmit();
    await settle();
    const items = [...current().querySelectorAll('.app-add-weakness .govuk-error-summary li')];
    expect(items.map((item) => [item.textContent, item.querySelector('a')?.getAttribute('href')])).toEqual([
      ['The weakness must be at most 1000 characters', '#weakness-text'],
      ['Wandsworth already has all 2 significant weaknesses the inspection found', undefined],
    ]);
    expect(field<HTMLTextAreaElement>('weakness-text').value).toBe('Too slow.');
  });

  it('refuses an action with no title, owner or date before sending it, linking the date to its day box', () => {
    const { postAction } = renderPlan();
    actionFormOf(1).requestSubmit();
    const summary = actionFormOf(1).querySelector('.govuk-error-summary')!;
    expect([...summary.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Enter what the action is', '#weakness-1-action-title'],
      ['Enter who owns the action', '#weakness-1-action-owner'],
      ['Enter the date the action is due', '#weakness-1-action-due-day'],
    ]);
    expect(document.getElementById('weakness-1-action-due-error')?.textContent).toBe('Error: Enter the date the action is due');
    expect(field<HTMLInputElement>('weakness-1-action-due-year').classList.contains('govuk-input--error')).toBe(true);
    expect(postAction).not.toHaveBeenCalled();
  });

  it('adds an action and shows it under its weakness, not started, with its progress form and the new counts', async () => {
    const { postAction } = renderPlan();
    postAction.mockResolvedValue(action({ id: 555, weaknessId: 1, title: 'Train SENCOs', owner: 'Head of SEND', dueDate: '2027-03-27', status: 'not_started', percentComplete: 0, overdue: false, demo: false, updates: [] }));
    typeAction(1, { title: ' Train SENCOs ', owner: 'Head of SEND', day: '27', month: '3', year: '2027' });
    actionFormOf(1).requestSubmit();
    await settle();

    expect(postAction).toHaveBeenCalledWith(1, { title: 'Train SENCOs', owner: 'Head of SEND', dueDate: '2027-03-27' });
    const weakness = current().querySelector('[data-weakness="1"]')!;
    expect(weakness.querySelector('.govuk-notification-banner')?.textContent).toContain('Action added: Train SENCOs');
    const added = weakness.querySelector('[data-action="555"]')!;
    expect(added.querySelector('.app-wsoa-action__title')?.textContent).toBe('Train SENCOs');
    expect(added.querySelector('.app-wsoa-update form')).not.toBeNull();
    expect(current().querySelector('.app-action-counts')?.textContent).toBe('3 actions:Not started 1On track 0At risk 1Off track 0Complete 1');
  });

  it('keeps progress recorded before an action is added', async () => {
    const { section, options } = renderPlan();
    vi.mocked(options.postUpdate).mockResolvedValue(action({ status: 'on_track', percentComplete: 70 }));
    fill(101, { status: 'on_track', percent: '70', narrative: 'More clinics.' });
    send(section, 101);
    await settle();
    vi.mocked(options.postAction).mockResolvedValue(action({ id: 556, title: 'Another', status: 'not_started', percentComplete: 0, updates: [] }));
    typeAction(1, { title: 'Another', owner: 'Someone', day: '1', month: '1', year: '2030' });
    actionFormOf(1).requestSubmit();
    await settle();
    expect(block(current(), 101).querySelector('progress')?.getAttribute('value')).toBe('70');
  });

  it('shows the API’s refusal of an action, and that another area’s weakness was not found', async () => {
    const { postAction } = renderPlan();
    postAction.mockRejectedValueOnce(new InvalidRequestError({ type: 'about:blank', title: 'Invalid request', status: 400, errors: [{ field: 'dueDate', message: 'must be a date' }] }));
    typeAction(1, { title: 'Train SENCOs', owner: 'Head of SEND', day: '27', month: '3', year: '2027' });
    actionFormOf(1).requestSubmit();
    await settle();
    expect(actionFormOf(1).querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#weakness-1-action-due-day');
    expect(document.getElementById('weakness-1-action-due-error')?.textContent).toBe('Error: The due date must be a date');

    postAction.mockRejectedValueOnce(new NotFoundError('No such weakness in this area.'));
    actionFormOf(1).requestSubmit();
    await settle();
    expect(actionFormOf(1).querySelector('.govuk-error-summary')?.textContent).toContain('No such weakness in this area.');
  });
});
