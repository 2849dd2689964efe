import { z } from 'zod';

/**
 * Every WebSocket event is a JSON object with a `type`. Areas extend this base with their
 * own literal `type` and fields, and add them to the unions below.
 */
export const EventBaseSchema = z.object({ type: z.string() });
export type EventBase = z.infer<typeof EventBaseSchema>;

/** Sent first on every accepted connection. */
export const ConnectionEstablishedEventSchema = z.object({
  type: z.literal('connection_established'),
  message: z.string(),
});

/** Bad input never closes the socket: the server answers with this event. */
export const ErrorEventSchema = z.object({
  type: z.literal('error'),
  message: z.string(),
  /** A machine-readable reason, e.g. `invalid_json`, `rate_limited`. */
  code: z.string().optional(),
});

/** Close codes after which a client must not reconnect. */
export const CloseCode = {
  /** No valid access token. */
  unauthenticated: 4001,
  /** Not a member of the room / no accepted connection. */
  forbidden: 4003,
  /** The room does not exist. */
  unknownRoom: 4004,
} as const;

/** Events the server sends. The realtime issue adds the chat events to this union. */
export const ServerEventSchema = z.discriminatedUnion('type', [
  ConnectionEstablishedEventSchema,
  ErrorEventSchema,
]);
export type ServerEvent = z.infer<typeof ServerEventSchema>;
