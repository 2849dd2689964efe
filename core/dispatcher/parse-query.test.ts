import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWithFieldErrors } from '../rules/validation-errors.js';
import { parseQuery } from './parse-query.js';

const url = (search: string) => new URL(`http://api.test/api/sessions/${search}`);
const schema = z.object({ page: z.string().regex(/^\d+$/).optional(), tags: z.string().optional() }).strict();

describe('parseQuery', () => {
  it('answers what parseWithFieldErrors answers, for good and bad queries', () => {
    for (const search of ['', '?page=2', '?page=x', '?tags=a%20b&page=3', '?other=1']) {
      const expected = parseWithFieldErrors(schema, Object.fromEntries(url(search).searchParams));
      expect(parseQuery(schema, url(search))).toEqual(expected);
    }
  });

  it('remembers an outcome per query string, frozen, so no caller can change what the next one gets', () => {
    const first = parseQuery(schema, url('?page=7'));
    expect(parseQuery(schema, url('?page=7'))).toBe(first);
    expect(first.ok && Object.isFrozen(first.data)).toBe(true);
    expect(() => {
      (first as { data: Record<string, unknown> }).data['page'] = '8';
    }).toThrow(TypeError);
    expect(parseQuery(schema, url('?page=7'))).toEqual({ ok: true, data: { page: '7' } });
  });

  it('keeps each schema apart', () => {
    const other = z.object({ page: z.literal('7') }).strict();
    expect(parseQuery(schema, url('?page=8')).ok).toBe(true);
    expect(parseQuery(other, url('?page=8')).ok).toBe(false);
    expect(parseQuery(other, url('?page=7')).ok).toBe(true);
    expect(parseQuery(schema, url('?page=x')).ok).toBe(false);
    expect(parseQuery(other, url('?page=x')).ok).toBe(false);
  });

  it('remembers at most 500 query strings per route, forgetting the oldest first', () => {
    const bounded = z.object({ page: z.string() }).strict();
    const oldest = parseQuery(bounded, url('?page=0'));
    for (let page = 1; page < 500; page += 1) parseQuery(bounded, url(`?page=${page}`));
    expect(parseQuery(bounded, url('?page=0'))).toBe(oldest);
    parseQuery(bounded, url('?page=500'));
    expect(parseQuery(bounded, url('?page=0'))).not.toBe(oldest);
    expect(parseQuery(bounded, url('?page=0'))).toEqual(oldest);
  });

  it('parses a query string over 512 characters every time, remembering none', () => {
    const long = `?tags=${'a'.repeat(520)}`;
    const first = parseQuery(schema, url(long));
    expect(first).toEqual({ ok: true, data: { tags: 'a'.repeat(520) } });
    expect(parseQuery(schema, url(long))).not.toBe(first);
  });

  it('passes a query through as it is where the route declares none', () => {
    expect(parseQuery(undefined, url('?a=1'))).toEqual({ ok: true, data: { a: '1' } });
  });
});
