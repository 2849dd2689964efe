import type { ZodTypeAny } from 'zod';
import { parseWithFieldErrors, type ParseOutcome } from '../rules/validation-errors.js';

/** Distinct query strings remembered per query schema; past this, the oldest is forgotten first. */
const REMEMBERED_QUERIES = 500;
/** Longer query strings are parsed every time: a client cannot make the memo hold large texts. */
const LONGEST_REMEMBERED = 512;

const outcomes = new WeakMap<ZodTypeAny, Map<string, ParseOutcome>>();

/**
 * A route's query (`url.search`), parsed with field errors. Parsing is a pure function of the
 * schema and the text (no query schema has a default, a catch or a lazy part: a contract test
 * holds this), so each query schema remembers the outcomes of the last 500 distinct query strings
 * (up to 512 characters) it parsed, frozen: a list asked for again (the next poll, the same page)
 * skips zod, which took about 3 % of a list request. Use cases read a query, never change it
 * (frozen, a change would throw).
 */
export function parseQuery(schema: ZodTypeAny | undefined, url: URL): ParseOutcome {
  if (!schema) return { ok: true, data: Object.fromEntries(url.searchParams) };
  let remembered = outcomes.get(schema);
  if (!remembered) outcomes.set(schema, (remembered = new Map<string, ParseOutcome>()));
  const { search } = url;
  if (search.length > LONGEST_REMEMBERED)
    return parseWithFieldErrors(schema, Object.fromEntries(url.searchParams));
  const known = remembered.get(search);
  if (known) return known;
  const outcome = deepFreeze(parseWithFieldErrors(schema, Object.fromEntries(url.searchParams)));
  const oldest = remembered.keys().next();
  if (remembered.size >= REMEMBERED_QUERIES && !oldest.done) remembered.delete(oldest.value);
  remembered.set(search, outcome);
  return outcome;
}

function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
