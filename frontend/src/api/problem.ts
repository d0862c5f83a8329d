/** One field's complaint in an RFC 9457 problem (`errors[]`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An `application/problem+json` answer (or any failed answer) of the Coso API, thrown by the hooks. */
export class ApiProblem extends Error {
  readonly status: number;
  /** Stable machine-readable code, e.g. `unit.code.duplicate`, `version.stale`. */
  readonly code?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly errors: FieldProblem[];
  /** From a 429's `Retry-After` header: seconds to wait before asking again. */
  readonly retryAfterSeconds?: number;

  constructor(status: number, body: Partial<Omit<ApiProblem, 'status'>> = {}) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = body.code;
    this.title = body.title;
    this.detail = body.detail;
    this.errors = body.errors ?? [];
    this.retryAfterSeconds = body.retryAfterSeconds;
  }

  static fromBody(status: number, body: unknown, retryAfterSeconds?: number): ApiProblem {
    if (typeof body !== 'object' || body === null) {
      return new ApiProblem(status, { retryAfterSeconds });
    }
    const raw = body as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
    const errors = Array.isArray(raw.errors)
      ? raw.errors
          .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
          .map((e) => ({ field: String(e.field ?? ''), message: String(e.message ?? '') }))
      : [];
    return new ApiProblem(status, {
      code: text(raw.code),
      title: text(raw.title),
      detail: text(raw.detail),
      errors,
      retryAfterSeconds,
    });
  }
}

/** `Retry-After` in seconds; the HTTP-date form is turned into seconds from now. */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) {
    return undefined;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds)) {
    return Math.max(0, Math.ceil(seconds));
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export function isProblem(error: unknown, code?: string): error is ApiProblem {
  return error instanceof ApiProblem && (code === undefined || error.code === code);
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Turns an openapi-fetch result into its data, or throws the answer's problem. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw ApiProblem.fromBody(response.status, error, retryAfterSeconds(response.headers.get('Retry-After')));
  }
  return data as T;
}
