import type { ConnectionRequestRecord, RequestDecision } from '../../ports/store/store.js';

/** A refusal and the status it answers. */
export interface RequestRefusal {
  status: 400 | 403;
  detail: string;
}

type Decision = RequestDecision<RequestRefusal>;
const refuse = (status: 400 | 403, detail: string): Decision => ({ refusal: { status, detail } });

/**
 * 001 "Matching System": one request per pair at a time in either direction; after a reject a new
 * request may be sent (reusing the pair's row); after a block, never.
 */
export function decideSend(
  existing: ConnectionRequestRecord | null,
  request: { senderId: number; receiverId: number; message: string; now: Date },
): Decision {
  if (existing?.state === 'blocked') return refuse(400, 'You cannot send a connection request to this user.');
  if (existing && existing.state !== 'rejected') {
    return refuse(400, 'A connection request already exists between you and this user.');
  }
  const { now } = request;
  return {
    write: {
      senderId: request.senderId,
      receiverId: request.receiverId,
      state: 'pending',
      message: request.message,
      createdAt: now,
      updatedAt: now,
      acceptedAt: null,
      rejectedAt: null,
      blockedById: null,
    },
  };
}

/** Only the sender cancels, and only while pending; the row goes, so a new request may follow. */
export function decideCancel(existing: ConnectionRequestRecord, callerId: number): Decision {
  if (existing.senderId !== callerId) return refuse(403, 'Only the sender can cancel this request.');
  if (existing.state !== 'pending') return refuse(400, 'Only a pending request can be cancelled.');
  return { remove: true };
}

/** Only the receiver accepts or rejects, and only while pending. */
export function decideAnswer(
  existing: ConnectionRequestRecord,
  answer: { callerId: number; accept: boolean; now: Date },
): Decision {
  const verb = answer.accept ? 'accept' : 'reject';
  if (existing.receiverId !== answer.callerId)
    return refuse(403, `Only the receiver can ${verb} this request.`);
  if (existing.state !== 'pending') return refuse(400, `Only a pending request can be ${verb}ed.`);
  const { now } = answer;
  return answer.accept
    ? { write: { state: 'accepted', acceptedAt: now, updatedAt: now } }
    : { write: { state: 'rejected', rejectedAt: now, updatedAt: now } };
}

/** Either side blocks, from any state but blocked; messaging stops and no new request can follow. */
export function decideBlock(
  existing: ConnectionRequestRecord,
  request: { callerId: number; now: Date },
): Decision {
  if (existing.state === 'blocked') return refuse(400, 'This connection is already blocked.');
  return { write: { state: 'blocked', blockedById: request.callerId, updatedAt: request.now } };
}
