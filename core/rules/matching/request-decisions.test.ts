import { describe, expect, it } from 'vitest';
import type { ConnectionRequestRecord } from '../../ports/store/store.js';
import { decideAnswer, decideBlock, decideCancel, decideSend } from './request-decisions.js';

const now = new Date('2026-03-01T10:00:00Z');
const earlier = new Date('2026-01-01T10:00:00Z');
const SENDER = 1;
const RECEIVER = 2;

const request = (overrides: Partial<ConnectionRequestRecord> = {}): ConnectionRequestRecord => ({
  id: 1,
  senderId: SENDER,
  receiverId: RECEIVER,
  state: 'pending',
  message: 'hello',
  createdAt: earlier,
  updatedAt: earlier,
  acceptedAt: null,
  rejectedAt: null,
  blockedById: null,
  ...overrides,
});

describe('decideSend', () => {
  const send = (existing: ConnectionRequestRecord | null) =>
    decideSend(existing, { senderId: 3, receiverId: 4, message: 'hi', now });
  const fresh = {
    write: {
      senderId: 3,
      receiverId: 4,
      state: 'pending',
      message: 'hi',
      createdAt: now,
      updatedAt: now,
      acceptedAt: null,
      rejectedAt: null,
      blockedById: null,
    },
  };

  it('writes a fresh pending request when the pair has none', () => {
    expect(send(null)).toEqual(fresh);
  });

  it('writes a fresh pending request over a rejected one, in the new direction', () => {
    expect(send(request({ state: 'rejected', rejectedAt: earlier }))).toEqual(fresh);
  });

  it.each(['pending', 'accepted'] as const)('refuses while the pair has a %s request', (state) => {
    expect(send(request({ state }))).toEqual({
      refusal: { status: 400, detail: 'A connection request already exists between you and this user.' },
    });
  });

  it('refuses for good once the pair is blocked', () => {
    expect(send(request({ state: 'blocked' }))).toEqual({
      refusal: { status: 400, detail: 'You cannot send a connection request to this user.' },
    });
  });
});

describe('decideCancel', () => {
  it('removes a pending request its sender cancels', () => {
    expect(decideCancel(request(), SENDER)).toEqual({ remove: true });
  });

  it('refuses the receiver with 403', () => {
    expect(decideCancel(request(), RECEIVER)).toEqual({
      refusal: { status: 403, detail: 'Only the sender can cancel this request.' },
    });
  });

  it('refuses a request that is no longer pending with 400', () => {
    expect(decideCancel(request({ state: 'accepted' }), SENDER)).toEqual({
      refusal: { status: 400, detail: 'Only a pending request can be cancelled.' },
    });
  });
});

describe('decideAnswer', () => {
  it('accepts a pending request for its receiver, recording when', () => {
    expect(decideAnswer(request(), { callerId: RECEIVER, accept: true, now })).toEqual({
      write: { state: 'accepted', acceptedAt: now, updatedAt: now },
    });
  });

  it('rejects a pending request for its receiver, recording when', () => {
    expect(decideAnswer(request(), { callerId: RECEIVER, accept: false, now })).toEqual({
      write: { state: 'rejected', rejectedAt: now, updatedAt: now },
    });
  });

  it('refuses the sender with 403, naming the answer', () => {
    expect(decideAnswer(request(), { callerId: SENDER, accept: true, now })).toEqual({
      refusal: { status: 403, detail: 'Only the receiver can accept this request.' },
    });
    expect(decideAnswer(request(), { callerId: SENDER, accept: false, now })).toEqual({
      refusal: { status: 403, detail: 'Only the receiver can reject this request.' },
    });
  });

  it('refuses a request that is no longer pending with 400, naming the answer', () => {
    const answered = request({ state: 'rejected' });
    expect(decideAnswer(answered, { callerId: RECEIVER, accept: true, now })).toEqual({
      refusal: { status: 400, detail: 'Only a pending request can be accepted.' },
    });
    expect(decideAnswer(answered, { callerId: RECEIVER, accept: false, now })).toEqual({
      refusal: { status: 400, detail: 'Only a pending request can be rejected.' },
    });
  });
});

describe('decideBlock', () => {
  it.each(['pending', 'accepted', 'rejected'] as const)('blocks a %s pair, naming who blocked', (state) => {
    expect(decideBlock(request({ state }), { callerId: RECEIVER, now })).toEqual({
      write: { state: 'blocked', blockedById: RECEIVER, updatedAt: now },
    });
  });

  it('refuses a pair already blocked', () => {
    expect(decideBlock(request({ state: 'blocked' }), { callerId: SENDER, now })).toEqual({
      refusal: { status: 400, detail: 'This connection is already blocked.' },
    });
  });
});
