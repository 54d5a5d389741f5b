import { describe, expect, it } from 'vitest';
import {
  AreaNotFoundError,
  createSendInsightApi,
  ForbiddenError,
  InvalidRequestError,
  NotFoundError,
  ServiceUnavailableError,
  SignInRequiredError,
  type IndicatorValues,
} from './api';
import { action, barnsleyPosition, inspectionOverview, wandsworthPosition, wandsworthWsoa } from './testing/inspectionFixtures';
import { areaPage, lambethSummary, wandsworth, wandsworthSummary } from './testing/fixtures';
import { catalogue, timelinessValues, wandsworthOverview, wandsworthSeries } from './testing/indicatorFixtures';

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

describe('getIndicatorValues', () => {
  const page = (items: IndicatorValues['items'], pageNumber: number, totalPages: number): IndicatorValues => ({
    ...timelinessValues,
    items,
    page: pageNumber,
    totalPages,
  });

  it('joins every page into one answer, asking for later pages by the period the first one answered', async () => {
    const [first, second, third] = timelinessValues.items;
    const { api, requested } = fakeNetwork((url) =>
      url.searchParams.get('page') === '1' ? json(page([first!, second!], 1, 2)) : json(page([third!], 2, 2)),
    );

    const values = await api.getIndicatorValues('ehcp-issued-within-20-weeks', { breakdown: undefined });

    expect(values.items.map((item) => item.area.name)).toEqual(['Barking and Dagenham', 'Hammersmith and Fulham', 'Lambeth']);
    expect(values.notice).toBe(timelinessValues.notice);
    expect(requested.map((url) => [url.pathname, Object.fromEntries(url.searchParams)])).toEqual([
      ['/api/v1/indicators/ehcp-issued-within-20-weeks/values', { type: 'local_authority', page: '1', pageSize: '200' }],
      ['/api/v1/indicators/ehcp-issued-within-20-weeks/values', { period: '2024', type: 'local_authority', page: '2', pageSize: '200' }],
    ]);
  });

  it('reports an unknown period with the API’s own words', async () => {
    const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: "No figures for period '1999'." };
    const { api } = fakeNetwork(() => json(problem, 404, 'application/problem+json'));

    const failure = api.getIndicatorValues('ehcp-issued-within-20-weeks', { period: '1999' });
    await expect(failure).rejects.toBeInstanceOf(NotFoundError);
    await expect(failure).rejects.toMatchObject({ detail: "No figures for period '1999'." });
  });
});

describe('the area overview and series', () => {
  it('reads an area’s overview', async () => {
    const { api, requested } = fakeNetwork(() => json(wandsworthOverview));

    await expect(api.getAreaOverview('E09000032')).resolves.toEqual(wandsworthOverview);
    expect(requested[0]?.pathname).toBe('/api/v1/areas/E09000032/summary');
  });

  it('reads a series, sending the breakdown only when there is one', async () => {
    const { api, requested } = fakeNetwork(() => json(wandsworthSeries));

    await api.getSeries('E09000032', 'suspension-rate', 'sen_support');
    await api.getSeries('E09000032', 'ehcp-issued-within-20-weeks');

    expect(requested.map((url) => `${url.pathname}${url.search}`)).toEqual([
      '/api/v1/areas/E09000032/indicators/suspension-rate/series?breakdown=sen_support',
      '/api/v1/areas/E09000032/indicators/ehcp-issued-within-20-weeks/series',
    ]);
  });
});

describe('reads of figures as the signed-in user', () => {
  /** What each request carried: its address, Authorization header and cache mode. */
  function recordingNetwork(body: unknown, contentType = 'application/json') {
    const seen: { path: string; authorization: string | null; cache: RequestCache; accept: string | null }[] = [];
    const api = createSendInsightApi(BASE_URL, async (request) => {
      seen.push({ path: new URL(request.url).pathname, authorization: request.headers.get('Authorization'), cache: request.cache, accept: request.headers.get('Accept') });
      return new Response(typeof body === 'string' ? body : JSON.stringify(body), { headers: { 'Content-Type': contentType } });
    });
    return { api, seen };
  }

  it('send the access token and bypass the browser’s HTTP cache, so the public and signed-in views never mix', async () => {
    const { api, seen } = recordingNetwork(wandsworthOverview);
    await api.getAreaOverview('E09000032', 'the-token');
    await api.getSeries('E09000032', 'ehcp-issued-within-20-weeks', undefined, 'the-token');
    await api.getIndicatorValues('ehcp-issued-within-20-weeks', {}, 'the-token').catch(() => undefined);

    expect(seen.map((each) => [each.authorization, each.cache])).toEqual([
      ['Bearer the-token', 'no-store'],
      ['Bearer the-token', 'no-store'],
      ['Bearer the-token', 'no-store'],
    ]);
  });

  it('send no token and use the HTTP cache as usual when nobody is signed in', async () => {
    const { api, seen } = recordingNetwork(wandsworthOverview);
    await api.getAreaOverview('E09000032');
    await api.getSeries('E09000032', 'ehcp-issued-within-20-weeks');

    expect(seen.map((each) => each.authorization)).toEqual([null, null]);
    expect(seen.map((each) => each.cache)).not.toContain('no-store');
  });

  it('send the token with CSV downloads too, still asking for CSV', async () => {
    const { api, seen } = recordingNetwork('area_code\r\n', 'text/csv');
    await api.getAreaOverviewCsv('E09000032', 'the-token');
    await api.getSeriesCsv('E09000032', 'ehcp-issued-within-20-weeks', undefined, 'the-token');
    await api.getIndicatorValuesCsv('ehcp-issued-within-20-weeks', {}, 'the-token');

    expect(seen.map((each) => [each.accept, each.authorization, each.cache])).toEqual([
      ['text/csv', 'Bearer the-token', 'no-store'],
      ['text/csv', 'Bearer the-token', 'no-store'],
      ['text/csv', 'Bearer the-token', 'no-store'],
    ]);
  });

  it('say when the API no longer accepts the token, so the page can read as the public instead', async () => {
    const problem = { type: 'about:blank', title: 'Unauthorized', status: 401 };
    const { api } = fakeNetwork(() => json(problem, 401, 'application/problem+json'));

    await expect(api.getAreaOverview('E09000032', 'expired')).rejects.toBeInstanceOf(SignInRequiredError);
  });
});

describe('CSV downloads', () => {
  it('ask the API for text/csv and return its text as it is', async () => {
    const accepted: (string | null)[] = [];
    const api = createSendInsightApi(BASE_URL, async (request) => {
      accepted.push(request.headers.get('Accept'));
      // The JSON at the same address may be in the HTTP cache, which does not tell the two apart.
      expect(request.cache).toBe('no-store');
      return new Response('area_code,value\r\nE09000032,59.3\r\n', { headers: { 'Content-Type': 'text/csv' } });
    });

    await expect(api.getAreaOverviewCsv('E09000032')).resolves.toBe('area_code,value\r\nE09000032,59.3\r\n');
    await api.getIndicatorValuesCsv('ehcp-issued-within-20-weeks', { period: '2024' });
    await api.getSeriesCsv('E09000032', 'ehcp-issued-within-20-weeks');
    expect(accepted).toEqual(['text/csv', 'text/csv', 'text/csv']);
  });

  it('report a failure with the problem’s detail', async () => {
    const problem = { type: 'about:blank', title: 'Not Acceptable', status: 406, detail: 'CSV is not available here.' };
    const { api } = fakeNetwork(() => json(problem, 406, 'application/problem+json'));

    await expect(api.getAreaOverviewCsv('E09000032')).rejects.toThrow(/406: CSV is not available here/);
  });
});

describe('listAllIndicators', () => {
  it('reads the whole catalogue', async () => {
    const { api } = fakeNetwork(() => json({ items: catalogue, page: 1, pageSize: 200, totalItems: catalogue.length, totalPages: 1 }));

    await expect(api.listAllIndicators()).resolves.toEqual(catalogue);
  });
});

describe('inspections and WSOAs', () => {
  it('read the national overview with only the filters chosen, WSOA as true or false, joining pages', async () => {
    const { api, requested } = fakeNetwork((url) =>
      url.searchParams.get('page') === '1'
        ? json({ ...inspectionOverview, items: [barnsleyPosition], totalPages: 2, totalItems: 2 })
        : json({ ...inspectionOverview, items: [wandsworthPosition], page: 2, totalPages: 2, totalItems: 2 }),
    );

    const overview = await api.getInspectionOverview({ wsoa: false, region: 'E12000007', rag: undefined });

    expect(overview.items.map((item) => item.area.name)).toEqual(['Barnsley', 'Wandsworth']);
    expect(overview.summary).toEqual(inspectionOverview.summary);
    expect(requested.map((url) => `${url.pathname}${url.search}`)).toEqual([
      '/api/v1/inspections?region=E12000007&wsoa=false&page=1&pageSize=200',
      '/api/v1/inspections?region=E12000007&wsoa=false&page=2&pageSize=200',
    ]);
  });

  it('download the overview as CSV with the same filters', async () => {
    const seen: string[] = [];
    const api = createSendInsightApi(BASE_URL, async (request) => {
      seen.push(`${request.headers.get('Accept')} ${request.cache} ${new URL(request.url).search}`);
      return new Response('area_code,rag\r\n', { headers: { 'Content-Type': 'text/csv' } });
    });
    await expect(api.getInspectionOverviewCsv({ rag: 'red' })).resolves.toBe('area_code,rag\r\n');
    expect(seen).toEqual(['text/csv no-store ?rag=red&page=1&pageSize=200']);
  });

  it('ask for one follow-up by its filter value', async () => {
    const { api, requested } = fakeNetwork(() => json(inspectionOverview));
    await api.getInspectionOverview({ followUp: 'inspection_overdue' });
    expect(requested.map((url) => url.search)).toEqual(['?followUp=inspection_overdue&page=1&pageSize=200']);
  });

  it('read an area’s WSOA with the access token, past the HTTP cache', async () => {
    const seen: { path: string; authorization: string | null; cache: RequestCache }[] = [];
    const api = createSendInsightApi(BASE_URL, async (request) => {
      seen.push({ path: new URL(request.url).pathname, authorization: request.headers.get('Authorization'), cache: request.cache });
      return json(wandsworthWsoa);
    });
    await expect(api.getAreaWsoa('the-token', 'E09000032')).resolves.toEqual(wandsworthWsoa);
    expect(seen).toEqual([{ path: '/api/v1/areas/E09000032/wsoa', authorization: 'Bearer the-token', cache: 'no-store' }]);
  });

  it('post a progress update and return the action as the API now has it', async () => {
    let body: unknown;
    const api = createSendInsightApi(BASE_URL, async (request) => {
      body = await request.json();
      return json(action({ status: 'on_track', percentComplete: 70 }), 201);
    });
    const update = { status: 'on_track' as const, percentComplete: 70, narrative: 'Done.' };
    await expect(api.postWsoaActionUpdate('the-token', 'E09000032', 101, update)).resolves.toMatchObject({ status: 'on_track', percentComplete: 70 });
    expect(body).toEqual(update);
  });

  it('record a weakness and an action with the bearer token, at the contract’s addresses', async () => {
    const seen: { method: string; path: string; authorization: string | null; body: unknown }[] = [];
    const api = createSendInsightApi(BASE_URL, async (request) => {
      const path = new URL(request.url).pathname;
      seen.push({ method: request.method, path, authorization: request.headers.get('Authorization'), body: await request.json() });
      return path.endsWith('/actions')
        ? json(action({ id: 7, status: 'not_started', percentComplete: 0, updates: [] }), 201)
        : json({ id: 3, number: 2, text: 'Too slow.', theme: 'health_waits', demo: false, actions: [] }, 201);
    });
    await expect(api.postWsoaWeakness('the-token', 'E09000032', { text: 'Too slow.', theme: 'health_waits' })).resolves.toMatchObject({ id: 3, number: 2 });
    await expect(api.postWsoaAction('the-token', 'E09000032', 3, { title: 'Train', owner: 'SEND team', dueDate: '2027-03-27' })).resolves.toMatchObject({ id: 7 });
    expect(seen).toEqual([
      { method: 'POST', path: '/api/v1/areas/E09000032/wsoa/weaknesses', authorization: 'Bearer the-token', body: { text: 'Too slow.', theme: 'health_waits' } },
      { method: 'POST', path: '/api/v1/areas/E09000032/wsoa/weaknesses/3/actions', authorization: 'Bearer the-token', body: { title: 'Train', owner: 'SEND team', dueDate: '2027-03-27' } },
    ]);
  });

  it('say that another area’s weakness was not found when adding an action to it', async () => {
    const { api } = fakeNetwork(() => json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such weakness.' }, 404, 'application/problem+json'));
    await expect(api.postWsoaAction('t', 'E09000032', 99, { title: 'x', owner: 'y', dueDate: '2027-01-01' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('turn the API’s refusals into errors the form can show', async () => {
    const problem = (status: number) => json({ type: 'about:blank', title: 'x', status, detail: `answered ${status}`, errors: [{ field: 'narrative', message: 'must say what was done' }] }, status, 'application/problem+json');
    for (const [status, kind] of [
      [400, InvalidRequestError],
      [401, SignInRequiredError],
      [403, ForbiddenError],
    ] as const) {
      const { api } = fakeNetwork(() => problem(status));
      await expect(api.postWsoaActionUpdate('t', 'E09000032', 101, { status: 'on_track', percentComplete: 1, narrative: 'x' })).rejects.toBeInstanceOf(kind);
    }
    const { api } = fakeNetwork(() => problem(400));
    await expect(api.postWsoaActionUpdate('t', 'E09000032', 101, { status: 'on_track', percentComplete: 1, narrative: 'x' })).rejects.toMatchObject({
      problem: { errors: [{ field: 'narrative', message: 'must say what was done' }] },
    });
  });

  it('say when the API does not offer an area’s inspections (yet)', async () => {
    const { api } = fakeNetwork(() => json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404, 'application/problem+json'));
    await expect(api.getAreaInspections('E09000032')).rejects.toBeInstanceOf(NotFoundError);
  });
});
