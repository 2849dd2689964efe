/** Injectable time, for tests with fake timers. */
export interface ChatTimers {
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const systemTimers: ChatTimers = {
  setTimeout: (callback, milliseconds) => globalThis.setTimeout(callback, milliseconds),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};

/** A connection's timers by name: scheduling one replaces the pending one of that name. */
export class NamedTimers {
  private readonly handles = new Map<string, unknown>();

  constructor(private readonly timers: ChatTimers = systemTimers) {}

  now(): number {
    return this.timers.now();
  }

  schedule(name: string, milliseconds: number, callback: () => void): void {
    this.cancel(name);
    this.handles.set(
      name,
      this.timers.setTimeout(() => {
        this.handles.delete(name);
        callback();
      }, milliseconds),
    );
  }

  cancel(name: string): void {
    const handle = this.handles.get(name);
    if (handle !== undefined) this.timers.clearTimeout(handle);
    this.handles.delete(name);
  }

  cancelAll(): void {
    for (const name of [...this.handles.keys()]) this.cancel(name);
  }
}
