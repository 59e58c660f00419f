import type { Language } from "@loopwise/domain";

/**
 * The browser's copy of the code being typed, one per problem and language. It is written on every
 * change, before the debounced save reaches the server, so a reload, a closed tab or a lost
 * connection loses nothing; `synced` says whether the server has this very text.
 */
export interface LocalDraft {
  code: string;
  savedAt: number;
  synced: boolean;
}

/** What the server has for the same problem and language. */
export interface ServerDraft {
  code: string;
  updatedAt: string;
}

type Reader = Pick<Storage, "getItem">;
type Writer = Pick<Storage, "setItem">;

export const draftKey = (slug: string, language: Language) => `loopwise-practice-draft:${slug}:${language}`;

export function readLocalDraft(storage: Reader, slug: string, language: Language): LocalDraft | undefined {
  try {
    const value = JSON.parse(storage.getItem(draftKey(slug, language)) ?? "null") as Partial<LocalDraft> | null;
    if (!value || typeof value.code !== "string" || typeof value.savedAt !== "number") return undefined;
    return { code: value.code, savedAt: value.savedAt, synced: value.synced === true };
  } catch {
    return undefined;
  }
}

/** False when the browser refused (storage full or disabled): the server save still runs. */
export function writeLocalDraft(storage: Writer, slug: string, language: Language, draft: LocalDraft): boolean {
  try {
    storage.setItem(draftKey(slug, language), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** After a save: the copy is marked synced only if it still holds the text the server took. */
export function markSynced(storage: Reader & Writer, slug: string, language: Language, code: string): void {
  const local = readLocalDraft(storage, slug, language);
  if (local && local.code === code && !local.synced)
    writeLocalDraft(storage, slug, language, { ...local, synced: true });
}

export interface InitialCode {
  code: string;
  from: "local" | "server" | "starter";
  /** The local copy is newer than the server's: push it as soon as the page opens. */
  needsSync: boolean;
}

/**
 * Which text the editor opens with. A copy the server never got wins (typed offline, or the tab
 * closed inside the debounce); otherwise the newer of the two, so an edit made on another
 * device is not hidden by a stale copy here; with neither, the starter code.
 */
export function initialCode(
  local: LocalDraft | undefined,
  server: ServerDraft | undefined,
  starter: string,
): InitialCode {
  if (local && !local.synced) return { code: local.code, from: "local", needsSync: local.code !== server?.code };
  if (local && server) {
    return Date.parse(server.updatedAt) > local.savedAt
      ? { code: server.code, from: "server", needsSync: false }
      : { code: local.code, from: "local", needsSync: false };
  }
  if (server) return { code: server.code, from: "server", needsSync: false };
  if (local) return { code: local.code, from: "local", needsSync: false };
  return { code: starter, from: "starter", needsSync: false };
}
