import type { AreaInspections, Inspection, InspectionOverview, InspectionPosition, InspectionSource, Wsoa, WsoaAction } from '../api';

// Shaped per openapi.yaml (the types are generated from it). Wandsworth's inspection is Ofsted's (WSOA in 2019,
// 2 significant weaknesses, revisited in 2022 with sufficient progress on both); its action plan is a demo example.
// Barnsley's, Luton's, Hounslow's and Nottinghamshire's positions are as the API gave them on 4 December 2026.

export const ofsted2016: InspectionSource = {
  id: 'ofsted-area-send-2016-2022',
  name: 'Local area SEND inspections and outcomes, 2016 to 2022',
  publisher: 'Ofsted',
  url: 'https://www.gov.uk/government/statistics/local-area-send-inspections-and-outcomes-in-england',
  official: true,
  compiledBy: null,
  publishedTo: '2022-08-31',
};

export const d2i2023: InspectionSource = {
  id: 'd2i-area-send-2023-2025',
  name: 'Area SEND inspection outcomes, 2023 to 2025',
  publisher: 'Ofsted',
  url: 'https://www.datatoinsight.org/',
  official: false,
  compiledBy: 'Data to Insight (scraped from the reports)',
  publishedTo: '2025-11-06',
};

const london = { code: 'E12000007', name: 'London' };
const yorkshire = { code: 'E12000003', name: 'Yorkshire and The Humber' };

export const wandsworthInspection: Inspection = {
  id: 11,
  area: { code: 'E09000032', name: 'Wandsworth' },
  framework: 'local_area_send_2016',
  startDate: '2019-11-04',
  publicationDate: '2019-12-27',
  outcome: 'wsoa_required',
  outcomeInWords: 'Written statement of action required',
  outcomeText: null,
  significantWeaknesses: 2,
  priorityActions: null,
  revisit: { startDate: '2022-05-09', publicationDate: '2022-06-30', finding: 'all_sufficient', weaknessesWithSufficientProgress: 2, weaknessesWithoutSufficientProgress: 0 },
  nextInspectionBy: null,
  reportUrl: 'https://reports.ofsted.gov.uk/provider/44/80576',
  source: ofsted2016,
  dataNotes: [],
};

export const wandsworthPosition: InspectionPosition = {
  area: { code: 'E09000032', name: 'Wandsworth' },
  region: london,
  latest: wandsworthInspection,
  rag: 'green',
  ragReason: 'WSOA revisited with sufficient progress on every weakness',
  monthsSinceInspection: 84,
  wsoaRequired: true,
  wsoaSuperseded: false,
  revisit: 'all_sufficient',
};

const barnsleyInspection: Inspection = {
  id: 12,
  area: { code: 'E08000016', name: 'Barnsley' },
  framework: 'local_area_send_2016',
  startDate: '2021-09-20',
  publicationDate: '2021-11-24',
  outcome: 'wsoa_required',
  outcomeInWords: 'Written statement of action required',
  significantWeaknesses: 2,
  revisit: { finding: 'not_revisited' },
  reportUrl: null,
  source: ofsted2016,
  dataNotes: [],
};

export const barnsleyPosition: InspectionPosition = {
  area: { code: 'E08000016', name: 'Barnsley' },
  region: yorkshire,
  latest: barnsleyInspection,
  rag: 'amber',
  ragReason: 'WSOA revisit not in the published data: due by 2023-05-24, after the published data ends (2022-08-31)',
  monthsSinceInspection: 62,
  wsoaRequired: true,
  wsoaSuperseded: false,
  revisit: 'not_revisited',
  followUp: { kind: 'wsoa_revisit', dueBy: '2023-05-24', status: 'not_in_published_data', publishedDataEnds: '2022-08-31' },
};

export const lambethInspection2023: Inspection = {
  id: 13,
  area: { code: 'E09000022', name: 'Lambeth' },
  framework: 'area_send_2023',
  startDate: '2024-03-11',
  publicationDate: '2024-05-02',
  outcome: 'inconsistent',
  outcomeInWords: 'Inconsistent experiences and outcomes',
  priorityActions: 2,
  nextInspectionBy: '2027-05-02',
  reportUrl: 'https://reports.ofsted.gov.uk/provider/44/80568',
  source: d2i2023,
  dataNotes: ['The start date is missing in the source; the publication date is used.'],
};

export const lambethPosition: InspectionPosition = {
  area: { code: 'E09000022', name: 'Lambeth' },
  region: london,
  latest: lambethInspection2023,
  rag: 'amber',
  ragReason: 'Latest outcome: inconsistent experiences and outcomes',
  monthsSinceInspection: 32,
  wsoaRequired: false,
  wsoaSuperseded: false,
  followUp: { kind: 'next_inspection', dueBy: '2027-05-02', status: 'due', publishedDataEnds: '2025-11-06' },
};

export const lutonPosition: InspectionPosition = {
  area: { code: 'E06000032', name: 'Luton' },
  region: { code: 'E12000006', name: 'East of England' },
  latest: {
    id: 75,
    area: { code: 'E06000032', name: 'Luton' },
    framework: 'local_area_send_2016',
    startDate: '2018-12-03',
    publicationDate: '2019-02-15',
    outcome: 'wsoa_required',
    outcomeInWords: 'Written statement of action required',
    significantWeaknesses: 5,
    reportUrl: 'https://reports.ofsted.gov.uk/provider/44/80520',
    source: ofsted2016,
    dataNotes: [],
  },
  rag: 'red',
  ragReason: 'WSOA not revisited by its due time (2020-08-15)',
  monthsSinceInspection: 96,
  wsoaRequired: true,
  wsoaSuperseded: false,
  revisit: 'not_revisited',
  followUp: { kind: 'wsoa_revisit', dueBy: '2020-08-15', status: 'overdue', publishedDataEnds: '2022-08-31' },
};

export const hounslowPosition: InspectionPosition = {
  area: { code: 'E09000018', name: 'Hounslow' },
  region: london,
  latest: {
    id: 193,
    area: { code: 'E09000018', name: 'Hounslow' },
    framework: 'area_send_2023',
    startDate: '2024-10-21',
    publicationDate: '2024-12-18',
    outcome: 'inconsistent',
    outcomeInWords: 'Inconsistent experiences and outcomes',
    nextInspectionBy: '2027-10-21',
    reportUrl: 'https://files.ofsted.gov.uk/v1/file/50264793',
    source: d2i2023,
    dataNotes: [],
  },
  rag: 'amber',
  ragReason: 'Inconsistent experiences and outcomes at the latest inspection; it supersedes the area\'s 2016-framework WSOA',
  monthsSinceInspection: 25,
  wsoaRequired: true,
  wsoaSuperseded: true,
  revisit: 'not_revisited',
  followUp: { kind: 'next_inspection', dueBy: '2027-10-21', status: 'due', publishedDataEnds: '2025-11-06' },
};

export const nottinghamshirePosition: InspectionPosition = {
  area: { code: 'E10000024', name: 'Nottinghamshire' },
  region: { code: 'E12000004', name: 'East Midlands' },
  latest: {
    id: 157,
    area: { code: 'E10000024', name: 'Nottinghamshire' },
    framework: 'area_send_2023',
    startDate: '2023-01-30',
    publicationDate: '2023-05-16',
    outcome: 'widespread_systemic_failings',
    outcomeInWords: 'Widespread and/or systemic failings',
    priorityActions: 2,
    nextInspectionBy: '2024-07-30',
    reportUrl: 'https://files.ofsted.gov.uk/v1/file/50216722',
    source: { id: 'ofsted-area-send-mi-2023', name: 'Area SEND inspections under the 2023 framework', publisher: 'Ofsted', official: true, publishedTo: '2023-11-10' },
    dataNotes: [],
  },
  rag: 'red',
  ragReason: 'Widespread or systemic failings at the latest inspection',
  monthsSinceInspection: 46,
  wsoaRequired: false,
  wsoaSuperseded: false,
  followUp: { kind: 'next_inspection', dueBy: '2024-07-30', status: 'overdue', publishedDataEnds: '2025-11-06' },
};

export const inspectionOverview: InspectionOverview = {
  asOf: '2026-11-23',
  summary: {
    areas: 3,
    framework2016: {
      areasInspected: 2,
      withWsoa: 2,
      withoutWsoa: 0,
      revisited: 1,
      revisitsAllSufficient: 1,
      revisitsSomeSufficient: 0,
      revisitsNoneSufficient: 0,
      notYetRevisited: 1,
      significantWeaknesses: 4,
      weaknessesWithSufficientProgress: 2,
      weaknessesWithoutSufficientProgress: 0,
    },
    framework2023: { areasInspected: 1, typicallyPositive: 0, inconsistent: 1, widespreadSystemicFailings: 0, notRecorded: 0, priorityActionPlans: 1 },
    rag: { red: 0, amber: 2, green: 1 },
    followUps: {
      revisitDue: 0,
      revisitOverdue: 0,
      revisitNotInPublishedData: 1,
      inspectionDue: 1,
      inspectionOverdue: 0,
      inspectionNotInPublishedData: 0,
      none: 1,
    },
  },
  sources: [ofsted2016, d2i2023],
  items: [barnsleyPosition, lambethPosition, wandsworthPosition],
  page: 1,
  pageSize: 200,
  totalItems: 3,
  totalPages: 1,
};

export const wandsworthInspections: AreaInspections = {
  area: { code: 'E09000032', name: 'Wandsworth' },
  position: wandsworthPosition,
  items: [wandsworthInspection],
};

export function action(overrides: Partial<WsoaAction> = {}): WsoaAction {
  return {
    id: 101,
    weaknessId: 1,
    title: 'Demo: Commission additional autism assessment capacity',
    owner: "Demo: Head of Children's Commissioning (ICB)",
    dueDate: '2020-12-27',
    status: 'at_risk',
    percentComplete: 55,
    overdue: true,
    demo: true,
    updates: [
      { id: 2, at: '2020-09-27T10:00:00Z', author: 'demo.leader', status: 'at_risk', percentComplete: 55, narrative: 'Demo: Two clinicians left.', demo: true },
      {
        id: 1,
        at: '2020-03-27T10:00:00Z',
        author: 'demo.leader',
        status: 'on_track',
        percentComplete: 25,
        narrative: 'Demo: Extra sessions commissioned.',
        evidenceUrl: 'https://example.org/minutes.pdf',
        demo: true,
      },
    ],
    ...overrides,
  };
}

export const wandsworthWsoa: Wsoa = {
  area: { code: 'E09000032', name: 'Wandsworth' },
  wsoaRequired: true,
  inspection: wandsworthInspection,
  demo: true,
  weaknesses: [
    {
      id: 1,
      number: 1,
      text: 'Demo: Waiting times for autism assessment are too long.',
      theme: 'identification',
      demo: true,
      actions: [action(), action({ id: 102, title: 'Demo: Offer every family a named contact', status: 'complete', percentComplete: 100, overdue: false, updates: [] })],
    },
    {
      id: 2,
      number: 2,
      text: 'Demo: Leaders do not work with parents and carers well enough.',
      theme: 'coproduction',
      demo: true,
      actions: [action({ id: 103, weaknessId: 2, title: 'Demo: Co-produce the SEND strategy', status: 'not_started', percentComplete: 0, overdue: false, updates: [] })],
    },
  ],
  actionCounts: { not_started: 1, on_track: 0, at_risk: 1, off_track: 0, complete: 1 },
};
