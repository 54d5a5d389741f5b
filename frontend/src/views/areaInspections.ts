import type { AreaInspections, Inspection, InspectionPosition } from '../api';
import { element, link, summaryList, visuallyHidden, type Child } from '../dom';
import { dateInWords, frameworkInWords, monthsInWords, revisitInWords } from '../inspectionWords';
import { followUpWithDate, nationalOverviewLink, ragWithReason, revisitWithSupersession, unofficialSourceNote } from './inspections';
import { paragraph } from './page';
import { cell, columnHeader, scrollableTable, table } from './tables';

/** An area's inspections, or the news that they could not be read. */
export type AreaInspectionsResult = AreaInspections | 'unavailable';

/**
 * The area page's Inspections section: where the area stands now (RAG status with its reason, WSOA,
 * revisit, follow-up) and every inspection on record, newest first, with links to the reports.
 * `wsoa` is the WSOA part, which depends on who is signed in.
 */
export function inspectionsSection(areaName: string, inspections: AreaInspectionsResult, wsoa?: HTMLElement): HTMLElement {
  const heading = element('h2', { class: 'govuk-heading-l', id: 'inspections-heading' }, 'Inspections');
  const section = element('section', { 'aria-labelledby': 'inspections-heading', id: 'inspections', class: 'app-inspections' }, heading);
  if (inspections === 'unavailable') {
    section.append(paragraph(`Sorry, ${areaName}’s inspections could not be read from the SEND Insight API. Try again later.`));
    return section;
  }
  const { position, items } = inspections;
  if (items.length === 0) {
    section.append(paragraph(`No area SEND inspection of ${areaName} is on record.`), paragraph(nationalOverviewLink()));
    return section;
  }
  if (position) section.append(positionSummary(position));
  section.append(
    paragraph(nationalOverviewLink(position?.region.code), '.'),
    element('h3', { class: 'govuk-heading-m' }, 'Inspection history'),
    scrollableTable(historyTable(areaName, items)),
  );
  if (wsoa) section.append(wsoa);
  return section;
}

function positionSummary(position: InspectionPosition): HTMLElement {
  const latest = position.latest;
  const rows: [string, Child][] = [
    ['RAG status', ragWithReason(position)],
    ['Latest inspection', `${frameworkInWords(latest.framework)}, ${latest.publicationDate ? `published ${dateInWords(latest.publicationDate)}` : `started ${dateInWords(latest.startDate)}`}: ${latest.outcomeInWords}`],
    ['Time since that inspection', monthsInWords(position.monthsSinceInspection)],
    ['Written statement of action', position.wsoaRequired ? 'Required' : 'Not required'],
  ];
  if (position.wsoaRequired) rows.push(['WSOA revisit', revisitWithSupersession(position)]);
  rows.push(['Follow-up', followUpWithDate(position.followUp)]);
  return summaryList(rows, 'app-inspection-position');
}

function dates(inspection: Pick<Inspection, 'startDate' | 'publicationDate'>): HTMLElement {
  return element(
    'span',
    { class: 'app-cell-note' },
    inspection.startDate ? element('span', { class: 'app-cell-line' }, `Started ${dateInWords(inspection.startDate)}`) : null,
    inspection.publicationDate ? element('span', { class: 'app-cell-line' }, `Published ${dateInWords(inspection.publicationDate)}`) : null,
  );
}

function findingsCell(inspection: Inspection): HTMLTableCellElement {
  const lines: HTMLElement[] = [];
  if (inspection.significantWeaknesses !== null && inspection.significantWeaknesses !== undefined) {
    lines.push(element('span', { class: 'app-cell-line' }, `${inspection.significantWeaknesses} significant ${inspection.significantWeaknesses === 1 ? 'weakness' : 'weaknesses'}`));
  }
  if (inspection.priorityActions !== null && inspection.priorityActions !== undefined) {
    lines.push(element('span', { class: 'app-cell-line' }, `${inspection.priorityActions} ${inspection.priorityActions === 1 ? 'area' : 'areas'} for priority action`));
  }
  if (inspection.nextInspectionBy) lines.push(element('span', { class: 'app-cell-line' }, `Next inspection by ${dateInWords(inspection.nextInspectionBy)}`));
  return cell(...(lines.length > 0 ? lines : ['None recorded']));
}

function revisitCell(inspection: Inspection): HTMLTableCellElement {
  const revisit = inspection.revisit;
  if (inspection.framework !== 'local_area_send_2016' || inspection.outcome !== 'wsoa_required') return cell('Not applicable');
  if (!revisit || revisit.finding === 'not_revisited') return cell(revisitInWords('not_revisited'));
  const counts =
    revisit.weaknessesWithSufficientProgress !== null && revisit.weaknessesWithSufficientProgress !== undefined
      ? `${revisit.weaknessesWithSufficientProgress} with sufficient progress, ${revisit.weaknessesWithoutSufficientProgress ?? 0} without`
      : null;
  return cell(
    element('span', { class: 'app-cell-line govuk-!-font-weight-bold' }, revisitInWords(revisit.finding)),
    counts ? element('span', { class: 'app-cell-line' }, counts) : null,
    dates(revisit),
  );
}

/** Every inspection on record, newest first, as the API lists them. */
export function historyTable(areaName: string, inspections: Inspection[]): HTMLTableElement {
  return table(
    { id: 'inspection-history-caption', caption: `${areaName}’s area SEND inspections, newest first`, captionClass: 'govuk-table__caption--s', class: 'app-inspections-table' },
    [columnHeader('Inspection'), columnHeader('Outcome'), columnHeader('Found'), columnHeader('WSOA revisit'), columnHeader('Report'), columnHeader('Source')],
    inspections.map((inspection) =>
      element(
        'tr',
        { class: 'govuk-table__row', 'data-inspection': String(inspection.id) },
        element('th', { class: 'govuk-table__header', scope: 'row' }, frameworkInWords(inspection.framework), dates(inspection)),
        cell(
          element('span', { class: 'app-cell-line govuk-!-font-weight-bold' }, inspection.outcomeInWords),
          inspection.outcomeText ? element('span', { class: 'app-cell-note' }, inspection.outcomeText) : null,
        ),
        findingsCell(inspection),
        revisitCell(inspection),
        cell(
          inspection.reportUrl
            ? element(
                'a',
                { class: 'govuk-link', href: inspection.reportUrl, rel: 'noopener' },
                'Read the report',
                visuallyHidden(` of ${areaName}’s inspection ${inspection.publicationDate ? `published ${dateInWords(inspection.publicationDate)}` : ''}`),
              )
            : 'No link on record',
        ),
        cell(
          inspection.source.url ? link(inspection.source.url, inspection.source.name, { rel: 'noopener' }) : inspection.source.name,
          unofficialSourceNote(inspection.source, inspection.dataNotes),
        ),
      ),
    ),
  );
}
