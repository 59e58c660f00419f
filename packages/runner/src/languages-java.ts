import { execFile } from "node:child_process";
import { realpathSync } from "node:fs";
import { dirname } from "node:path";
import { promisify } from "node:util";
import { javaMain } from "./harness/java-main.js";
import type { Job } from "./harness/job.js";
import { harnessFiles } from "./languages-harness.js";
import { compiledLimits, compiledStdin, compileThenRun } from "./languages-compiled.js";
import type { LanguageRuntime } from "./languages-runtime.js";

/**
 * Java with the JDK under /usr/lib/jvm (found through /usr/bin/javac). One sandbox compiles with
 * javac, then runs: function problems call `new Solution().method(...)`, design problems the
 * user's class, through a generated Main.java; a plain run starts the user's public class.
 * The JVM reserves far more address space than it uses, so the heap flag (-Xmx) is its limit.
 */

const JAVAC = "/usr/bin/javac";
/** Each file starts with these on its first line (no line added): what most judges import for you. */
const IMPORTS = "import java.util.*; import java.util.function.*; import java.util.stream.*; ";
/** Fewer threads and a faster start for javac, which compiles one small file. */
const JAVAC_HEAP_MB = 512;
const JAVAC_FLAGS = `-J-XX:+UseSerialGC -J-XX:TieredStopAtLevel=1 -J-Xmx${JAVAC_HEAP_MB}m -J-XX:-UsePerfData -encoding UTF-8 -nowarn -g`;
/** Metaspace, code cache, thread stacks: what a JVM holds besides its heap. */
const JVM_OVERHEAD_MB = 256;

let binDir: string | undefined;
const javaBin = () => (binDir ??= dirname(realpathSync(JAVAC)));

/** Debian keeps the JDK's configuration in /etc/java-N-openjdk (the JVM will not start without it). */
function configDir(): string[] {
  try {
    const config = dirname(dirname(realpathSync(`${javaBin()}/../conf/security/java.security`)));
    return config.startsWith("/usr/") ? [] : [config];
  } catch {
    return [];
  }
}

function compileAndRun(mainClass: string, memoryMb: number): string {
  const bin = javaBin();
  const jvm = `-XX:+UseSerialGC -XX:-UsePerfData -Xms16m -Xmx${memoryMb}m -Xss64m --add-opens java.base/java.io=ALL-UNNAMED`;
  return compileThenRun(
    `${bin}/javac ${JAVAC_FLAGS} -d /tmp/classes /sandbox/*.java`,
    `${bin}/java ${jvm} -cp /tmp/classes ${mainClass}`,
  );
}

function diagnostics(stderr: string): string {
  return stderr
    .replaceAll("/sandbox/Main.java", "the harness (Main.java)")
    .replaceAll("/sandbox/", "")
    .replaceAll(IMPORTS, "")
    .trim();
}

/** A plain run's class: the public one, which must live in a file of its name. */
const publicClass = (source: string) => /public\s+(?:final\s+)?class\s+([A-Za-z_$][\w$]*)/.exec(source)?.[1] ?? "Main";

export const java: LanguageRuntime = {
  id: "java",
  name: "Java",
  sourceName: "Solution.java",
  pooled: false,
  async detect() {
    const { stdout, stderr } = await promisify(execFile)(`${javaBin()}/javac`, ["-version"]);
    return (stdout || stderr).trim();
  },
  plan(job: Job) {
    const cases = job.mode === "cases";
    const mainClass = cases ? "Main" : publicClass(job.source);
    const files: Record<string, string> = cases
      ? {
          "Solution.java": IMPORTS + job.source,
          "Main.java": javaMain(job.signature ?? {}),
          ...harnessFiles(["Loopwise.java", "LoopwiseJson.java", "Nodes.java"]),
        }
      : { [`${mainClass}.java`]: IMPORTS + job.source };
    return {
      key: "java",
      stdin: compiledStdin(job),
      spec: {
        argv: ["/bin/sh", "-c", compileAndRun(mainClass, job.memoryMb)],
        files,
        readOnlyPaths: configDir(),
        env: { LANG: "C.UTF-8", HOME: "/tmp", PATH: "/usr/bin:/bin" },
        // RLIMIT_DATA (the sandbox's cap without RLIMIT_AS) must hold javac's heap and the JVM's own.
        limits: compiledLimits(job.mode, Math.max(JAVAC_HEAP_MB, job.memoryMb) + JVM_OVERHEAD_MB, {
          addressSpace: false,
          processes: 128,
          tmpMb: 64,
        }),
      },
    };
  },
  compiled: { diagnostics },
};
