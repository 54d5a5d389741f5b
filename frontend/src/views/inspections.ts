import type { AreaRef, FollowUp, InspectionFilter, InspectionOverview, InspectionPosition, InspectionSource, Rag } from '../api';
import { element, link, summaryList, type Child } from '../dom';
import {
  dateInWords,
  FOLLOW_UP_FILTERS,
  followUpFilterInWords,
  followUpInWords,
  followUpTagClass,
  followUpTagText,
  FRAMEWORKS,
  frameworkInWords,
  frameworkShort,
  OUTCOMES,
  outcomeInWords,
  RAGS,
  ragInWords,
  ragTagClass,
  REVISIT_FINDINGS,
  revisitInWords,
} from '../inspectionWords';
import { areaHref, homeHref, inspectionsHref } from '../urlState';
import { downloadButton, downloadButtons } from './downloads';
import { breadcrumbs, mainHeading, paragraph, type Page } from './page';
import { cell, columnHeader, numericCell, scrollableTable, table } from './tables';

export const INSPECTIONS_TITLE = 'Inspections and written statements of action';

export interface InspectionsData {
  overview: InspectionOverview;
  filter: InspectionFilter;
  /** England's regions, to filter by. */
  regions: AreaRef[];
}

/** A RAG status as a coloured tag whose word says the same as its colour: "Red", "Amber", "Green". */
export function ragTag(rag: Rag): HTMLElement {
  return element('strong', { class: `govuk-tag app-tag ${ragTagClass(rag)}` }, ragInWords(rag));
}

/** The RAG tag with the API's reason beside it, e.g. "Red – WSOA revisited without sufficient progress". */
export function ragWithReason(position: Pick<InspectionPosition, 'rag' | 'ragReason'>): HTMLElement {
  return element('span', { class: 'app-rag' }, ragTag(position.rag), element('span', { class: 'app-cell-note' }, position.ragReason));
}

/** A follow-up as a tag whose words carry its kind and status, with when it was or is due beside it. */
export function followUpWithDate(followUp: FollowUp | undefined): HTMLElement | string {
  if (!followUp) return 'None due';
  return element(
    'span',
    { class: 'app-follow-up' },
    element('strong', { class: `govuk-tag app-tag ${followUpTagClass(followUp)}` }, followUpTagText(followUp)),
    element('span', { class: 'app-cell-note' }, followUpInWords(followUp)),
  );
}

/** What the WSOA revisit found, and whether a later 2023-framework inspection has superseded the WSOA. */
export function revisitWithSupersession(position: Pick<InspectionPosition, 'wsoaRequired' | 'wsoaSuperseded' | 'revisit'>): HTMLElement | string {
  if (!position.wsoaRequired) return 'No WSOA';
  if (!position.wsoaSuperseded) return revisitInWords(position.revisit);
  return element(
    'span',
    {},
    element('span', { class: 'app-cell-line' }, revisitInWords(position.revisit)),
    element('span', { class: 'app-cell-note' }, 'Superseded by the later 2023-framework inspection'),
  );
}

/** Marks an inspection whose row comes from a file compiled by a third party rather than Ofsted's own. */
export function unofficialSourceNote(source: InspectionSource, dataNotes: string[]): HTMLElement | null {
  if (source.official && dataNotes.length === 0) return null;
  return element(
    'span',
    { class: 'app-cell-note app-source-note' },
    source.official ? null : element('strong', { class: 'govuk-tag govuk-tag--grey app-tag' }, 'Not official: check the report'),
    source.official ? null : element('span', { class: 'app-source-note__text' }, `From ${source.compiledBy ?? 'a third party'}.`),
    ...dataNotes.map((note) => element('span', { class: 'app-source-note__text' }, note)),
  );
}

/**
 * The national overview of area SEND inspections: summary counts, filters kept in the address, and every
 * selected area's latest inspection with its RAG status and reason, its WSOA, revisit and follow-up.
 */
export function renderInspections(data: InspectionsData, downloadCsv: () => Promise<void>): Page {
  const { overview, filter } = data;
  const filtered = Object.values(filter).some((value) => value !== undefined);

  const content = element(
    'div',
    {},
    mainHeading(INSPECTIONS_TITLE, 'Local area SEND inspections'),
    element(
      'p',
      { class: 'govuk-body-l app-prose' },
      'Each local area’s latest Ofsted and CQC area SEND inspection, whether it had to write a written statement of action (WSOA), what the revisit found, and what is due next.',
    ),
    ragExplanation(),
    filterForm(data),
    element('h2', { class: 'govuk-heading-l', id: 'inspection-summary-heading' }, 'Summary'),
    element(
      'p',
      { class: 'govuk-body govuk-!-font-weight-bold', role: 'status' },
      `${overview.summary.areas} ${overview.summary.areas === 1 ? 'area' : 'areas'}${filtered ? ' match these filters' : ' with an inspection on record'}`,
    ),
    summaryCards(overview),
    element('h2', { class: 'govuk-heading-l' }, 'Areas'),
    overview.items.length === 0
      ? paragraph('No local area matches these filters. ', link(inspectionsHref(), 'Clear the filters'), '.')
      : element(
          'div',
          {},
          downloadButtons(downloadButton('Download the table (CSV)', downloadCsv)),
          scrollableTable(positionsTable(overview.items)),
        ),
    aboutTheData(overview),
  );
  return { title: INSPECTIONS_TITLE, breadcrumbs: breadcrumbs([{ text: 'Home', href: homeHref() }]), content };
}

function ragExplanation(): HTMLElement {
  return element(
    'details',
    { class: 'govuk-details' },
    element('summary', { class: 'govuk-details__summary' }, element('span', { class: 'govuk-details__summary-text' }, 'How the RAG status is decided')),
    element(
      'div',
      { class: 'govuk-details__text' },
      element(
        'ul',
        { class: 'govuk-list govuk-list--bullet' },
        element(
          'li',
          {},
          element('strong', {}, 'Red: '),
          'a WSOA was revisited without sufficient progress on every weakness, or its revisit is overdue: it was due (18 months after the report) while Ofsted’s published data still covered that date, and the data has no revisit; or the latest inspection found widespread or systemic failings.',
        ),
        element(
          'li',
          {},
          element('strong', {}, 'Amber: '),
          'a WSOA is still within its revisit time, or its revisit was due after the published data ends, so it is not in the published data; or the latest outcome is inconsistent.',
        ),
        element(
          'li',
          {},
          element('strong', {}, 'Green: '),
          'no WSOA was required, a WSOA was revisited with sufficient progress on every weakness, or the latest outcome is typically positive.',
        ),
      ),
      paragraph('A later inspection under the 2023 framework supersedes a WSOA: the status then comes from that inspection, and the WSOA stays in the area’s history.'),
      paragraph('The status is a prompt for follow-up, not a judgement of the area: read the reports.'),
    ),
  );
}

function filterForm({ filter, regions }: InspectionsData): HTMLFormElement {
  const option = (value: string, text: string, selected: boolean) => element('option', { value, selected }, text);
  const select = (name: string, label: string, anyText: string, choices: [string, string][], chosen: string | undefined) =>
    element(
      'div',
      { class: 'govuk-form-group app-controls__group' },
      element('label', { class: 'govuk-label', for: `filter-${name}` }, label),
      element(
        'select',
        { class: 'govuk-select app-select', id: `filter-${name}`, name },
        option('', anyText, chosen === undefined),
        ...choices.map(([value, text]) => option(value, text, value === chosen)),
      ),
    );
  const wsoa = filter.wsoa === undefined ? undefined : filter.wsoa ? 'yes' : 'no';
  return element(
    'form',
    { method: 'get', action: './', class: 'app-controls app-no-print', 'data-dashboard-form': true, 'aria-label': 'Filter the areas' },
    element('input', { type: 'hidden', name: 'view', value: 'inspections' }),
    select('framework', 'Latest inspection’s framework', 'Any framework', FRAMEWORKS.map((each) => [each, frameworkShort(each)]), filter.framework),
    select('outcome', 'Latest outcome', 'Any outcome', OUTCOMES.map((each) => [each, outcomeInWords(each)]), filter.outcome),
    select('wsoa', 'Had to write a WSOA', 'Either', [['yes', 'Yes'], ['no', 'No']], wsoa),
    select('revisit', 'WSOA revisit found', 'Any finding', REVISIT_FINDINGS.map((each) => [each, revisitInWords(each)]), filter.revisit),
    select('region', 'Region', 'All regions', regions.map((region) => [region.code, region.name]), filter.region),
    select('rag', 'RAG status', 'Any status', RAGS.map((each) => [each, ragInWords(each)]), filter.rag),
    select('followUp', 'Follow-up', 'Any follow-up', FOLLOW_UP_FILTERS.map((each) => [each, followUpFilterInWords(each)]), filter.followUp),
    element(
      'div',
      { class: 'govuk-button-group app-controls__submit' },
      element('button', { type: 'submit', class: 'govuk-button' }, 'Apply filters'),
      link(inspectionsHref(), 'Clear filters'),
    ),
  );
}

function summaryCard(id: string, title: Child, rows: [string, Child][]): HTMLElement {
  return element(
    'div',
    { class: 'govuk-summary-card app-summary-card' },
    element('div', { class: 'govuk-summary-card__title-wrapper' }, element('h3', { class: 'govuk-summary-card__title', id }, title)),
    element('div', { class: 'govuk-summary-card__content' }, summaryList(rows)),
  );
}

function summaryCards({ summary }: InspectionOverview): HTMLElement {
  const old = summary.framework2016;
  const current = summary.framework2023;
  const count = (value: number) => value.toLocaleString('en-GB');
  return element(
    'div',
    { class: 'app-summary-cards' },
    summaryCard('summary-2016', `${frameworkInWords('local_area_send_2016')}, 2016 to 2022`, [
      ['Areas inspected', count(old.areasInspected)],
      ['Had to write a WSOA', count(old.withWsoa)],
      ['No WSOA required', count(old.withoutWsoa)],
      ['WSOAs revisited', count(old.revisited)],
      ['Revisit: sufficient progress on every weakness', count(old.revisitsAllSufficient)],
      ['Revisit: sufficient progress on some weaknesses', count(old.revisitsSomeSufficient)],
      ['Revisit: sufficient progress on no weakness', count(old.revisitsNoneSufficient)],
      ['WSOAs not yet revisited', count(old.notYetRevisited)],
      ['Significant weaknesses', count(old.significantWeaknesses)],
      ['… with sufficient progress at revisit', count(old.weaknessesWithSufficientProgress)],
      ['… without sufficient progress at revisit', count(old.weaknessesWithoutSufficientProgress)],
    ]),
    summaryCard('summary-2023', `${frameworkInWords('area_send_2023')}, from 2023`, [
      ['Areas inspected', count(current.areasInspected)],
      [outcomeInWords('typically_positive'), count(current.typicallyPositive)],
      [outcomeInWords('inconsistent'), count(current.inconsistent)],
      [outcomeInWords('widespread_systemic_failings'), count(current.widespreadSystemicFailings)],
      [outcomeInWords('not_recorded'), count(current.notRecorded)],
      ['With priority actions', count(current.priorityActionPlans)],
    ]),
    summaryCard('summary-rag', 'RAG status of the latest position', [
      ['Red', element('span', { class: 'app-rag-count' }, ragTag('red'), ` ${count(summary.rag.red)}`)],
      ['Amber', element('span', { class: 'app-rag-count' }, ragTag('amber'), ` ${count(summary.rag.amber)}`)],
      ['Green', element('span', { class: 'app-rag-count' }, ragTag('green'), ` ${count(summary.rag.green)}`)],
    ]),
    summaryCard('summary-follow-ups', 'Follow-up of the latest position', [
      [followUpFilterInWords('revisit_due'), count(summary.followUps.revisitDue)],
      [followUpFilterInWords('revisit_overdue'), count(summary.followUps.revisitOverdue)],
      [followUpFilterInWords('revisit_not_in_published_data'), count(summary.followUps.revisitNotInPublishedData)],
      [followUpFilterInWords('inspection_due'), count(summary.followUps.inspectionDue)],
      [followUpFilterInWords('inspection_overdue'), count(summary.followUps.inspectionOverdue)],
      [followUpFilterInWords('inspection_not_in_published_data'), count(summary.followUps.inspectionNotInPublishedData)],
      [followUpFilterInWords('none'), count(summary.followUps.none)],
    ]),
  );
}

/** "Published 27 December 2019", or when it started when the publication date is not known. */
function inspectionDate(inspection: InspectionPosition['latest']): string {
  if (inspection.publicationDate) return `Published ${dateInWords(inspection.publicationDate)}`;
  if (inspection.startDate) return `Started ${dateInWords(inspection.startDate)}`;
  return 'Date not known';
}

/** Every selected area, one row each, in the API's order (region, then name). */
export function positionsTable(positions: InspectionPosition[]): HTMLTableElement {
  return table(
    { id: 'inspections-caption', class: 'app-inspections-table', caption: `Local areas’ latest inspections, by region and name (${positions.length})`, captionClass: 'govuk-table__caption--s' },
    [
      columnHeader('Area'),
      columnHeader('Region'),
      columnHeader('Latest inspection'),
      columnHeader('WSOA'),
      columnHeader('Revisit'),
      columnHeader('RAG status'),
      columnHeader('Months since inspection', true),
      columnHeader('Follow-up'),
    ],
    positions.map((position) => {
      const latest = position.latest;
      return element(
        'tr',
        { class: 'govuk-table__row', 'data-area': position.area.code, 'data-rag': position.rag },
        element('th', { class: 'govuk-table__header', scope: 'row' }, link(areaHref(position.area.code), position.area.name)),
        cell(position.region.name),
        cell(
          element('span', { class: 'app-cell-line' }, frameworkShort(latest.framework)),
          element('span', { class: 'app-cell-line' }, inspectionDate(latest)),
          element('span', { class: 'app-cell-line govuk-!-font-weight-bold' }, latest.outcomeInWords),
          unofficialSourceNote(latest.source, latest.dataNotes),
        ),
        cell(position.wsoaRequired ? 'Yes' : 'No'),
        cell(revisitWithSupersession(position)),
        cell(ragWithReason(position)),
        numericCell(String(position.monthsSinceInspection)),
        cell(followUpWithDate(position.followUp)),
      );
    }),
  );
}

function aboutTheData(overview: InspectionOverview): HTMLElement {
  const rowsFrom = (source: InspectionSource) => overview.items.filter((item) => item.latest.source.id === source.id).length;
  const withNotes = overview.items.filter((item) => item.latest.dataNotes.length > 0);
  return element(
    'section',
    { 'aria-labelledby': 'inspection-sources-heading' },
    element('h2', { class: 'govuk-heading-l', id: 'inspection-sources-heading' }, 'About the data'),
    paragraph(`Months since inspection and follow-ups are counted to ${dateInWords(overview.asOf)}.`),
    element(
      'ul',
      { class: 'govuk-list govuk-list--bullet', id: 'inspection-sources' },
      ...overview.sources.map((source) =>
        element(
          'li',
          { 'data-source': source.id, 'data-official': String(source.official) },
          `${source.publisher}: `,
          source.url ? link(source.url, source.name, { rel: 'noopener' }) : source.name,
          source.official
            ? '. Official data.'
            : ` (compiled by ${source.compiledBy ?? 'a third party'}). Not official: check each figure against the inspection report.`,
          ` ${rowsFrom(source)} of the ${overview.items.length} ${overview.items.length === 1 ? 'row' : 'rows'} above ${rowsFrom(source) === 1 ? 'comes' : 'come'} from it.`,
          source.official ? null : ' They are marked “Not official: check the report”.',
        ),
      ),
    ),
    withNotes.length > 0
      ? element(
          'div',
          {},
          element('h3', { class: 'govuk-heading-s' }, 'Notes on the source rows'),
          element(
            'ul',
            { class: 'govuk-list govuk-list--bullet', id: 'inspection-data-notes' },
            ...withNotes.flatMap((item) => item.latest.dataNotes.map((note) => element('li', {}, `${item.area.name}: ${note}`))),
          ),
        )
      : null,
    paragraph('Contains public sector information licensed under the Open Government Licence v3.0 (Ofsted).'),
  );
}

/** Back to the overview, for links from an area's page. */
export function nationalOverviewLink(regionCode?: string): HTMLAnchorElement {
  return link(inspectionsHref(regionCode ? { region: regionCode } : {}), 'Compare with other areas’ inspections');
}
