import { describe, expect, it } from 'vitest';
import { chatMessageEvent } from './fake-chat-socket.test-support.js';
import { MessageLog } from './message-log.js';

const message = (id: number) => chatMessageEvent(id);

const ids = (log: MessageLog) => log.messages.map((m) => m.message_id);

describe('MessageLog', () => {
  it('has no cursor before a message or connection_established', () => {
    expect(new MessageLog(null).resumeAfter).toBeNull();
  });

  it('starts from the cursor it was given, 0 included', () => {
    expect(new MessageLog(7).resumeAfter).toBe(7);
    expect(new MessageLog(0).resumeAfter).toBe(0);
  });

  it('appends messages in order and moves the cursor to the newest', () => {
    const log = new MessageLog(null);
    expect(log.append(message(3))).toBe(true);
    expect(log.append(message(5))).toBe(true);
    expect(ids(log)).toEqual([3, 5]);
    expect(log.resumeAfter).toBe(5);
  });

  it('drops a message already seen or older than the cursor', () => {
    const log = new MessageLog(null);
    log.append(message(5));
    expect(log.append(message(5))).toBe(false);
    expect(log.append(message(4))).toBe(false);
    expect(ids(log)).toEqual([5]);
    expect(log.resumeAfter).toBe(5);
  });

  it('drops messages at or below the cursor it was given, and keeps the next one', () => {
    const log = new MessageLog(7);
    expect(log.append(message(7))).toBe(false);
    expect(log.append(message(8))).toBe(true);
    expect(ids(log)).toEqual([8]);
  });

  it('takes connection_established’s newest id as the cursor when it has none', () => {
    const log = new MessageLog(null);
    log.opened(42);
    expect(log.resumeAfter).toBe(42);
    expect(log.append(message(42))).toBe(false);
    expect(log.append(message(43))).toBe(true);
  });

  it('keeps its own cursor when connection_established tells another', () => {
    const log = new MessageLog(7);
    log.opened(42);
    expect(log.resumeAfter).toBe(7);
    const seen = new MessageLog(null);
    seen.append(message(9));
    seen.opened(3);
    expect(seen.resumeAfter).toBe(9);
  });

  it('on reset forgets its messages, takes the newest id of the latest open and answers the refused cursor', () => {
    const log = new MessageLog(100);
    log.opened(5);
    log.append(message(101));
    expect(log.reset()).toBe(101);
    expect(log.messages).toEqual([]);
    expect(log.resumeAfter).toBe(5);
    expect(log.append(message(6))).toBe(true);
  });

  it('on reset without any cursor answers 0 and has none after', () => {
    const log = new MessageLog(null);
    expect(log.reset()).toBe(0);
    expect(log.resumeAfter).toBeNull();
  });
});
