import { createHash } from "node:crypto";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";

/**
 * The host side of a sandbox's files: a fresh 0700 folder (mkdtemp) holding `files/` (the spec's
 * files, bound read-only at /sandbox) and, in limits-only mode, `work/` (its writable folder). The
 * sandbox can never write into `files/`, and the host only ever deletes the folder it made.
 */
export type SandboxFiles = Record<string, string | Uint8Array>;

export interface SandboxFolder {
  root: string;
  files: string;
  work: string;
  remove(): void;
}

function checkedName(name: string): string {
  const normal = posix.normalize(name);
  if (normal === "." || posix.isAbsolute(normal) || normal.split("/").includes("..")) {
    throw new Error(`a sandbox file name must stay inside /sandbox: ${name}`);
  }
  return normal;
}

interface FolderAccess {
  owner?: number;
  traverseGid?: number;
}

/**
 * `owner`: the uid that runs the program when it is not the server's own (limits-only mode as
 * root); it must reach its files and own its work folder. `traverseGid`: the group bubblewrap runs
 * with when the server is root (sandbox-root.ts); it may pass through the folder, not list it.
 */
export function makeSandboxFolder(files: SandboxFiles, access: FolderAccess = {}): SandboxFolder {
  // Names are checked first: a bad spec throws before anything is made on the host.
  const entries = Object.entries(files).map(([name, content]) => [checkedName(name), content] as const);
  const root = mkdtempSync(join(tmpdir(), "loopwise-sandbox-"));
  const filesDir = join(root, "files");
  const work = join(root, "work");
  // 0755 inside a 0700 folder: uid 65534 reads them in the sandbox; no one else on the host can reach them.
  mkdirSync(filesDir, { mode: 0o755 });
  mkdirSync(work, { mode: 0o700 });
  for (const [name, content] of entries) {
    const path = join(filesDir, name);
    mkdirSync(dirname(path), { recursive: true, mode: 0o755 });
    writeFileSync(path, content, { mode: 0o644 });
  }
  if (access.owner !== undefined) {
    chownSync(root, access.owner, access.owner);
    chownSync(work, access.owner, access.owner);
  }
  if (access.traverseGid !== undefined) {
    chownSync(root, process.getuid?.() ?? 0, access.traverseGid);
    chmodSync(root, 0o710);
  }
  live.add(root);
  return {
    root,
    files: filesDir,
    work,
    remove: () => {
      live.delete(root);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

const shared = new Map<string, SandboxFolder>();

/**
 * One folder for every sandbox with these files (a harness): made on first use, bound read-only by
 * each, removed when the process exits. Making and removing a folder per start cost 2.7 ms of a
 * 40 ms cold start. Its `remove` does nothing: other sandboxes may be using it.
 */
export function sharedSandboxFolder(files: SandboxFiles, access: FolderAccess = {}): SandboxFolder {
  const hash = createHash("sha256").update(JSON.stringify(access));
  for (const name of Object.keys(files).sort()) {
    const content = files[name]!;
    const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
    hash.update(`${name.length}:${name}:${size}:`).update(content);
  }
  const key = hash.digest("hex");
  let folder = shared.get(key);
  if (folder === undefined) {
    folder = { ...makeSandboxFolder(files, access), remove: () => undefined };
    shared.set(key, folder);
  }
  return folder;
}

/**
 * Folders of sandboxes not yet disposed (warm in a pool, or running). If the server exits first,
 * --die-with-parent ends their processes, and this ends their folders (measured: a test process
 * that exited with a warm pool left its harness folders in /tmp).
 */
const live = new Set<string>();
process.once("exit", () => {
  for (const root of live) rmSync(root, { recursive: true, force: true });
});
