import { describe, expect, it } from 'vitest';
import { ApiProblem, isProblem, retryAfterSeconds, unwrap } from './problem';

describe('ApiProblem', () => {
  it('reads an RFC 9457 body with field errors', () => {
    const problem = ApiProblem.fromBody(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Validation failed',
      code: 'validation.failed',
      errors: [{ field: 'name', message: 'must not be blank' }],
    });
    expect(problem.status).toBe(400);
    expect(problem.code).toBe('validation.failed');
    expect(problem.detail).toBe('Validation failed');
    expect(problem.errors).toEqual([{ field: 'name', message: 'must not be blank' }]);
    expect(isProblem(problem, 'validation.failed')).toBe(true);
    expect(isProblem(problem, 'version.stale')).toBe(false);
  });

  it('copes with an empty or foreign body', () => {
    const problem = ApiProblem.fromBody(502, '<html>Bad gateway</html>');
    expect(problem.status).toBe(502);
    expect(problem.errors).toEqual([]);
    expect(problem.message).toBe('HTTP 502');
  });
});

describe('unwrap', () => {
  it('gives the data of a successful answer', async () => {
    const data = await unwrap(Promise.resolve({ data: { id: 1 }, response: new Response(null, { status: 200 }) }));
    expect(data).toEqual({ id: 1 });
  });

  it('throws the problem of a failed answer', async () => {
    const failed = unwrap(
      Promise.resolve({
        error: { code: 'unit.code.duplicate', detail: 'Code 22 is taken' },
        response: new Response(null, { status: 409 }),
      }),
    );
    await expect(failed).rejects.toMatchObject({ status: 409, code: 'unit.code.duplicate' });
  });
});

describe('retry after a 429', () => {
  it('reads the seconds of Retry-After into the problem', async () => {
    const failed = unwrap(
      Promise.resolve({
        error: { code: 'rate.limited', detail: 'Too many requests' },
        response: new Response(null, { status: 429, headers: { 'Retry-After': '42' } }),
      }),
    );
    await expect(failed).rejects.toMatchObject({ status: 429, retryAfterSeconds: 42 });
  });

  it('turns an HTTP date into seconds from now and ignores nonsense', () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const seconds = retryAfterSeconds(inAMinute) ?? -1;
    expect(seconds).toBeGreaterThan(55);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(retryAfterSeconds('soon')).toBeUndefined();
    expect(retryAfterSeconds(null)).toBeUndefined();
  });
});
