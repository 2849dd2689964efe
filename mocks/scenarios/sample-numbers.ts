import type { ZodNumberCheck } from 'zod';
import type { FieldContext } from './sample-strings.js';

interface Range {
  min: number;
  max: number;
  /** Decimal places of a float. */
  digits?: number;
}

/** Plausible ranges by field name; the first matching pattern wins. The schema's own bounds always rule. */
const BY_FIELD: [RegExp, Range][] = [
  [/^(lat|latitude)$/, { min: -60, max: 70, digits: 6 }],
  [/^(lng|longitude)$/, { min: -180, max: 180, digits: 6 }],
  [/(_km|^radius|^distance)/, { min: 0.5, max: 25, digits: 2 }],
  [
    /(count|total|spots|pending|connections|^sessions_|^participations_|^(in_person|virtual|hybrid)$)/,
    { min: 0, max: 40 },
  ],
  [/^year$/, { min: 1, max: 5 }],
  [/minutes$/, { min: 30, max: 180 }],
  [/^max_/, { min: 2, max: 30 }],
  [/(accuracy|_moved)$/, { min: 3, max: 80, digits: 1 }],
  [/time_since_last$/, { min: 60, max: 86_400 }],
  [/(target_value|avg_)/, { min: 1, max: 100, digits: 2 }],
  [/^(page_size|limit)$/, { min: 10, max: 50 }],
  [/^(page|days)$/, { min: 1, max: 30 }],
  [/(^|_)(id|ids)$/, { min: 1, max: 5000 }],
];

const DEFAULT_RANGE: Range = { min: 1, max: 1000, digits: 2 };

interface Limits {
  low: number;
  high: number;
  isLowInclusive: boolean;
  isHighInclusive: boolean;
}

function limitsOf(checks: ZodNumberCheck[]): Limits {
  const limits = {
    low: Number.NEGATIVE_INFINITY,
    high: Number.POSITIVE_INFINITY,
    isLowInclusive: true,
    isHighInclusive: true,
  };
  for (const check of checks) {
    if (check.kind === 'min' && check.value >= limits.low) {
      limits.isLowInclusive =
        check.value > limits.low ? check.inclusive : limits.isLowInclusive && check.inclusive;
      limits.low = check.value;
    }
    if (check.kind === 'max' && check.value <= limits.high) {
      limits.isHighInclusive =
        check.value < limits.high ? check.inclusive : limits.isHighInclusive && check.inclusive;
      limits.high = check.value;
    }
  }
  return limits;
}

function decimalsOf(step: number): number {
  return String(step).split('.')[1]?.length ?? 0;
}

/**
 * A number that passes every check of a `z.number()`, plausible for its field name: a whole
 * multiple of a step (1 for integers, `multipleOf`, or a decimal place), inside the schema's
 * bounds and, when they allow it, inside the field's usual range.
 */
export function sampleNumber(checks: ZodNumberCheck[], { faker, key }: FieldContext): number {
  const usual =
    (key === undefined ? undefined : BY_FIELD.find(([pattern]) => pattern.test(key))?.[1]) ?? DEFAULT_RANGE;
  const isInt = checks.some((check) => check.kind === 'int');
  const multipleOf = checks.find((check) => check.kind === 'multipleOf')?.value;
  const step = multipleOf ?? (isInt ? 1 : 10 ** -(usual.digits ?? 0));
  const { low, high, isLowInclusive, isHighInclusive } = limitsOf(checks);
  let lowest = Math.ceil(low / step);
  if (!isLowInclusive && lowest * step <= low) lowest += 1;
  let highest = Math.floor(high / step);
  if (!isHighInclusive && highest * step >= high) highest -= 1;
  if (lowest > highest) return low; // No multiple of the step fits: the bounds themselves are the best guess.
  const span = Math.ceil((usual.max - usual.min) / step);
  let from = Math.max(lowest, Math.ceil(usual.min / step));
  let to = Math.min(highest, Math.floor(usual.max / step));
  if (from > to) {
    // The usual range misses the schema's bounds: stay near the bound it missed.
    from = lowest > to ? lowest : Math.max(lowest, highest - span);
    to = lowest > to ? Math.min(highest, lowest + span) : highest;
  }
  const multiple = faker.number.int({ min: from, max: to });
  return Number((multiple * step).toFixed(decimalsOf(step)));
}
