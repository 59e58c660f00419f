import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  draftKey,
  initialCode,
  markSynced,
  readLocalDraft,
  writeLocalDraft,
  type LocalDraft,
} from "../src/features/practice/code-draft";
import { createDraftSaver, type SaveState } from "../src/features/practice/draft-saver";
import { chooseLanguage } from "../src/features/practice/language-choice";

/** localStorage's contract, in memory; `full` makes it refuse writes as a full quota does. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    full: false,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (this.full) throw new DOMException("quota", "QuotaExceededError");
      items.set(key, value);
    },
    items,
  };
}

const T0 = Date.parse("2025-03-01T10:00:00Z");

describe("the browser's copy of a draft", () => {
  it("round-trips per problem and language, and ignores what it cannot read", () => {
    const storage = memoryStorage();
    const draft: LocalDraft = { code: "def f(): pass", savedAt: T0, synced: false };
    expect(writeLocalDraft(storage, "ridge-beacons", "python", draft)).toBe(true);
    expect(readLocalDraft(storage, "ridge-beacons", "python")).toEqual(draft);
    expect(readLocalDraft(storage, "ridge-beacons", "typescript")).toBeUndefined();
    storage.items.set(draftKey("ridge-beacons", "cpp"), "{not json");
    expect(readLocalDraft(storage, "ridge-beacons", "cpp")).toBeUndefined();
  });

  it("reports a refused write instead of throwing", () => {
    const storage = memoryStorage();
    storage.full = true;
    expect(writeLocalDraft(storage, "s", "python", { code: "x", savedAt: T0, synced: false })).toBe(false);
  });

  it("is marked synced only while it still holds the text the server took", () => {
    const storage = memoryStorage();
    writeLocalDraft(storage, "s", "python", { code: "newer", savedAt: T0, synced: false });
    markSynced(storage, "s", "python", "older");
    expect(readLocalDraft(storage, "s", "python")?.synced).toBe(false);
    markSynced(storage, "s", "python", "newer");
    expect(readLocalDraft(storage, "s", "python")?.synced).toBe(true);
  });
});

describe("which code the editor opens with", () => {
  const server = { code: "server code", updatedAt: new Date(T0).toISOString() };

  it("prefers a copy the server never got, and pushes it", () => {
    const local = { code: "typed offline", savedAt: T0 - 60_000, synced: false };
    expect(initialCode(local, server, "starter")).toEqual({ code: "typed offline", from: "local", needsSync: true });
    expect(initialCode({ ...local, code: "server code" }, server, "starter").needsSync).toBe(false);
  });

  it("takes the newer of two synced texts, so an edit on another device shows", () => {
    const older = { code: "old here", savedAt: T0 - 1000, synced: true };
    expect(initialCode(older, server, "starter")).toMatchObject({ code: "server code", from: "server" });
    const newer = { code: "new here", savedAt: T0 + 1000, synced: true };
    expect(initialCode(newer, server, "starter")).toMatchObject({ code: "new here", from: "local", needsSync: false });
  });

  it("falls back to whichever exists, then to the starter code", () => {
    expect(initialCode(undefined, server, "starter").code).toBe("server code");
    expect(initialCode({ code: "l", savedAt: T0, synced: true }, undefined, "starter").code).toBe("l");
    expect(initialCode(undefined, undefined, "starter")).toEqual({
      code: "starter",
      from: "starter",
      needsSync: false,
    });
  });
});

describe("the debounced saver", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function saverWith(save: (key: string, value: string) => Promise<void>) {
    const states: SaveState[] = [];
    const saved: [string, string][] = [];
    const saver = createDraftSaver<string>({
      delayMs: 800,
      retryMs: 5000,
      save,
      onState: (state) => states.push(state),
      onSaved: (key, value) => saved.push([key, value]),
    });
    return { saver, states, saved };
  }

  it("sends only the last value typed within the delay", async () => {
    const save = vi.fn(async () => undefined);
    const { saver, states, saved } = saverWith(save);
    saver.change("python", "a");
    await vi.advanceTimersByTimeAsync(500);
    saver.change("python", "ab");
    await vi.advanceTimersByTimeAsync(500);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(save.mock.calls).toEqual([["python", "ab"]]);
    expect(saved).toEqual([["python", "ab"]]);
    expect(states).toEqual(["pending", "saving", "saved"]);
  });

  it("keeps each language's last value when the language changes inside the delay", async () => {
    const save = vi.fn(async () => undefined);
    const { saver } = saverWith(save);
    saver.change("python", "py code");
    saver.change("typescript", "ts code");
    await saver.flush();
    expect(save.mock.calls).toEqual([
      ["python", "py code"],
      ["typescript", "ts code"],
    ]);
  });

  it("keeps a failed value and retries it; a newer value replaces it", async () => {
    let online = false;
    const save = vi.fn(async () => {
      if (!online) throw new TypeError("Failed to fetch");
    });
    const { saver, states } = saverWith(save);
    saver.change("python", "v1");
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toBe("failed");
    saver.change("python", "v2");
    expect(states.at(-1)).toBe("failed");
    online = true;
    await vi.advanceTimersByTimeAsync(800);
    expect(save.mock.calls.map((call) => (call as unknown[])[1])).toEqual(["v1", "v2"]);
    expect(states.at(-1)).toBe("saved");
  });

  it("retries on its own after the back-off", async () => {
    let calls = 0;
    const save = vi.fn(async () => {
      calls += 1;
      if (calls === 1) throw new Error("503");
    });
    const { saver, states } = saverWith(save);
    saver.change("python", "x");
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toBe("failed");
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(states.at(-1)).toBe("saved");
  });

  it("saves what is pending when disposed, and schedules nothing after", async () => {
    const save = vi.fn(async () => undefined);
    const { saver } = saverWith(save);
    saver.change("python", "last words");
    saver.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls).toEqual([["python", "last words"]]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("the language a problem opens in", () => {
  it("takes the problem's last language, then the one picked anywhere, then Python, among those that run", () => {
    expect(chooseLanguage(["python", "typescript", "cpp"], "cpp", "typescript")).toBe("cpp");
    expect(chooseLanguage(["python", "typescript"], "cpp", "typescript")).toBe("typescript");
    expect(chooseLanguage(["javascript", "python"], null, "rust")).toBe("python");
    expect(chooseLanguage(["javascript", "typescript"], null, null)).toBe("javascript");
    expect(chooseLanguage([], "python", "python")).toBeUndefined();
  });
});
