import { describe, expect, it } from 'vitest';
import { createTurnGate } from './turn-gate.js';

const endOfTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('createTurnGate', () => {
  it('starts nothing before the turn ends, then everything held, in the order given', async () => {
    const gate = createTurnGate();
    const started: string[] = [];
    const answers = ['a', 'b', 'c'].map((name) =>
      gate(() => {
        started.push(name);
        return Promise.resolve(name.toUpperCase());
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([]);
    await endOfTurn();
    expect(started).toEqual(['a', 'b', 'c']);
    expect(await Promise.all(answers)).toEqual(['A', 'B', 'C']);
  });

  it('starts the work of several callbacks of one turn in one synchronous run', async () => {
    const gate = createTurnGate();
    // Between two callbacks, microtasks drain: a start that sees the first start's microtask done
    // was not started in the same run as it.
    let drained = false;
    const sawDrained: boolean[] = [];
    const start = (index: number) => () => {
      if (sawDrained.push(drained) === 1) queueMicrotask(() => (drained = true));
      return Promise.resolve(index);
    };
    // Each callback stands for a request arriving on its own.
    const answers = await new Promise<Promise<number>[]>((resolve) => {
      const asked: Promise<number>[] = [];
      for (let index = 0; index < 5; index += 1)
        setImmediate(() => {
          if (asked.push(gate(start(index))) === 5) resolve(asked);
        });
    });
    expect(await Promise.all(answers)).toEqual([0, 1, 2, 3, 4]);
    expect(sawDrained).toEqual([false, false, false, false, false]);
  });

  it('rejects only the work whose start throws or rejects', async () => {
    const gate = createTurnGate();
    const thrown = gate(() => {
      throw new Error('thrown');
    });
    const rejected = gate(() => Promise.reject(new Error('rejected')));
    const fine = gate(() => Promise.resolve('fine'));
    await expect(thrown).rejects.toThrow('thrown');
    await expect(rejected).rejects.toThrow('rejected');
    expect(await fine).toBe('fine');
  });

  it('holds work given after a turn until the end of the next one', async () => {
    const gate = createTurnGate();
    expect(await gate(() => Promise.resolve(1))).toBe(1);
    let started = false;
    const second = gate(() => ((started = true), Promise.resolve(2)));
    await Promise.resolve();
    expect(started).toBe(false);
    expect(await second).toBe(2);
  });
});
