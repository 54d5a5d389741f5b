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

/** The largest page the API serves; reading whole lists in as few requests as possible. */
export const MAX_PAGE_SIZE = 200;

/** The API says no area has this code (or that the text cannot be an area code). */
export class AreaNotFoundError extends Error {
  constructor(
    readonly areaCode: string,
    readonly detail: string,
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

export interface AreaFilter {
  type?: AreaType;
  region?: string;
}

export interface SendInsightApi {
  getArea(areaCode: string): Promise<Area>;
  /** Every area matching the filter, reading page after page until the last. */
  listAllAreas(filter: AreaFilter): Promise<AreaSummary[]>;
}

export function createSendInsightApi(
  baseUrl: string,
  fetchFromNetwork: (request: Request) => Promise<Response> = (request) => globalThis.fetch(request),
): SendInsightApi {
  const client = createClient<paths>({ baseUrl, fetch: fetchFromNetwork });

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
  };
}

async function reachApi<Result>(request: () => Promise<Result>): Promise<Result> {
  try {
    return await request();
  } catch (cause) {
    throw new ServiceUnavailableError('The SEND Insight API could not be reached.', { cause });
  }
}

function unexpectedResponse(response: Response, problem: Problem | undefined): ServiceUnavailableError {
  const explanation = problem?.detail ?? problem?.title ?? response.statusText;
  return new ServiceUnavailableError(`The SEND Insight API answered ${response.status}${explanation ? `: ${explanation}` : ''}.`);
}
