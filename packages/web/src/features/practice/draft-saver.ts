/**
 * Saves what is typed, debounced: a change waits `delayMs` for the next one, then the newest value
 * per key goes to `save`, one request at a time. A failed save (offline, server stopped) is kept
 * and retried after `retryMs`, or sooner with the next change or a flush.
 */
export type SaveState = "saved" | "pending" | "saving" | "failed";

export interface SaverOptions<T> {
  delayMs: number;
  retryMs: number;
  save(key: string, value: T): Promise<void>;
  onState?(state: SaveState): void;
  /** Called after each successful save, with what was saved. */
  onSaved?(key: string, value: T): void;
}

export interface DraftSaver<T> {
  change(key: string, value: T): void;
  /** Saves whatever is pending now; resolves when nothing is left in flight. */
  flush(): Promise<void>;
  /** Stops the timers; pending values are flushed once more, without retries. */
  dispose(): void;
}

export function createDraftSaver<T>(options: SaverOptions<T>): DraftSaver<T> {
  const pending = new Map<string, T>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  let disposed = false;
  let state: SaveState = "saved";

  const setState = (next: SaveState) => {
    if (next === state) return;
    state = next;
    options.onState?.(next);
  };
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  };

  async function saveAll(): Promise<void> {
    setState("saving");
    for (const [key, value] of [...pending]) {
      pending.delete(key);
      try {
        await options.save(key, value);
        options.onSaved?.(key, value);
      } catch {
        // A newer value typed meanwhile replaces the failed one; otherwise it waits for the retry.
        if (!pending.has(key)) pending.set(key, value);
        setState("failed");
        if (!disposed) schedule(options.retryMs);
        return;
      }
    }
    setState(pending.size > 0 ? "pending" : "saved");
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    while (inFlight) await inFlight;
    if (pending.size === 0) return;
    inFlight = saveAll().finally(() => (inFlight = undefined));
    await inFlight;
  }

  return {
    change(key, value) {
      pending.set(key, value);
      if (state !== "failed") setState("pending");
      if (!disposed) schedule(options.delayMs);
    },
    flush,
    dispose() {
      disposed = true;
      void flush();
    },
  };
}
