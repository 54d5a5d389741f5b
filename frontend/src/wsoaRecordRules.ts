/**
 * The rules a new significant weakness and a new action in a WSOA must meet, checked as the user sends them so
 * that mistakes show at once. They mirror the API's rules (NewWeakness and NewAction in openapi.yaml), but the
 * API decides: its own field errors are always shown too.
 */
import type { NewAction, NewWeakness, WeaknessTheme } from './api';
import { THEMES } from './inspectionWords';

export const WEAKNESS_TEXT_MAX_LENGTH = 1000;
export const ACTION_TITLE_MAX_LENGTH = 500;
export const ACTION_OWNER_MAX_LENGTH = 200;

/** A form field a problem belongs to, named as the API names it. */
export type WeaknessField = 'text' | 'theme';
export type ActionField = 'title' | 'owner' | 'dueDate';

export interface RecordProblem<Field extends string> {
  field: Field;
  text: string;
}

/** What the user typed, as text, exactly as it is in the form. */
export interface WeaknessInput {
  text: string;
  theme: string;
}

export interface ActionInput {
  title: string;
  owner: string;
  day: string;
  month: string;
  year: string;
}

const isTheme = (text: string): text is WeaknessTheme => (THEMES as string[]).includes(text);
const count = (limit: number) => limit.toLocaleString('en-GB');

function textProblem<Field extends string>(field: Field, typed: string, label: string, missing: string, limit: number): RecordProblem<Field> | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return { field, text: missing };
  if (trimmed.length > limit) return { field, text: `${label} must be ${count(limit)} characters or fewer` };
  return undefined;
}

/** Every problem with a new weakness, at most one per field, in the order of the form's fields. */
export function weaknessProblems(input: WeaknessInput): RecordProblem<WeaknessField>[] {
  const problems: RecordProblem<WeaknessField>[] = [];
  const text = textProblem('text', input.text, 'The weakness', 'Enter the weakness as the inspection report words it', WEAKNESS_TEXT_MAX_LENGTH);
  if (text) problems.push(text);
  if (!isTheme(input.theme)) problems.push({ field: 'theme', text: 'Select the theme of the weakness' });
  return problems;
}

export function weaknessFrom(input: WeaknessInput): NewWeakness {
  return { text: input.text.trim(), theme: input.theme as WeaknessTheme };
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);

/** The date the three boxes name as YYYY-MM-DD, or undefined when it is not a real date with a four-digit year. */
export function isoDateFrom(day: string, month: string, year: string): string | undefined {
  const [d, m, y] = [wholeNumber(day), wholeNumber(month), year.trim()];
  if (d === undefined || m === undefined || !/^\d{4}$/.test(y)) return undefined;
  const date = new Date(Date.UTC(Number(y), m - 1, d));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The GOV.UK date input's messages: what is missing, else whether it is a real date. */
function dueDateProblem(input: ActionInput): RecordProblem<ActionField> | undefined {
  const parts: [string, string][] = [
    ['day', input.day],
    ['month', input.month],
    ['year', input.year],
  ];
  const missing = parts.filter(([, typed]) => typed.trim() === '').map(([name]) => name);
  if (missing.length === 3) return { field: 'dueDate', text: 'Enter the date the action is due' };
  if (missing.length > 0) return { field: 'dueDate', text: `The due date must include a ${missing.join(' and ')}` };
  if (!/^\d{4}$/.test(input.year.trim())) return { field: 'dueDate', text: 'The year must include 4 numbers' };
  if (isoDateFrom(input.day, input.month, input.year) === undefined) return { field: 'dueDate', text: 'The due date must be a real date' };
  return undefined;
}

/** Every problem with a new action, at most one per field, in the order of the form's fields. */
export function actionProblems(input: ActionInput): RecordProblem<ActionField>[] {
  return [
    textProblem<ActionField>('title', input.title, 'The action', 'Enter what the action is', ACTION_TITLE_MAX_LENGTH),
    textProblem<ActionField>('owner', input.owner, 'The owner', 'Enter who owns the action', ACTION_OWNER_MAX_LENGTH),
    dueDateProblem(input),
  ].filter((problem): problem is RecordProblem<ActionField> => problem !== undefined);
}

export function actionFrom(input: ActionInput): NewAction {
  return { title: input.title.trim(), owner: input.owner.trim(), dueDate: isoDateFrom(input.day, input.month, input.year) ?? '' };
}

const fieldLabels: Record<WeaknessField | ActionField, string> = {
  text: 'The weakness',
  theme: 'Theme',
  title: 'The action',
  owner: 'The owner',
  dueDate: 'The due date',
};

/**
 * The API's field errors as sentences, each with its form field when it is one of `fields`: "must not be empty" on
 * `title` reads "The action must not be empty". A nested name such as `body.title` counts too. Others have no form
 * field: `others` names what they are about (`code`, the area, when it may have no more weaknesses: "Barnsley already
 * has all 2 significant weaknesses the inspection found"); any left are shown as the API words them.
 */
export function recordProblemsFromApi<Field extends WeaknessField | ActionField>(
  errors: { field: string; message: string }[],
  fields: readonly Field[],
  others: Record<string, string> = {},
): { field: Field | undefined; text: string }[] {
  return errors.map(({ field, message }) => {
    const name = field.split('.').pop() ?? field;
    const formField = (fields as readonly string[]).includes(name) ? (name as Field) : undefined;
    const label = formField ? fieldLabels[formField] : others[name];
    if (!/^[a-z]/.test(message)) return { field: formField, text: message };
    return { field: formField, text: label ? `${label} ${message}` : message.charAt(0).toUpperCase() + message.slice(1) };
  });
}
