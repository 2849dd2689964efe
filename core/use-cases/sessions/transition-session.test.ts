import { describe, expect, it } from 'vitest';
import { CANCEL, COMPLETE, START } from './transition-session.js';

const now = new Date('2026-03-01T10:00:00Z');

describe('session transitions', () => {
  it('cancels an upcoming or in-progress session, recording when', () => {
    expect(CANCEL.from).toEqual(['upcoming', 'in_progress']);
    expect(CANCEL.change(now)).toEqual({ cancelledAt: now });
  });

  it('tells why a cancelled or completed session cannot be cancelled', () => {
    expect(CANCEL.refusal('cancelled')).toBe('This session is already cancelled.');
    expect(CANCEL.refusal('completed')).toBe('A completed session cannot be cancelled.');
  });

  it('starts only an upcoming session, recording when', () => {
    expect(START.from).toEqual(['upcoming']);
    expect(START.change(now)).toEqual({ startedAt: now });
    expect(START.refusal('completed')).toBe('Only an upcoming session can be started.');
  });

  it('completes only an in-progress session, recording when', () => {
    expect(COMPLETE.from).toEqual(['in_progress']);
    expect(COMPLETE.change(now)).toEqual({ completedAt: now });
    expect(COMPLETE.refusal('upcoming')).toBe('Only an in-progress session can be completed.');
  });
});
