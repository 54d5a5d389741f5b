import type { ActionStatus, FollowUp, FollowUpFilter, InspectionFramework, InspectionOutcome, Rag, RevisitFinding, WeaknessTheme } from './api';

const frameworks: Record<InspectionFramework, { name: string; short: string }> = {
  local_area_send_2016: { name: 'Local area SEND inspection (2016 framework)', short: '2016 framework' },
  area_send_2023: { name: 'Area SEND inspection (2023 framework)', short: '2023 framework' },
};

/** "Local area SEND inspection (2016 framework)". */
export function frameworkInWords(framework: InspectionFramework): string {
  return frameworks[framework].name;
}

/** "2016 framework", for table cells and filters. */
export function frameworkShort(framework: InspectionFramework): string {
  return frameworks[framework].short;
}

export const FRAMEWORKS = Object.keys(frameworks) as InspectionFramework[];

const outcomes: Record<InspectionOutcome, string> = {
  wsoa_required: 'Written statement of action required',
  no_wsoa: 'No written statement of action required',
  typically_positive: 'Typically positive experiences and outcomes',
  inconsistent: 'Inconsistent experiences and outcomes',
  widespread_systemic_failings: 'Widespread or systemic failings',
  not_recorded: 'Outcome not recorded',
};

/** The outcome in words; the API's own `outcomeInWords` is preferred where an inspection is at hand. */
export function outcomeInWords(outcome: InspectionOutcome): string {
  return outcomes[outcome];
}

export const OUTCOMES = Object.keys(outcomes) as InspectionOutcome[];

const revisitFindings: Record<RevisitFinding, string> = {
  all_sufficient: 'Sufficient progress on every weakness',
  some_sufficient: 'Sufficient progress on some weaknesses',
  none_sufficient: 'Sufficient progress on no weakness',
  not_revisited: 'Not yet revisited',
};

/** What the WSOA revisit found; undefined (the area had no WSOA) reads "No WSOA to revisit". */
export function revisitInWords(finding: RevisitFinding | undefined): string {
  return finding ? revisitFindings[finding] : 'No WSOA to revisit';
}

export const REVISIT_FINDINGS = Object.keys(revisitFindings) as RevisitFinding[];

const rags: Record<Rag, { word: string; tagClass: string }> = {
  red: { word: 'Red', tagClass: 'govuk-tag--red' },
  amber: { word: 'Amber', tagClass: 'govuk-tag--orange' },
  green: { word: 'Green', tagClass: 'govuk-tag--green' },
};

export function ragInWords(rag: Rag): string {
  return rags[rag].word;
}

export function ragTagClass(rag: Rag): string {
  return rags[rag].tagClass;
}

export const RAGS = Object.keys(rags) as Rag[];

const themes: Record<WeaknessTheme, string> = {
  leadership_and_governance: 'Leadership and governance',
  identification: 'Identifying needs',
  assessment_and_ehc_plans: 'Assessment and EHC plans',
  health_waits: 'Health waiting times',
  joint_commissioning: 'Joint commissioning',
  coproduction: 'Co-production with families',
  exclusions_and_attendance: 'Exclusions and attendance',
  preparing_for_adulthood: 'Preparing for adulthood',
  local_offer: 'Local offer',
  outcomes: 'Outcomes',
};

export const THEMES = Object.keys(themes) as WeaknessTheme[];

export function themeInWords(theme: WeaknessTheme): string {
  return themes[theme];
}

const actionStatuses: Record<ActionStatus, { word: string; tagClass: string }> = {
  not_started: { word: 'Not started', tagClass: 'govuk-tag--grey' },
  on_track: { word: 'On track', tagClass: '' }, // GOV.UK's default tag colour is blue
  at_risk: { word: 'At risk', tagClass: 'govuk-tag--yellow' },
  off_track: { word: 'Off track', tagClass: 'govuk-tag--red' },
  complete: { word: 'Complete', tagClass: 'govuk-tag--green' },
};

export function actionStatusInWords(status: ActionStatus): string {
  return actionStatuses[status].word;
}

export function actionStatusTagClass(status: ActionStatus): string {
  return actionStatuses[status].tagClass;
}

/** Statuses in the order a plan moves through them, as the ActionStatus enum lists them. */
export const ACTION_STATUSES = Object.keys(actionStatuses) as ActionStatus[];

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "27 December 2019" for an ISO date (yyyy-mm-dd); the text as it came when it is not one; "Not known" when absent. */
export function dateInWords(isoDate: string | null | undefined): string {
  if (!isoDate) return 'Not known';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** "1 month", "14 months". */
export function monthsInWords(months: number): string {
  return `${months} ${months === 1 ? 'month' : 'months'}`;
}

const followUpKinds: Record<FollowUp['kind'], string> = {
  wsoa_revisit: 'WSOA revisit',
  next_inspection: 'Next inspection',
};

/** Each kind and status of follow-up, as the overview filters and counts them, in words and as a tag colour. */
const followUpFilters: Record<FollowUpFilter, { word: string; tagClass: string }> = {
  revisit_due: { word: 'Revisit due', tagClass: 'govuk-tag--blue' },
  revisit_overdue: { word: 'Revisit overdue', tagClass: 'govuk-tag--red' },
  revisit_not_in_published_data: { word: 'Revisit not in the published data', tagClass: 'govuk-tag--grey' },
  inspection_due: { word: 'Next inspection due', tagClass: 'govuk-tag--blue' },
  inspection_overdue: { word: 'Next inspection overdue', tagClass: 'govuk-tag--red' },
  inspection_not_in_published_data: { word: 'Next inspection not in the published data', tagClass: 'govuk-tag--grey' },
  none: { word: 'Nothing to follow up', tagClass: 'govuk-tag--grey' },
};

export const FOLLOW_UP_FILTERS = Object.keys(followUpFilters) as FollowUpFilter[];

/** "Revisit overdue", "Next inspection due", "Nothing to follow up": the overview's filter and count labels. */
export function followUpFilterInWords(value: FollowUpFilter): string {
  return followUpFilters[value].word;
}

/** The filter value a follow-up falls under, e.g. revisit_overdue. */
export function followUpFilterOf(followUp: FollowUp | undefined): FollowUpFilter {
  if (!followUp) return 'none';
  return `${followUp.kind === 'wsoa_revisit' ? 'revisit' : 'inspection'}_${followUp.status}`;
}

/** The follow-up's tag: "Revisit overdue", or "Revisit not in the published data (file ends 31 August 2022)". */
export function followUpTagText(followUp: FollowUp): string {
  const word = followUpFilters[followUpFilterOf(followUp)].word;
  return followUp.status === 'not_in_published_data' && followUp.publishedDataEnds ? `${word} (file ends ${dateInWords(followUp.publishedDataEnds)})` : word;
}

export function followUpTagClass(followUp: FollowUp): string {
  return followUpFilters[followUpFilterOf(followUp)].tagClass;
}

/** "WSOA revisit overdue since 27 June 2021", "Next inspection due by 1 March 2028", "WSOA revisit was due by 28 March 2023". */
export function followUpInWords(followUp: FollowUp): string {
  const kind = followUpKinds[followUp.kind];
  const due = dateInWords(followUp.dueBy);
  if (followUp.status === 'overdue') return `${kind} overdue since ${due}`;
  if (followUp.status === 'not_in_published_data') return `${kind} was due by ${due}`;
  return `${kind} due by ${due}`;
}
