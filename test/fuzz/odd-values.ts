/**
 * The values a fuzzer tries first because they break code: numbers at the edges of floats and
 * Postgres integers, strings that trip encoders, trimmers, SQL and HTML, and ids that are not
 * quite ids. Generators keep the ones a schema accepts for valid requests and the rest for
 * invalid ones.
 */

/** 2^31 - 1: the largest Postgres `integer`, the API's MAX_INTEGER. */
const INT_MAX = 2 ** 31 - 1;

export const EXTREME_NUMBERS: readonly number[] = [
  0,
  -0,
  1e-200,
  -1e-200,
  5e-324,
  1e-155,
  1,
  -1,
  0.1,
  1.5,
  90,
  -90,
  180,
  -180,
  INT_MAX,
  2 ** 31,
  -(2 ** 31),
  2 ** 53,
  1e308,
  -1e308,
];

/** Query values that look like numbers to some parser and not to another. */
export const NUMERIC_STRINGS: readonly string[] = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-1e999',
  '1e-200',
  '-0',
  '0x10',
  '0b11',
  '1_000',
  '1,5',
  ' 7 ',
  '+3',
  '٣',
  'null',
  'undefined',
  'true',
  '[]',
];

const LONG = 'x'.repeat(10_000);

export const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  ' \t\n ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202eevil.exe\u202c',
  'مرحبا بالعالم',
  'Ｆｕｌｌ　ｗｉｄｔｈ',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301\u0301\u0301',
  LONG,
  "'; DROP TABLE users; --",
  "Robert'); SELECT pg_sleep(5); --",
  '%',
  '_',
  '\\',
  '"',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../../etc/passwd',
  'null',
  'NaN',
  '0',
  '-1',
  '1e308',
  '\r\nSet-Cookie: a=b',
  'https://example.com/%00',
  'javascript:alert(1)',
  'user@example.com',
  'a@b',
  '2026-02-30',
  '2026-03-02T09:00:00+14:00',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
];

/** Path ids DESIGN §2 refuses (anything but `^[1-9][0-9]*$` up to 2^31 - 1): each must be a 404. */
export const ODD_IDS: readonly string[] = [
  '0',
  '-1',
  '-0',
  '1.0',
  '1.5',
  '1e0',
  '0x1',
  ' 1',
  '1 ',
  '+1',
  '01',
  '２',
  String(2 ** 31),
  String(2 ** 32),
  '1e308',
  'NaN',
  'Infinity',
  'null',
  'abc',
  "1'",
  '1;DROP',
];

/** Values of the wrong JSON type for anything. */
export const WRONG_TYPES: readonly unknown[] = [null, true, 'text', 12, [], {}, [1, 2], { nested: 1 }];

/** Keys a client may send but must never write (DESIGN §2: ignored, no mass assignment). */
export const READ_ONLY_KEYS: Readonly<Record<string, unknown>> = {
  id: 999_999,
  is_staff: true,
  created_by: 1,
  host: 2,
  participant_count: -5,
  __proto__x: 'x',
};
