/**
 * Runs tasks one after another per key, within this process: a task starts once every earlier
 * task of its key has settled, and the calls resolve in the order they were made.
 */
export function createKeyedQueue(): <Result>(key: number, task: () => Promise<Result>) => Promise<Result> {
  const tails = new Map<number, Promise<unknown>>();
  return (key, task) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
