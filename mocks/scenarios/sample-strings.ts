import type { Faker } from '@faker-js/faker';
import type { ZodStringCheck } from 'zod';

/** "Now" of every sample (the demo world's), so a seeded faker gives the same dates on every run. */
const SAMPLE_REFERENCE_DATE = new Date('2026-01-05T09:00:00Z');

export interface FieldContext {
  faker: Faker;
  /** The object key the value is for, if any: `email`, `created_at`, ... */
  key: string | undefined;
}

interface Bounds {
  min: number;
  max: number;
}

const SUBJECTS = ['Computer Science', 'Linear Algebra', 'Economics', 'Organic Chemistry', 'Physics', 'Law'];
const SUBJECTS_VI = ['Khoa học máy tính', 'Đại số tuyến tính', 'Kinh tế học', 'Hóa hữu cơ', 'Vật lý', 'Luật'];
const EMOJI = ['👍', '📚', '🎉', '✅', '🧠', '☕'];
const FIELDS = ['email', 'password', 'full_name', 'title', 'start_time', 'non_field_errors'];

/** A recent moment before the reference date. */
export function recentDate(faker: Faker): Date {
  return faker.date.recent({ days: 30, refDate: SAMPLE_REFERENCE_DATE });
}

function isoDateTime(date: Date, precision: number | null): string {
  const [wholeSeconds = '', fraction = ''] = date.toISOString().slice(0, -1).split('.');
  if (!precision) return `${wholeSeconds}Z`;
  return `${wholeSeconds}.${fraction.padEnd(precision, '0').slice(0, precision)}Z`;
}

/** A JWT; the header is given because faker's algorithm list is not in every locale. */
function jwt(faker: Faker, algorithm: string): string {
  return faker.internet.jwt({ header: { alg: algorithm, typ: 'JWT' }, refDate: SAMPLE_REFERENCE_DATE });
}

/** Plausible text by field name; the first matching pattern wins. */
const BY_FIELD: [RegExp, (faker: Faker) => string][] = [
  [/email$/, (faker) => faker.internet.email().toLowerCase()],
  [/(full_name|sender_name|receiver_name|user_name)$/, (faker) => faker.person.fullName()],
  [/avatar/, (faker) => faker.image.avatar()],
  [/(_at|_time|^timestamp|^last_seen|_recorded)$/, (faker) => isoDateTime(recentDate(faker), null)],
  [/(date$|^date_)/, (faker) => recentDate(faker).toISOString().slice(0, 10)],
  [/^(access|refresh|token)$/, (faker) => jwt(faker, 'HS256')],
  [/password/, (faker) => faker.internet.password({ length: 14 })],
  [/phone/, (faker) => faker.phone.number({ style: 'international' })],
  [/(website|url|link|^next$|^previous$)/, (faker) => faker.internet.url()],
  [/^(detail|message|error)$|messages?$|errors?$/, (faker) => faker.lorem.sentence()],
  [/(description|bio|content|notes?)$/, (faker) => faker.lorem.sentences(2)],
  [/title$/, (faker) => faker.company.catchPhrase()],
  [/school_name$/, (faker) => `${faker.location.city()} University`],
  [/short_name$/, (faker) => faker.string.alpha({ length: { min: 2, max: 5 }, casing: 'upper' })],
  [/code$/, (faker) => `${faker.string.alpha({ length: 3, casing: 'upper' })}${faker.string.numeric(3)}`],
  [/(major|name_en)$/, (faker) => faker.helpers.arrayElement(SUBJECTS)],
  [/name_vi$/, (faker) => faker.helpers.arrayElement(SUBJECTS_VI)],
  [/^city$|city_name$/, (faker) => faker.location.city()],
  [/address$/, (faker) => faker.location.streetAddress()],
  [/location_name$/, (faker) => `${faker.location.city()} Library`],
  [/(client_id|uuid)$/, (faker) => faker.string.uuid()],
  [/^field$/, (faker) => faker.helpers.arrayElement(FIELDS)],
  [/name$/, (faker) => faker.company.name()],
];

/** A value in the format a check demands, or undefined for checks that are not formats. */
function formatted(check: ZodStringCheck, faker: Faker): string | undefined {
  switch (check.kind) {
    case 'email':
      return faker.internet.email().toLowerCase();
    case 'url':
      return faker.internet.url();
    case 'uuid':
      return faker.string.uuid();
    case 'datetime':
      return isoDateTime(recentDate(faker), check.precision);
    case 'date':
      return recentDate(faker).toISOString().slice(0, 10);
    case 'time':
      return isoDateTime(recentDate(faker), check.precision).slice(11, -1);
    case 'duration':
      return `P${faker.number.int({ min: 1, max: 30 })}D`;
    case 'ulid':
      return faker.string.ulid({ refDate: SAMPLE_REFERENCE_DATE });
    case 'nanoid':
      return faker.string.nanoid();
    case 'cuid':
    case 'cuid2':
      return `c${faker.string.alphanumeric({ length: 24, casing: 'lower' })}`;
    case 'emoji':
      return faker.helpers.arrayElement(EMOJI);
    case 'jwt':
      return jwt(faker, check.alg ?? 'HS256');
    case 'ip':
      return check.version === 'v6' ? faker.internet.ipv6() : faker.internet.ipv4();
    case 'cidr':
      return check.version === 'v6' ? `${faker.internet.ipv6()}/64` : `${faker.internet.ipv4()}/24`;
    case 'base64':
      return btoa(faker.lorem.words(2));
    case 'base64url':
      return btoa(faker.lorem.words(2)).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
    default:
      return undefined;
  }
}

/** Rebuilds an email or a URL around a random part whose length fits the bounds. */
function refitFormat(kind: 'email' | 'url', { min, max }: Bounds, faker: Faker): string {
  const [head, tail] = kind === 'email' ? ['', '@example.com'] : ['https://example.com/', ''];
  const fixed = head.length + tail.length;
  const low = Math.max(1, min - fixed);
  const length = faker.number.int({ min: low, max: Math.max(low, Math.min(max - fixed, low + 12)) });
  return `${head}${faker.string.alpha({ length, casing: 'lower' })}${tail}`;
}

/** The value of the first format check (email, url, datetime, ...), if the string has one. */
function sampleFormat(checks: ZodStringCheck[], bounds: Bounds, faker: Faker): string | undefined {
  for (const check of checks) {
    const value = formatted(check, faker);
    if (value === undefined) continue;
    const fits = value.length >= bounds.min && value.length <= bounds.max;
    const canRefit = check.kind === 'email' || check.kind === 'url';
    return !fits && canRefit ? refitFormat(check.kind, bounds, faker) : value;
  }
  return undefined;
}

/** Cuts or pads free text to the bounds, never leaving spaces at its ends. */
function fitText(value: string, { min, max }: Bounds, faker: Faker): string {
  let text = value;
  while (text.trim().length < min) text += ` ${faker.lorem.word()}`;
  text = text.trim().slice(0, max).trim();
  return text.length < min ? text + faker.string.alpha({ length: min - text.length, casing: 'lower' }) : text;
}

function lengthBounds(checks: ZodStringCheck[], reserved: number): Bounds {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of checks) {
    if (check.kind === 'min' || check.kind === 'length') min = Math.max(min, check.value);
    if (check.kind === 'max' || check.kind === 'length') max = Math.min(max, check.value);
  }
  return { min: Math.max(0, min - reserved), max: Math.max(0, max - reserved) };
}

/** Free text for the field, or, when `regex` checks refuse it, the first of a few other shapes they accept. */
function sampleText(checks: ZodStringCheck[], bounds: Bounds, { faker, key }: FieldContext): string {
  const byField = key === undefined ? undefined : BY_FIELD.find(([pattern]) => pattern.test(key));
  const text = fitText(byField ? byField[1](faker) : faker.lorem.words({ min: 1, max: 3 }), bounds, faker);
  const patterns = checks.flatMap((check) => (check.kind === 'regex' ? [check.regex] : []));
  if (patterns.length === 0) return text;
  const matches = (candidate: string) =>
    patterns.every((pattern) => {
      pattern.lastIndex = 0;
      return pattern.test(candidate);
    });
  const candidates = [
    text,
    faker.lorem.word(),
    faker.lorem.slug(2),
    faker.string.numeric({ length: { min: 1, max: 8 } }),
    faker.string.alpha({ length: { min: 2, max: 8 }, casing: 'upper' }),
    faker.string.alphanumeric({ length: { min: 4, max: 12 } }),
  ].map((candidate) => fitText(candidate, bounds, faker));
  return candidates.find(matches) ?? text;
}

/** A string that passes every check of a `z.string()`, plausible for its field name. */
export function sampleString(checks: ZodStringCheck[], context: FieldContext): string {
  const valuesOf = (kind: 'startsWith' | 'includes' | 'endsWith') =>
    checks.map((check) => ('value' in check && check.kind === kind ? check.value : '')).join('');
  const [prefix, infix, suffix] = [valuesOf('startsWith'), valuesOf('includes'), valuesOf('endsWith')];
  const bounds = lengthBounds(checks, prefix.length + infix.length + suffix.length);
  const body = sampleFormat(checks, bounds, context.faker) ?? sampleText(checks, bounds, context);
  const value = prefix + body + infix + suffix;
  if (checks.some((check) => check.kind === 'toLowerCase')) return value.toLowerCase();
  if (checks.some((check) => check.kind === 'toUpperCase')) return value.toUpperCase();
  return value;
}
