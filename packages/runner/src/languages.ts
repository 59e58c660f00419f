import type { Language } from "@loopwise/domain";
import { cpp } from "./languages-cpp.js";
import { go } from "./languages-go.js";
import { java } from "./languages-java.js";
import { rust } from "./languages-rust.js";
import { javascript, typescript } from "./languages-node.js";
import { python } from "./languages-python.js";
import type { LanguageRuntime } from "./languages-runtime.js";
import type { LanguageInfo } from "./types.js";

/**
 * The languages this machine can run, found once at start: each toolchain is asked for its version,
 * and one that is missing (or fails to answer) is simply not offered.
 */

export const RUNTIMES: LanguageRuntime[] = [python, javascript, typescript, cpp, java, go, rust];

export interface DetectedLanguage {
  info: LanguageInfo;
  runtime: LanguageRuntime;
}

let detected: Promise<Map<Language, DetectedLanguage>> | undefined;

async function detectAll(): Promise<Map<Language, DetectedLanguage>> {
  const found = await Promise.all(
    RUNTIMES.map(async (runtime) => {
      try {
        const version = await runtime.detect();
        return { info: { id: runtime.id, name: runtime.name, version }, runtime };
      } catch {
        return undefined; // not installed here: the language is not offered
      }
    }),
  );
  return new Map(found.filter((item) => item !== undefined).map((item) => [item.info.id, item]));
}

/** Detected once per process; `refresh` asks the toolchains again. */
export function detectLanguages(refresh = false): Promise<Map<Language, DetectedLanguage>> {
  if (refresh || detected === undefined) detected = detectAll();
  return detected;
}

export async function listLanguages(): Promise<LanguageInfo[]> {
  return [...(await detectLanguages()).values()].map((item) => item.info);
}
