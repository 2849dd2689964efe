import { RESUME_RESET_CODE, ServerEventSchema } from '@studymate/contract';
import type { ChatConnectionEvents } from './chat-connection-events.js';
import { ChatSendError, type ChatError } from './connection-state.js';
import type { Emitter } from './emitter.js';
import type { MessageLog } from './message-log.js';
import type { Outbox } from './outbox.js';

/** The parts of a connection that incoming events act on. */
interface Receiver {
  events: Emitter<ChatConnectionEvents>;
  outbox: Outbox;
  log: MessageLog;
  /** `connection_established` came (the log already holds its cursor): the connection is open. */
  onOpen: () => void;
}

/** One frame from the server, checked against the contract; a frame outside it is an `invalid_event` error. */
export function receiveServerEvent(data: unknown, receiver: Receiver): void {
  const { events, outbox, log } = receiver;
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof data === 'string' ? data : String(data));
  } catch {
    parsed = undefined;
  }
  const event = ServerEventSchema.safeParse(parsed);
  if (!event.success) {
    events.emit('error', {
      code: 'invalid_event',
      message: 'The server sent an event outside the contract.',
    });
    return;
  }
  switch (event.data.type) {
    case 'connection_established':
      log.opened(event.data.last_message_id ?? null);
      receiver.onOpen();
      return;
    case 'chat_message':
      outbox.settle(event.data);
      if (log.append(event.data)) events.emit('message', event.data);
      return;
    case 'typing_indicator':
      events.emit('typing', event.data);
      return;
    case 'messages_read':
      events.emit('read', event.data);
      return;
    case 'error': {
      if (event.data.code === RESUME_RESET_CODE) {
        events.emit('reset', { lastMessageId: log.reset(), message: event.data.message });
        return;
      }
      const error: ChatError = {
        code: 'server_error',
        message: event.data.message,
        ...(event.data.code && { serverCode: event.data.code }),
      };
      if (event.data.client_id) outbox.reject(event.data.client_id, new ChatSendError(error));
      events.emit('error', error);
      return;
    }
  }
}
