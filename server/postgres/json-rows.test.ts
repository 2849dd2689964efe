import { describe, expect, it } from 'vitest';
import { reviveTimestamps, timestampOfJson } from './json-rows.js';

/** Postgres's JSON text of an instant: `YYYY-MM-DDTHH:MM:SS[.f…]±HH:MM`, fraction digits as given. */
function postgresText(
  epochMs: number,
  {
    micros,
    fractionDigits,
    offsetMinutes,
  }: { micros: number; fractionDigits: number; offsetMinutes: number },
): string {
  const shifted = new Date(epochMs + offsetMinutes * 60_000).toISOString();
  const fraction = `${shifted.slice(20, 23)}${String(micros).padStart(3, '0')}`.slice(0, fractionDigits);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${shifted.slice(0, 19)}${fractionDigits > 0 ? `.${fraction}` : ''}${sign}${hours}:${minutes}`;
}

describe('timestampOfJson', () => {
  it('reads what Postgres writes exactly as new Date does, over random instants, fractions and offsets', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const low = Date.parse('0001-01-01T00:00:00Z');
    const high = Date.UTC(9999, 11, 31);
    for (let index = 0; index < 20_000; index += 1) {
      const epochMs = Math.floor(low + random() * (high - low));
      const text = postgresText(epochMs, {
        micros: Math.floor(random() * 1000),
        fractionDigits: Math.floor(random() * 7),
        offsetMinutes: Math.round((random() - 0.5) * 2 * 959),
      });
      expect(timestampOfJson(text).getTime(), text).toBe(new Date(text).getTime());
    }
  });

  it('keeps leap days, year ends and the epoch right', () => {
    for (const text of [
      '2024-02-29T23:59:59.999999+00:00',
      '2000-02-29T00:00:00+00:00',
      '1900-03-01T00:00:00+00:00',
      '1970-01-01T00:00:00+00:00',
      '1969-12-31T23:59:59.9999+00:00',
      '0001-01-01T00:00:00+00:00',
      '2026-12-31T23:59:59.5-05:30',
      '2026-01-01T00:00:00.000001+14:00',
    ]) {
      expect(timestampOfJson(text).toISOString(), text).toBe(new Date(text).toISOString());
    }
  });

  it('hands any other form to new Date', () => {
    for (const text of [
      '12026-01-01T00:00:00+00:00',
      '2026-01-01 00:00:00+00',
      '2026-01-01T00:00:00Z',
      'soon',
      'infinity',
      // Past the first checks: an offset with seconds (a zone's local mean time), BC, no offset.
      '1900-01-01T00:00:00+00:19:32',
      '0044-03-15T12:00:00+00:00 BC',
      '2026-01-01T00:00:00.123456',
    ]) {
      expect(String(timestampOfJson(text)), text).toBe(String(new Date(text)));
    }
  });
});

describe('reviveTimestamps', () => {
  it('turns the named text columns into Dates and leaves nulls and other columns', () => {
    const rows = [
      {
        id: 1,
        created_at: '2026-12-05T14:12:15.123456+00:00',
        ended_at: null,
        title: '2026-12-05T14:12:15+00:00',
      },
    ];
    expect(reviveTimestamps(rows, ['created_at', 'ended_at'])).toEqual([
      {
        id: 1,
        created_at: new Date('2026-12-05T14:12:15.123Z'),
        ended_at: null,
        title: '2026-12-05T14:12:15+00:00',
      },
    ]);
  });
});
