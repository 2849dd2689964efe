import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../ports/store/store.js';
import {
  effectiveParticipantStatus,
  effectiveSessionStatus,
  endTimeOf,
  holdsSeat,
  isOpenStatus,
} from './session-status.js';

const start = new Date('2026-03-01T10:00:00Z');
const at = (minutesAfterStart: number) => new Date(start.getTime() + minutesAfterStart * 60_000);

const session = (overrides: Partial<SessionRecord> = {}) =>
  ({
    startTime: start,
    durationMinutes: 90,
    startedAt: null,
    completedAt: null,
    cancelledAt: null,
    ...overrides,
  }) as SessionRecord;

describe('endTimeOf', () => {
  it('ends a session its duration in minutes after its start', () => {
    expect(endTimeOf(session())).toEqual(at(90));
  });
});

describe('effectiveSessionStatus', () => {
  it('is upcoming before the start time', () => {
    expect(effectiveSessionStatus(session(), at(-1))).toBe('upcoming');
  });

  it('is in progress from the start time on', () => {
    expect(effectiveSessionStatus(session(), at(0))).toBe('in_progress');
    expect(effectiveSessionStatus(session(), at(89))).toBe('in_progress');
  });

  it('is completed from the end time on', () => {
    expect(effectiveSessionStatus(session(), at(90))).toBe('completed');
  });

  it('is in progress before the start time once the host started it', () => {
    expect(effectiveSessionStatus(session({ startedAt: at(-30) }), at(-10))).toBe('in_progress');
  });

  it('is completed before the end time once the host completed it', () => {
    expect(effectiveSessionStatus(session({ completedAt: at(10) }), at(20))).toBe('completed');
  });

  it('is cancelled whatever the clock or the other host actions say', () => {
    const cancelled = session({ cancelledAt: at(-60), startedAt: at(-30), completedAt: at(-20) });
    expect(effectiveSessionStatus(cancelled, at(-10))).toBe('cancelled');
    expect(effectiveSessionStatus(cancelled, at(200))).toBe('cancelled');
  });
});

describe('effectiveParticipantStatus', () => {
  it('reads a participant still registered when the session completed as a no-show', () => {
    expect(effectiveParticipantStatus({ status: 'registered' }, 'completed')).toBe('no_show');
  });

  it('keeps a registered participant registered while the session is not completed', () => {
    expect(effectiveParticipantStatus({ status: 'registered' }, 'in_progress')).toBe('registered');
    expect(effectiveParticipantStatus({ status: 'registered' }, 'cancelled')).toBe('registered');
  });

  it('keeps attended and cancelled participants as they are', () => {
    expect(effectiveParticipantStatus({ status: 'attended' }, 'completed')).toBe('attended');
    expect(effectiveParticipantStatus({ status: 'cancelled' }, 'completed')).toBe('cancelled');
  });
});

describe('holdsSeat', () => {
  it('gives a seat to registered and attended participants only', () => {
    expect(holdsSeat({ status: 'registered' })).toBe(true);
    expect(holdsSeat({ status: 'attended' })).toBe(true);
    expect(holdsSeat({ status: 'cancelled' })).toBe(false);
    expect(holdsSeat(null)).toBe(false);
    expect(holdsSeat(undefined)).toBe(false);
  });
});

describe('isOpenStatus', () => {
  it('takes joins only while upcoming or in progress', () => {
    expect(isOpenStatus('upcoming')).toBe(true);
    expect(isOpenStatus('in_progress')).toBe(true);
    expect(isOpenStatus('completed')).toBe(false);
    expect(isOpenStatus('cancelled')).toBe(false);
  });
});
