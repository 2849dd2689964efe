import type { ClientEvent, CloseCode, ServerEvent } from './events.js';

/**
 * The chat protocol's words for its machine-readable document (AsyncAPI, served at
 * `/api/asyncapi.json`): what each event is for, what the connection's query says, and why the
 * server closes a socket. The shapes themselves are the event schemas of `events.ts`; the types
 * below make every event and close code need its words.
 */
export const chatProtocolDocs = {
  /** What a client may send, by `type`. */
  clientEvents: {
    chat_message:
      'Send a message. Stored once per `client_id` (a resend with the same id is not stored twice) and delivered to every socket in the room, the sender included. Over the budget (20 per 10 s per user and room, REST sends counted too) it is not stored and the server answers an `error` coded `rate_limited`.',
    typing_indicator:
      'Say that the caller is (or stopped) typing; relayed to the room but the typist. Beyond 3 a second they are dropped (`typing_rate_limited`, once per flood).',
    message_read:
      'Mark messages read; the room gets a `messages_read` receipt. Beyond 10 a second they are not recorded (`read_rate_limited`, once per flood).',
  } satisfies Record<ClientEvent['type'], string>,
  /** What the server sends, by `type`. */
  serverEvents: {
    connection_established:
      "First on every accepted socket. `last_message_id` is the room's newest message id when the socket joined: every later message reaches it; a client without a cursor resumes from it.",
    chat_message:
      'A stored message, to every socket in the room, the sender included (with its `client_id` when it gave one). After a resume (`?last_message_id=`), the missed messages come first, in order.',
    typing_indicator: 'Someone else is, or stopped, typing.',
    messages_read: 'Read receipt: `user_id` read these messages.',
    error:
      'Bad input never closes the socket: the server answers with this event. Codes: `invalid_json`, `invalid_event`, `forbidden`, `read_only`, `rate_limited` (the message was not stored; `client_id` echoed), `typing_rate_limited`, `read_rate_limited`, and `resume_reset` (right after `connection_established`: `?last_message_id=` was past the newest message; the socket resumes from the newest one, so reload the history over REST).',
  } satisfies Record<ServerEvent['type'], string>,
  /** The connection URL's query parameters. */
  query: {
    token:
      'The access token of a login (JWT). Browsers cannot set headers on a WebSocket: pass it here, or send `Authorization: Bearer <access>` from other clients.',
    last_message_id:
      'Resume: the newest message id the client has (plain decimal digits; `0` replays the whole history). Every later message is sent right after `connection_established`, then live ones.',
  },
  /** Why the server closed a socket, by the name of each code of `CloseCode`; the client must not reconnect. */
  closeCodes: {
    unauthenticated: 'No valid access token (missing, invalid, expired, or of a logged-out session).',
    forbidden:
      'Not an active member of the group, or no accepted unblocked connection; also sent to open sockets when access ends (removed, left, archived, blocked, banned, logged out).',
    unknownRoom: 'The room does not exist, or is not visible to the caller (non-canonical ids included).',
  } satisfies Record<keyof typeof CloseCode, string>,
  /** Close codes of the WebSocket protocol itself, after which a client may reconnect. */
  transportCloseCodes: {
    1001: 'The server is shutting down.',
    1009: 'A frame over 64 KiB.',
    1011: 'An internal error.',
  },
} as const;
