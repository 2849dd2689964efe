import type { Slice, SliceResult } from './shared.js';

export type ConnectionState = 'pending' | 'accepted' | 'rejected' | 'blocked';

export interface ConnectionRequestRecord {
  id: number;
  senderId: number;
  receiverId: number;
  state: ConnectionState;
  message: string;
  createdAt: Date;
  updatedAt: Date;
  acceptedAt: Date | null;
  rejectedAt: Date | null;
  /** Who blocked, when `state` is blocked. */
  blockedById: number | null;
}

export type ConnectionRequestWrite = Partial<Omit<ConnectionRequestRecord, 'id'>>;

export interface ConnectionCounts {
  sentPending: number;
  receivedPending: number;
  accepted: number;
}

export type RequestDecision<Refusal> =
  { write: ConnectionRequestWrite } | { remove: true } | { refusal: Refusal };

export type RequestChange<Refusal> =
  | { ok: true; request: ConnectionRequestRecord | null }
  | { ok: false; refusal: Refusal }
  | { ok: false; refusal: 'not_found' };

export interface ConnectionRequestFilter {
  userId: number;
  role: 'sent' | 'received' | 'any';
  states?: ConnectionState[];
}

/** One row per pair of users, whoever sent it; the pair is the unit of every rule. */
export interface ConnectionRequestRepo {
  /** Inserts as given (back-office and demo data); the API goes through `changePair`. */
  create(request: Omit<ConnectionRequestRecord, 'id'>): Promise<ConnectionRequestRecord>;
  countsFor(userId: number): Promise<ConnectionCounts>;
  findById(id: number): Promise<ConnectionRequestRecord | null>;
  findBetween(userId: number, otherId: number): Promise<ConnectionRequestRecord | null>;
  /** Newest first. */
  list(filter: ConnectionRequestFilter, slice: Slice): Promise<SliceResult<ConnectionRequestRecord>>;
  /** Accepted connections of the user, newest acceptance first. */
  listAccepted(userId: number, slice: Slice): Promise<SliceResult<ConnectionRequestRecord>>;
  /** Everyone the user has a request with, in any state. */
  partnerIds(userId: number): Promise<number[]>;
  /**
   * Everyone reachable from the user through at most `steps` accepted connections (2: their
   * connections and their connections' connections), without the user, in one read.
   */
  connectedWithin(userId: number, steps: number): Promise<number[]>;
  /** Reads the pair's row (or none) and applies `decide`, atomically: two requests in a pair can never coexist. */
  changePair<Refusal>(
    pair: { senderId: number; receiverId: number },
    decide: (existing: ConnectionRequestRecord | null) => RequestDecision<Refusal>,
  ): Promise<RequestChange<Refusal>>;
  /**
   * Reads the request and applies `decide`, atomically. A write that makes the request
   * accepted also creates its direct conversation in the same step.
   */
  change<Refusal>(
    id: number,
    decide: (existing: ConnectionRequestRecord) => RequestDecision<Refusal>,
  ): Promise<RequestChange<Refusal>>;
}
