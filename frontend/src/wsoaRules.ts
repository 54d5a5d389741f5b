/**
 * The rules a progress update on a WSOA action must meet, checked as the user sends it so that mistakes
 * show at once. They mirror the API's rules (ProgressUpdateRequest in openapi.yaml), but the API decides:
 * its own field errors are always shown too.
 */
import type { ActionStatus, ProgressUpdateRequest } from './api';
import { actionStatusInWords, ACTION_STATUSES } from './inspectionWords';

/** A form field a problem belongs to, named as the API names it. */
export type ProgressField = 'status' | 'percentComplete' | 'narrative' | 'evidenceUrl';

export interface ProgressProblem {
  field: ProgressField;
  text: string;
}

/** What the user typed, as text, exactly as it is in the form. */
export interface ProgressInput {
  status: string;
  percentComplete: string;
  narrative: string;
  evidenceUrl: string;
}

export const NARRATIVE_MAX_LENGTH = 2000;
export const EVIDENCE_URL_MAX_LENGTH = 500;

const isStatus = (text: string): text is ActionStatus => (ACTION_STATUSES as string[]).includes(text);

/** A whole number from the text, or undefined when it is not one ("50", not "50.5", "", "fifty"). */
function wholeNumberFrom(text: string): number | undefined {
  const trimmed = text.trim().replace(/%$/, '').trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** An http or https address with a host, as the API accepts. */
export function isWebLink(text: string): boolean {
  if (text.length > EVIDENCE_URL_MAX_LENGTH || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Every problem with an update, at most one per field, in the order of the form's fields. */
export function progressProblems(input: ProgressInput): ProgressProblem[] {
  const problems: ProgressProblem[] = [];
  const status = isStatus(input.status) ? input.status : undefined;
  if (!status) problems.push({ field: 'status', text: 'Select the status of the action' });

  const percent = wholeNumberFrom(input.percentComplete);
  if (input.percentComplete.trim() === '') {
    problems.push({ field: 'percentComplete', text: 'Enter how much of the action is complete, from 0 to 100' });
  } else if (percent === undefined || percent < 0 || percent > 100) {
    problems.push({ field: 'percentComplete', text: 'Percent complete must be a whole number from 0 to 100' });
  } else if (status === 'complete' && percent !== 100) {
    problems.push({ field: 'percentComplete', text: 'Percent complete must be 100 when the status is Complete' });
  } else if (status && status !== 'complete' && percent === 100) {
    problems.push({ field: 'percentComplete', text: `Percent complete can be 100 only when the status is Complete, not ${actionStatusInWords(status)}` });
  } else if (status === 'not_started' && percent !== 0) {
    problems.push({ field: 'percentComplete', text: 'Percent complete must be 0 when the status is Not started' });
  }

  const narrative = input.narrative.trim();
  if (narrative === '') {
    problems.push({ field: 'narrative', text: 'Enter what was done' });
  } else if (narrative.length > NARRATIVE_MAX_LENGTH) {
    problems.push({ field: 'narrative', text: `What was done must be ${NARRATIVE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer` });
  }

  const evidence = input.evidenceUrl.trim();
  if (evidence !== '' && !isWebLink(evidence)) {
    problems.push({
      field: 'evidenceUrl',
      text: `Evidence link must be a web address starting http:// or https://, ${EVIDENCE_URL_MAX_LENGTH} characters or fewer`,
    });
  }
  return problems;
}

/** The request body for an update that has passed the checks. */
export function progressUpdateFrom(input: ProgressInput): ProgressUpdateRequest {
  const evidence = input.evidenceUrl.trim();
  return {
    status: input.status as ActionStatus,
    percentComplete: wholeNumberFrom(input.percentComplete) ?? Number.NaN,
    narrative: input.narrative.trim(),
    ...(evidence === '' ? {} : { evidenceUrl: evidence }),
  };
}

const fieldLabels: Record<ProgressField, string> = {
  status: 'Status',
  percentComplete: 'Percent complete',
  narrative: 'What was done',
  evidenceUrl: 'Evidence link',
};

const isProgressField = (field: string): field is ProgressField => field in fieldLabels;

/**
 * The API's field errors as sentences, each with its form field when it names one: "must say what was done"
 * on `narrative` reads "What was done must say what was done". A nested name such as `body.narrative` counts too.
 */
export function progressProblemsFromApi(errors: { field: string; message: string }[]): { field: ProgressField | undefined; text: string }[] {
  return errors.map(({ field, message }) => {
    const name = field.split('.').pop() ?? field;
    const formField = isProgressField(name) ? name : undefined;
    const label = formField ? fieldLabels[formField] : field;
    return { field: formField, text: /^[a-z]/.test(message) ? `${label} ${message}` : message };
  });
}
