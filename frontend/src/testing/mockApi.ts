import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
}

type Reply = { status?: number; body?: unknown; contentType?: string };
type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

/**
 * A fetch that answers from handlers keyed `METHOD /path` (path without the query string, `:id`
 * matching a number), and records every request for assertions. Unmatched requests answer 500.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const routes = Object.entries(handlers).map(([key, handler]) => {
    const [method, pattern] = key.split(' ');
    const regex = new RegExp(`^${pattern.replace(/:\w+/g, '\\d+')}$`);
    return { method, regex, handler };
  });

  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: text ? parseBody(text, request.headers.get('Content-Type')) : undefined,
      headers: request.headers,
    };
    requests.push(recorded);
    const route = routes.find((r) => r.method === recorded.method && r.regex.test(recorded.path));
    if (!route) {
      return new Response(JSON.stringify({ status: 500, title: `No mock for ${recorded.method} ${recorded.path}` }), {
        status: 500,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    }
    const reply = await route.handler(recorded);
    const status = reply.status ?? 200;
    if (status === 204) {
      return new Response(null, { status });
    }
    return new Response(JSON.stringify(reply.body ?? null), {
      status,
      headers: {
        'Content-Type': reply.contentType ?? (status >= 400 ? 'application/problem+json' : 'application/json'),
      },
    });
  });

  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

/** JSON bodies parsed; an uploaded file (CSV, XLSX) kept as its text. */
function parseBody(text: string, contentType: string | null) {
  return contentType && !contentType.includes('json') ? text : JSON.parse(text);
}
