/**
 * Rows read as JSON (`json_agg`) carry timestamptz columns as ISO text: these become Dates again,
 * as the driver would have parsed them (a columnar page carries them as epoch milliseconds, see
 * `sql-pages.ts`). Every other column type the store
 * reads (int, double precision, text, boolean, and dates cast to text) reads the same from JSON
 * as from a row.
 */
export function reviveTimestamps<Row extends object>(rows: Row[], timestamps: readonly string[]): Row[] {
  if (timestamps.length === 0) return rows;
  for (const row of rows as Record<string, unknown>[]) {
    for (const column of timestamps) {
      const value = row[column];
      if (typeof value === 'string') row[column] = timestampOfJson(value);
    }
  }
  return rows;
}

const ZERO = 48;
const DASH = 45;
const PLUS = 43;
const T = 84;
const COLON = 58;
const DOT = 46;
const DAY_SECONDS = 86_400;
/** Days from 1970-01-01 to 0000-03-01 in the proleptic Gregorian calendar. */
const EPOCH_DAYS_FROM_MARCH_0 = 719_468;

// Module-level, not closures inside the parser: tsx names every closure it creates (`__name`, an
// Object.defineProperty per call), which cost more than the parse itself.
const digit = (text: string, at: number) => text.charCodeAt(at) - ZERO;
const two = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);

/**
 * A timestamptz as Postgres writes it in JSON (`2026-12-05T14:12:15.123456+00:00`: four-digit
 * year, up to six fraction digits, an offset of hours and minutes) as a Date, truncated to the
 * millisecond as `new Date(text)` truncates it, in about half its time (a list's `json_agg`
 * rows carry dozens). Any other form (a year past 9999, BC, an offset with seconds) goes to
 * `new Date`.
 */
export function timestampOfJson(text: string): Date {
  const length = text.length;
  if (
    length < 25 ||
    text.charCodeAt(4) !== DASH ||
    text.charCodeAt(7) !== DASH ||
    text.charCodeAt(10) !== T ||
    text.charCodeAt(13) !== COLON ||
    text.charCodeAt(16) !== COLON
  )
    return new Date(text);
  let at = 19;
  let milliseconds = 0;
  if (text.charCodeAt(at) === DOT) {
    at += 1;
    for (let scale = 100; at < length; at += 1, scale /= 10) {
      const value = digit(text, at);
      if (value < 0 || value > 9) break;
      milliseconds += value * scale;
    }
    milliseconds = Math.floor(milliseconds);
  }
  const sign = text.charCodeAt(at);
  if (length !== at + 6 || (sign !== PLUS && sign !== DASH) || text.charCodeAt(at + 3) !== COLON)
    return new Date(text);
  const offsetSeconds = (two(text, at + 1) * 3600 + two(text, at + 4) * 60) * (sign === PLUS ? 1 : -1);
  const month = two(text, 5);
  // Days since the epoch of a civil date (Howard Hinnant's days_from_civil): years begin in March.
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + two(text, 2) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + two(text, 8) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * 146_097 + dayOfEra - EPOCH_DAYS_FROM_MARCH_0;
  const seconds =
    days * DAY_SECONDS + two(text, 11) * 3600 + two(text, 14) * 60 + two(text, 17) - offsetSeconds;
  return new Date(seconds * 1000 + milliseconds);
}
