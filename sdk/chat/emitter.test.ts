import { afterEach, describe, expect, it, vi } from 'vitest';
import { Emitter } from './emitter.js';

interface Events extends Record<string, unknown> {
  ping: number;
  pong: string;
}

describe('Emitter', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('calls every listener of an event with its payload, in order, and no other', () => {
    const emitter = new Emitter<Events>();
    const calls: string[] = [];
    emitter.on('ping', (n) => calls.push(`a${n}`));
    emitter.on('ping', (n) => calls.push(`b${n}`));
    emitter.on('pong', (s) => calls.push(`pong ${s}`));
    emitter.emit('ping', 1);
    expect(calls).toEqual(['a1', 'b1']);
  });

  it('stops calling a listener once its unsubscribe ran', () => {
    const emitter = new Emitter<Events>();
    const calls: number[] = [];
    const off = emitter.on('ping', (n) => calls.push(n));
    emitter.emit('ping', 1);
    off();
    emitter.emit('ping', 2);
    expect(calls).toEqual([1]);
  });

  it('keeps calling the other listeners when one throws, and rethrows outside the emit', async () => {
    const emitter = new Emitter<Events>();
    const calls: number[] = [];
    const thrown = new Error('listener bug');
    const uncaught = new Promise<unknown>((resolve) => {
      vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((callback) => {
        try {
          callback();
        } catch (error) {
          resolve(error);
        }
      });
    });
    emitter.on('ping', () => {
      throw thrown;
    });
    emitter.on('ping', (n) => calls.push(n));
    expect(() => emitter.emit('ping', 1)).not.toThrow();
    expect(calls).toEqual([1]);
    expect(await uncaught).toBe(thrown);
  });

  it('forgets every listener on clear', () => {
    const emitter = new Emitter<Events>();
    const calls: number[] = [];
    emitter.on('ping', (n) => calls.push(n));
    emitter.clear();
    emitter.emit('ping', 1);
    expect(calls).toEqual([]);
  });
});
