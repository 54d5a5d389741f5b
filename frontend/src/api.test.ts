import { describe, expect, it } from 'vitest';
import { AreaNotFoundError, createSendInsightApi, ServiceUnavailableError } from './api';
import { areaPage, lambethSummary, wandsworth, wandsworthSummary } from './testing/fixtures';

const BASE_URL = 'https://api.send-insight.example';

function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/** A stand-in for the network that answers from a list and records what was asked. */
function fakeNetwork(answer: (url: URL) => Response) {
  const requested: URL[] = [];
  const fetchFromNetwork = async (request: Request) => {
    const url = new URL(request.url);
    requested.push(url);
    return answer(url);
  };
  return { requested, api: createSendInsightApi(BASE_URL, fetchFromNetwork) };
}

describe('getArea', () => {
  it('returns the area, asking the API for it by code', async () => {
    const { api, requested } = fakeNetwork(() => json(wandsworth));

    await expect(api.getArea('212')).resolves.toEqual(wandsworth);
    expect(requested.map(String)).toEqual([`${BASE_URL}/api/v1/areas/212`]);
  });

  it('escapes the code so it cannot change the path', async () => {
    const { api, requested } = fakeNetwork(() => json(wandsworth));

    await api.getArea('a/b?c');
    expect(requested[0]?.pathname).toBe('/api/v1/areas/a%2Fb%3Fc');
  });

  it('reports an unknown code with the detail from the problem response', async () => {
    const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: "No area has the code 'NOPE'." };
    const { api } = fakeNetwork(() => json(problem, 404, 'application/problem+json'));

    const failure = api.getArea('NOPE');
    await expect(failure).rejects.toBeInstanceOf(AreaNotFoundError);
    await expect(failure).rejects.toMatchObject({ areaCode: 'NOPE', detail: "No area has the code 'NOPE'." });
  });

  it('explains an unknown code itself when the problem has no detail', async () => {
    const { api } = fakeNetwork(() => json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404, 'application/problem+json'));

    await expect(api.getArea('NOPE')).rejects.toMatchObject({ detail: 'No area has the code “NOPE”.' });
  });

  it('reports a server failure as the service being unavailable', async () => {
    const { api } = fakeNetwork(() => json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, 500, 'application/problem+json'));

    await expect(api.getArea('212')).rejects.toBeInstanceOf(ServiceUnavailableError);
  });

  it('reports an unreachable API as the service being unavailable', async () => {
    const api = createSendInsightApi(BASE_URL, () => Promise.reject(new TypeError('Failed to fetch')));

    await expect(api.getArea('212')).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});

describe('listAllAreas', () => {
  it('reads every page, 200 areas at a time', async () => {
    const { api, requested } = fakeNetwork((url) =>
      url.searchParams.get('page') === '1'
        ? json(areaPage([lambethSummary], 1, 2, 2))
        : json(areaPage([wandsworthSummary], 2, 2, 2)),
    );

    const areas = await api.listAllAreas({ type: 'local_authority', region: 'E12000007' });

    expect(areas.map((area) => area.name)).toEqual(['Lambeth', 'Wandsworth']);
    expect(requested.map((url) => Object.fromEntries(url.searchParams))).toEqual([
      { type: 'local_authority', region: 'E12000007', page: '1', pageSize: '200' },
      { type: 'local_authority', region: 'E12000007', page: '2', pageSize: '200' },
    ]);
  });

  it('stops at an empty page even if the API claims more pages', async () => {
    const { api, requested } = fakeNetwork(() => json(areaPage([], 1, 5, 0)));

    await expect(api.listAllAreas({ type: 'region' })).resolves.toEqual([]);
    expect(requested).toHaveLength(1);
  });

  it('reports a rejected request as the service being unavailable', async () => {
    const problem = { type: 'about:blank', title: 'Invalid request', status: 400, detail: "Query parameter 'pageSize' must be at most 200." };
    const { api } = fakeNetwork(() => json(problem, 400, 'application/problem+json'));

    await expect(api.listAllAreas({ type: 'region' })).rejects.toThrow(/400: Query parameter 'pageSize' must be at most 200/);
  });
});
