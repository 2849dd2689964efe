import type { ChatEvent } from '@studymate/core';

/** A chat event as JSON for the broker: its dates as ISO strings. */
export function encodeChatEvent(event: ChatEvent): string {
  return JSON.stringify(event);
}

/** Reads back what `encodeChatEvent` wrote, dates included; throws on anything else. */
export function decodeChatEvent(text: string): ChatEvent {
  const event = JSON.parse(text) as ChatEvent;
  switch (event.type) {
    case 'message_created':
      return { ...event, message: { ...event.message, createdAt: parseDate(event.message.createdAt) } };
    case 'messages_read':
      return { ...event, readAt: parseDate(event.readAt) };
    case 'typing':
    case 'access_revoked':
      return event;
    default:
      throw new Error(`Unknown chat event type ${JSON.stringify((event as { type?: unknown }).type)}`);
  }
}

function parseDate(value: unknown): Date {
  const date = new Date(value as string);
  if (typeof value !== 'string' || Number.isNaN(date.getTime()))
    throw new Error('A chat event date is not ISO text');
  return date;
}
