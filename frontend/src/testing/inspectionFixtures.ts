import type { AreaInspections, Inspection, InspectionOverview, InspectionPosition, InspectionSource, Wsoa, WsoaAction } from '../api';

// Shaped per openapi.yaml (the types are generated from it). Wandsworth's inspection is Ofsted's (WSOA in 2019,
// 2 significant weaknesses, revisited in 2022 with sufficient progress on both); its action plan is a demo example.

export const ofsted2016: InspectionSource = {
  id: 'ofsted-area-send-2016-2022',
  name: 'Local area SEND inspections and outcomes, 2016 to 2022',
  publisher: 'Ofsted',
  url: 'https://www.gov.uk/government/statistics/local-area-send-inspections-and-outcomes-in-england',
  official: true,
  compiledBy: null,
};

export const d2i2023: InspectionSource = {
  id: 'd2i-area-send-2023-2025',
  name: 'Area SEND inspection outcomes, 2023 to 2025',
  publisher: 'Ofsted',
  url: 'https://www.datatoinsight.org/',
  official: false,
  compiledBy: 'Data to Insight (scraped from the reports)',
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
  revisit: 'all_sufficient',
  followUp: { kind: 'next_inspection', dueBy: '2025-12-27', status: 'overdue' },
};

const barnsleyInspection: Inspection = {
  id: 12,
  area: { code: 'E08000016', name: 'Barnsley' },
  framework: 'local_area_send_2016',
  startDate: '2021-10-04',
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
  rag: 'red',
  ragReason: 'WSOA not revisited by its due time',
  monthsSinceInspection: 61,
  wsoaRequired: true,
  revisit: 'not_revisited',
  followUp: { kind: 'wsoa_revisit', dueBy: '2023-05-24', status: 'overdue' },
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
  revisit: 'not_revisited',
  followUp: { kind: 'next_inspection', dueBy: '2027-05-02', status: 'due' },
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
    rag: { red: 1, amber: 1, green: 1 },
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
