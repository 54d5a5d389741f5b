import createClient from 'openapi-fetch';
import type { components, paths } from './generated/send-insight-api';

type Schemas = components['schemas'];
export type Area = Schemas['Area'];
export type AreaSummary = Schemas['AreaSummary'];
export type AreaRef = Schemas['AreaRef'];
export type AreaType = Schemas['AreaType'];
export type AreaPage = Schemas['AreaPage'];
export type StatisticalNeighbour = Schemas['StatisticalNeighbour'];
export type Closeness = Schemas['Closeness'];
export type LocalAuthorityKind = Schemas['LocalAuthorityKind'];
export type Problem = Schemas['Problem'];
export type Domain = Schemas['Domain'];
export type Unit = Schemas['Unit'];
export type Polarity = Schemas['Polarity'];
export type FigureStatus = Schemas['FigureStatus'];
export type Marker = Schemas['Marker'];
export type PeriodType = Schemas['PeriodType'];
export type Source = Schemas['Source'];
export type Breakdown = Schemas['Breakdown'];
export type Indicator = Schemas['Indicator'];
export type IndicatorPage = Schemas['IndicatorPage'];
export type IndicatorRef = Schemas['IndicatorRef'];
export type Figure = Schemas['Figure'];
export type Comparison = Schemas['Comparison'];
export type Trend = Schemas['Trend'];
export type AreaValue = Schemas['AreaValue'];
export type IndicatorValues = Schemas['IndicatorValues'];
export type Quartiles = Schemas['Quartiles'];
export type NeighbourMean = Schemas['NeighbourMean'];
export type OverviewRow = Schemas['OverviewRow'];
export type AreaOverview = Schemas['AreaOverview'];
export type SeriesPoint = Schemas['SeriesPoint'];
export type Series = Schemas['Series'];
export type Collection = Schemas['Collection'];
export type TokenResponse = Schemas['TokenResponse'];
export type FigureSubmission = Schemas['FigureSubmission'];
export type SubmittedFigure = Schemas['SubmittedFigure'];
export type SubmissionPage = Schemas['SubmissionPage'];
export type AuditEntry = Schemas['AuditEntry'];
export type FieldError = Schemas['FieldError'];
export type InspectionFramework = Schemas['InspectionFramework'];
export type InspectionOutcome = Schemas['InspectionOutcome'];
export type RevisitFinding = Schemas['RevisitFinding'];
export type Rag = Schemas['Rag'];
export type InspectionSource = Schemas['InspectionSource'];
export type Revisit = Schemas['Revisit'];
export type Inspection = Schemas['Inspection'];
export type FollowUp = Schemas['FollowUp'];
export type FollowUpFilter = Schemas['FollowUpFilter'];
export type FollowUpCounts = Schemas['FollowUpCounts'];
export type InspectionPosition = Schemas['InspectionPosition'];
export type InspectionSummary = Schemas['InspectionSummary'];
export type InspectionOverview = Schemas['InspectionOverview'];
export type AreaInspections = Schemas['AreaInspections'];
export type WeaknessTheme = Schemas['WeaknessTheme'];
export type ActionStatus = Schemas['ActionStatus'];
export type ProgressUpdate = Schemas['ProgressUpdate'];
export type WsoaAction = Schemas['WsoaAction'];
export type WsoaWeakness = Schemas['WsoaWeakness'];
export type ActionCounts = Schemas['ActionCounts'];
export type Wsoa = Schemas['Wsoa'];
export type ProgressUpdateRequest = Schemas['ProgressUpdateRequest'];
export type NewWeakness = Schemas['NewWeakness'];
export type NewAction = Schemas['NewAction'];

/** The largest page the API serves; reading whole lists in as few requests as possible. */
export const MAX_PAGE_SIZE = 200;

/** The API has nothing under the identifiers asked for; `detail` is its own explanation. */
export class NotFoundError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'NotFoundError';
  }
}

/** The API says no area has this code (or that the text cannot be an area code). */
export class AreaNotFoundError extends NotFoundError {
  constructor(
    readonly areaCode: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'AreaNotFoundError';
  }
}

/** The API could not be reached, or failed in a way the user cannot put right. */
export class ServiceUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ServiceUnavailableError';
  }
}

/** The username or password is not right (401 at sign-in); `detail` is the API's explanation. */
export class SignInRefusedError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'SignInRefusedError';
  }
}

/** Too many failed sign-ins for this username (429). */
export class TooManySignInsError extends Error {
  constructor(
    readonly detail: string,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(detail);
    this.name = 'TooManySignInsError';
  }
}

/** No valid access token (401): the user has to sign in (again). */
export class SignInRequiredError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'SignInRequiredError';
  }
}

/** The signed-in user may not do this (403), e.g. submit for another area. */
export class ForbiddenError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'ForbiddenError';
  }
}

/** The API rejected what was sent (400); `problem.errors` names each invalid field. */
export class InvalidRequestError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'InvalidRequestError';
  }
}

export interface AreaFilter {
  type?: AreaType;
  region?: string;
}

/** Which areas the national inspection overview lists; absent parts do not filter. */
export interface InspectionFilter {
  framework?: InspectionFramework | undefined;
  outcome?: InspectionOutcome | undefined;
  /** Areas that were (true) or were not (false) required to write a WSOA. */
  wsoa?: boolean | undefined;
  revisit?: RevisitFinding | undefined;
  /** An English region's ONS code. */
  region?: string | undefined;
  rag?: Rag | undefined;
  /** A follow-up's kind and status together, e.g. revisit_overdue; `none` for areas with nothing to follow up. */
  followUp?: FollowUpFilter | undefined;
}

/** Which figures of an indicator: absent period means the latest, absent breakdown the indicator's default. */
export interface FigureSelection {
  period?: string | undefined;
  breakdown?: string | undefined;
}

export interface SendInsightApi {
  getArea(areaCode: string): Promise<Area>;
  /** Every area matching the filter, reading page after page until the last. */
  listAllAreas(filter: AreaFilter): Promise<AreaSummary[]>;
  /** The whole indicator catalogue, or one collection of it (`local`: those areas submit), ordered by domain and name. */
  listAllIndicators(collection?: Collection): Promise<Indicator[]>;
  /*
   * Reads of figures take the signed-in user's access token, if any: the API then adds the figures that user may
   * see before they are published (an area leader's own submissions; all of them for advisers and administrators),
   * marked `submitted`. Without a token they read the public figures only. With an access token they never go
   * through the browser's HTTP cache (see `asViewer`), so that one view cannot be shown in place of the other.
   */
  /** Every local authority's figure for one period, all pages joined into one. */
  getIndicatorValues(indicatorId: string, selection: FigureSelection, accessToken?: string): Promise<IndicatorValues>;
  getAreaOverview(areaCode: string, accessToken?: string): Promise<AreaOverview>;
  getSeries(areaCode: string, indicatorId: string, breakdown?: string, accessToken?: string): Promise<Series>;
  /** The same figures as CSV text, as the API writes them. */
  getIndicatorValuesCsv(indicatorId: string, selection: FigureSelection, accessToken?: string): Promise<string>;
  getAreaOverviewCsv(areaCode: string, accessToken?: string): Promise<string>;
  getSeriesCsv(areaCode: string, indicatorId: string, breakdown?: string, accessToken?: string): Promise<string>;

  /** Signs in; throws SignInRefusedError or TooManySignInsError when the API refuses. */
  signIn(username: string, password: string): Promise<TokenResponse>;
  /** New tokens for a refresh token, or undefined when the API no longer accepts it. */
  refreshTokens(refreshToken: string): Promise<TokenResponse | undefined>;
  /** Revokes the refresh token. */
  signOut(refreshToken: string): Promise<void>;
  /** Submits (or corrects) a local figure; throws InvalidRequestError, SignInRequiredError or ForbiddenError. */
  submitFigure(accessToken: string, areaCode: string, indicatorId: string, period: string, submission: FigureSubmission): Promise<SubmittedFigure>;
  /** An area's submitted figures, newest first; NotFoundError when the API does not offer them (yet). */
  listSubmissions(accessToken: string, areaCode: string): Promise<SubmittedFigure[]>;
  /** Publishes a submitted figure (advisers and administrators). */
  publishFigure(accessToken: string, areaCode: string, indicatorId: string, period: string): Promise<SubmittedFigure>;

  /** Every selected area's inspection position, all pages joined, with the summary counts; NotFoundError when the API does not offer it (yet). */
  getInspectionOverview(filter: InspectionFilter): Promise<InspectionOverview>;
  getInspectionOverviewCsv(filter: InspectionFilter): Promise<string>;
  /** An area's inspections, newest first, with its current position. */
  getAreaInspections(areaCode: string): Promise<AreaInspections>;
  /** An area's WSOA (its leaders, advisers and administrators); throws SignInRequiredError, ForbiddenError or NotFoundError. */
  getAreaWsoa(accessToken: string, areaCode: string): Promise<Wsoa>;
  /** Records progress on one WSOA action; throws InvalidRequestError, SignInRequiredError or ForbiddenError. */
  postWsoaActionUpdate(accessToken: string, areaCode: string, actionId: number, update: ProgressUpdateRequest): Promise<WsoaAction>;
  /** Records one of the WSOA's significant weaknesses; throws InvalidRequestError, SignInRequiredError, ForbiddenError or NotFoundError. */
  postWsoaWeakness(accessToken: string, areaCode: string, weakness: NewWeakness): Promise<WsoaWeakness>;
  /** Adds an action to one of the WSOA's weaknesses; throws InvalidRequestError, SignInRequiredError, ForbiddenError or NotFoundError. */
  postWsoaAction(accessToken: string, areaCode: string, weaknessId: number, action: NewAction): Promise<WsoaAction>;
}

/**
 * The same addresses answer JSON or CSV by the Accept header, and the API's public answers may be kept for
 * minutes without `Vary: Accept`: a CSV download must neither be answered from the browser's HTTP cache (it
 * would get the JSON the page read) nor be kept in it (the page would next read CSV).
 */
const CSV = { headers: { Accept: 'text/csv' }, parseAs: 'text', cache: 'no-store' } as const;

export function createSendInsightApi(
  baseUrl: string,
  fetchFromNetwork: (request: Request) => Promise<Response> = (request) => globalThis.fetch(request),
): SendInsightApi {
  const client = createClient<paths>({ baseUrl, fetch: fetchFromNetwork });

  const valuesQuery = (selection: FigureSelection, page: number) => ({
    ...withoutBlanks({ period: selection.period, breakdown: selection.breakdown }),
    type: 'local_authority' as const,
    page,
    pageSize: MAX_PAGE_SIZE,
  });
  const inspectionsQuery = (filter: InspectionFilter, page: number) => ({
    ...withoutBlanks({
      framework: filter.framework,
      outcome: filter.outcome,
      revisit: filter.revisit,
      region: filter.region,
      rag: filter.rag,
      followUp: filter.followUp,
    }),
    ...(filter.wsoa === undefined ? {} : { wsoa: filter.wsoa }),
    page,
    pageSize: MAX_PAGE_SIZE,
  });
  const seriesParameters = (areaCode: string, indicatorId: string, breakdown?: string) => ({
    path: { code: areaCode, id: indicatorId },
    query: withoutBlanks({ breakdown }),
  });

  return {
    async getArea(areaCode) {
      const { data, error, response } = await reachApi(() =>
        client.GET('/api/v1/areas/{code}', { params: { path: { code: areaCode } } }),
      );
      if (data) return data;
      if (response.status === 404 || response.status === 400) {
        throw new AreaNotFoundError(areaCode, error?.detail ?? `No area has the code “${areaCode}”.`);
      }
      throw unexpectedResponse(response, error);
    },

    async listAllAreas(filter) {
      const areas: AreaSummary[] = [];
      for (let page = 1; ; page++) {
        const { data, error, response } = await reachApi(() =>
          client.GET('/api/v1/areas', { params: { query: { ...filter, page, pageSize: MAX_PAGE_SIZE } } }),
        );
        if (!data) throw unexpectedResponse(response, error);
        areas.push(...data.items);
        if (page >= data.totalPages || data.items.length === 0) return areas;
      }
    },

    async listAllIndicators(collection) {
      const indicators: Indicator[] = [];
      for (let page = 1; ; page++) {
        const { data, error, response } = await reachApi(() =>
          client.GET('/api/v1/indicators', { params: { query: { ...(collection ? { collection } : {}), page, pageSize: MAX_PAGE_SIZE } } }),
        );
        if (!data) throw unexpectedResponse(response, error);
        indicators.push(...data.items);
        if (page >= data.totalPages || data.items.length === 0) return indicators;
      }
    },

    async getIndicatorValues(indicatorId, selection, accessToken) {
      let first: IndicatorValues | undefined;
      for (let page = 1; ; page++) {
        const { data, error, response } = await reachApi(() =>
          client.GET('/api/v1/indicators/{id}/values', {
            params: { path: { id: indicatorId }, query: valuesQuery(selection, page) },
            ...asViewer(accessToken),
          }),
        );
        const values = jsonOnly(data);
        if (!values) throw notFoundOrUnexpected(response, error);
        // Later pages repeat the benchmarks; only their items are new. Pin the period the first page
        // answered with, so that "latest" cannot move between pages.
        if (first) first.items.push(...values.items);
        else first = { ...values, items: [...values.items] };
        if (page === 1) selection = { ...selection, period: values.period };
        if (page >= values.totalPages || values.items.length === 0) return first;
      }
    },

    async getAreaOverview(areaCode, accessToken) {
      const { data, error, response } = await reachApi(() =>
        client.GET('/api/v1/areas/{code}/summary', { params: { path: { code: areaCode } }, ...asViewer(accessToken) }),
      );
      const overview = jsonOnly(data);
      if (overview) return overview;
      throw notFoundOrUnexpected(response, error);
    },

    async getSeries(areaCode, indicatorId, breakdown, accessToken) {
      const { data, error, response } = await reachApi(() =>
        client.GET('/api/v1/areas/{code}/indicators/{id}/series', {
          params: seriesParameters(areaCode, indicatorId, breakdown),
          ...asViewer(accessToken),
        }),
      );
      const series = jsonOnly(data);
      if (series) return series;
      throw notFoundOrUnexpected(response, error);
    },

    async getIndicatorValuesCsv(indicatorId, selection, accessToken) {
      const { data, error, response } = await reachApi(() =>
        client.GET('/api/v1/indicators/{id}/values', {
          params: { path: { id: indicatorId }, query: valuesQuery(selection, 1) },
          ...csvAsViewer(accessToken),
        }),
      );
      return csvText(data, response, error);
    },

    async getAreaOverviewCsv(areaCode, accessToken) {
      const { data, error, response } = await reachApi(() =>
        client.GET('/api/v1/areas/{code}/summary', { params: { path: { code: areaCode } }, ...csvAsViewer(accessToken) }),
      );
      return csvText(data, response, error);
    },

    async getSeriesCsv(areaCode, indicatorId, breakdown, accessToken) {
      const { data, error, response } = await reachApi(() =>
        client.GET('/api/v1/areas/{code}/indicators/{id}/series', {
          params: seriesParameters(areaCode, indicatorId, breakdown),
          ...csvAsViewer(accessToken),
        }),
      );
      return csvText(data, response, error);
    },

    async signIn(username, password) {
      const { data, error, response } = await reachApi(() => client.POST('/api/v1/auth/login', { body: { username, password } }));
      if (data) return data;
      const problem = parsedProblem(error);
      if (response.status === 401 || response.status === 400) {
        throw new SignInRefusedError(problem?.detail ?? 'The username or password is not right.');
      }
      if (response.status === 429) {
        const retryAfter = Number(response.headers.get('Retry-After'));
        throw new TooManySignInsError(problem?.detail ?? 'Too many failed attempts to sign in.', Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
      }
      throw unexpectedResponse(response, problem);
    },

    async refreshTokens(refreshToken) {
      const { data, error, response } = await reachApi(() => client.POST('/api/v1/auth/refresh', { body: { refresh_token: refreshToken } }));
      if (data) return data;
      if (response.status === 401 || response.status === 400) return undefined;
      throw unexpectedResponse(response, parsedProblem(error));
    },

    async signOut(refreshToken) {
      const { error, response } = await reachApi(() => client.POST('/api/v1/auth/logout', { body: { refresh_token: refreshToken } }));
      if (!response.ok) throw unexpectedResponse(response, parsedProblem(error));
    },

    async submitFigure(accessToken, areaCode, indicatorId, period, submission) {
      const { data, error, response } = await reachApi(() =>
        client.PUT('/api/v1/areas/{code}/indicators/{id}/values/{period}', {
          params: { path: { code: areaCode, id: indicatorId, period } },
          body: submission,
          headers: bearer(accessToken),
        }),
      );
      if (data) return data;
      throw signedInRequestProblem(response, parsedProblem(error));
    },

    async listSubmissions(accessToken, areaCode) {
      const submissions: SubmittedFigure[] = [];
      for (let page = 1; ; page++) {
        const { data, error, response } = await reachApi(() =>
          client.GET('/api/v1/areas/{code}/submissions', {
            params: { path: { code: areaCode }, query: { page, pageSize: MAX_PAGE_SIZE } },
            headers: bearer(accessToken),
          }),
        );
        if (!data) throw signedInRequestProblem(response, parsedProblem(error));
        submissions.push(...data.items);
        if (page >= data.totalPages || data.items.length === 0) return submissions;
      }
    },

    async publishFigure(accessToken, areaCode, indicatorId, period) {
      const { data, error, response } = await reachApi(() =>
        client.POST('/api/v1/areas/{code}/indicators/{id}/values/{period}/publication', {
          params: { path: { code: areaCode, id: indicatorId, period } },
          headers: bearer(accessToken),
        }),
      );
      if (data) return data;
      throw signedInRequestProblem(response, parsedProblem(error));
    },

    async getInspectionOverview(filter) {
      let first: InspectionOverview | undefined;
      for (let page = 1; ; page++) {
        const { data, error, response } = await reachApi(() =>
          client.GET('/api/v1/inspections', { params: { query: inspectionsQuery(filter, page) } }),
        );
        const overview = jsonOnly(data);
        if (!overview) throw notFoundOrUnexpected(response, error);
        // Every page carries the summary of all selected areas; only the items are new.
        if (first) first.items.push(...overview.items);
        else first = { ...overview, items: [...overview.items] };
        if (page >= overview.totalPages || overview.items.length === 0) return first;
      }
    },

    async getInspectionOverviewCsv(filter) {
      const { data, error, response } = await reachApi(() =>
        client.GET('/api/v1/inspections', { params: { query: inspectionsQuery(filter, 1) }, ...CSV }),
      );
      return csvText(data, response, error);
    },

    async getAreaInspections(areaCode) {
      const { data, error, response } = await reachApi(() =>
        client.GET('/api/v1/areas/{code}/inspections', { params: { path: { code: areaCode } } }),
      );
      if (data) return data;
      throw notFoundOrUnexpected(response, error);
    },

    async getAreaWsoa(accessToken, areaCode) {
      const { data, error, response } = await reachApi(() =>
        client.GET('/api/v1/areas/{code}/wsoa', { params: { path: { code: areaCode } }, headers: bearer(accessToken), cache: 'no-store' }),
      );
      if (data) return data;
      throw signedInRequestProblem(response, parsedProblem(error));
    },

    async postWsoaActionUpdate(accessToken, areaCode, actionId, update) {
      const { data, error, response } = await reachApi(() =>
        client.POST('/api/v1/areas/{code}/wsoa/actions/{id}/updates', {
          params: { path: { code: areaCode, id: actionId } },
          body: update,
          headers: bearer(accessToken),
        }),
      );
      if (data) return data;
      throw signedInRequestProblem(response, parsedProblem(error));
    },

    async postWsoaWeakness(accessToken, areaCode, weakness) {
      const { data, error, response } = await reachApi(() =>
        client.POST('/api/v1/areas/{code}/wsoa/weaknesses', { params: { path: { code: areaCode } }, body: weakness, headers: bearer(accessToken) }),
      );
      if (data) return data;
      throw signedInRequestProblem(response, parsedProblem(error));
    },

    async postWsoaAction(accessToken, areaCode, weaknessId, action) {
      const { data, error, response } = await reachApi(() =>
        client.POST('/api/v1/areas/{code}/wsoa/weaknesses/{id}/actions', {
          params: { path: { code: areaCode, id: weaknessId } },
          body: action,
          headers: bearer(accessToken),
        }),
      );
      if (data) return data;
      throw signedInRequestProblem(response, parsedProblem(error));
    },
  };
}

function bearer(accessToken: string) {
  return { Authorization: `Bearer ${accessToken}` };
}

/**
 * A read as the signed-in user, or as the public when there is no token. The browser's HTTP cache keys
 * responses by address alone, and public reads may be kept for minutes: a signed-in read must neither be
 * answered from it (that would hide the user's submitted figures) nor be kept in it (that would show them
 * to whoever reads next, signed out).
 */
function asViewer(accessToken: string | undefined): { headers?: Record<string, string>; cache?: RequestCache } {
  return accessToken ? { headers: bearer(accessToken), cache: 'no-store' } : {};
}

function csvAsViewer(accessToken: string | undefined) {
  const viewer = asViewer(accessToken);
  return { ...CSV, ...viewer, headers: { ...CSV.headers, ...viewer.headers } };
}

/** What went wrong with a request that needs a signed-in user, as the error the views handle. */
function signedInRequestProblem(response: Response, problem: Problem | undefined): Error {
  switch (response.status) {
    case 400:
      return new InvalidRequestError(problem ?? { type: 'about:blank', title: 'Invalid request', status: 400 });
    case 401:
      return new SignInRequiredError(problem?.detail ?? 'Sign in to continue.');
    case 403:
      return new ForbiddenError(problem?.detail ?? 'You are not allowed to do this.');
    case 404:
      return new NotFoundError(problem?.detail ?? 'Not found.');
    default:
      return unexpectedResponse(response, problem);
  }
}

/** Endpoints that can also answer CSV are typed as JSON-or-text; these calls always ask for JSON. */
function jsonOnly<Body>(data: Body | string | undefined): Body | undefined {
  return typeof data === 'string' ? undefined : data;
}

/** Leaves out blank parameters, so that "no breakdown" is not sent as `breakdown=`. */
function withoutBlanks<Parameters extends Record<string, string | undefined>>(parameters: Parameters): Partial<Parameters> {
  return Object.fromEntries(Object.entries(parameters).filter(([, value]) => value !== undefined && value !== '')) as Partial<Parameters>;
}

async function reachApi<Result>(request: () => Promise<Result>): Promise<Result> {
  try {
    return await request();
  } catch (cause) {
    throw new ServiceUnavailableError('The SEND Insight API could not be reached.', { cause });
  }
}

function notFoundOrUnexpected(response: Response, problem: Problem | undefined): Error {
  if (response.status === 404 || response.status === 400) {
    return new NotFoundError(problem?.detail ?? 'The API has no figures for this choice.');
  }
  // Only a read with an access token the API no longer accepts (e.g. it restarted with a new key).
  if (response.status === 401) return new SignInRequiredError(problem?.detail ?? 'Sign in again.');
  return unexpectedResponse(response, problem);
}

function csvText(data: unknown, response: Response, problem: unknown): string {
  if (response.ok && typeof data === 'string') return data;
  throw unexpectedResponse(response, parsedProblem(problem));
}

/** With `parseAs: 'text'` an error body arrives as text; it is a problem document when the API wrote one. */
function parsedProblem(body: unknown): Problem | undefined {
  if (typeof body === 'object' && body !== null) return body as Problem;
  if (typeof body !== 'string') return undefined;
  try {
    return JSON.parse(body) as Problem;
  } catch {
    return undefined;
  }
}

function unexpectedResponse(response: Response, problem: Problem | undefined): ServiceUnavailableError {
  const explanation = problem?.detail ?? problem?.title ?? response.statusText;
  return new ServiceUnavailableError(`The SEND Insight API answered ${response.status}${explanation ? `: ${explanation}` : ''}.`);
}
