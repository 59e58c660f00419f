import { STAGES, type Stage } from "@loopwise/domain";
import { rounds } from "../support/rounds.js";
import { progress, ratio, summarize, timed } from "../support/stats.js";
import type { Direct } from "./direct-sql.js";

/** One way to send a request to the app: in process (`app.request`) or over a real socket. */
export type Send = (method: string, path: string, body?: unknown) => Promise<Response>;

export function sender(fetchLike: (url: string, init: RequestInit) => Promise<Response>, base: string): Send {
  return (method, path, body) =>
    fetchLike(`${base}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
}

function compared(samples: Record<string, number[][]>): Compared {
  const app = summarize(samples.app![0]!);
  const raw = summarize(samples.direct![0]!);
  const overHttp = samples.http ? summarize(samples.http[0]!) : undefined;
  return {
    p50: app.p50,
    p95: app.p95,
    directP50: raw.p50,
    directP95: raw.p95,
    ratioP50: ratio(app.p50, raw.p50),
    ratioP95: ratio(app.p95, raw.p95),
    ...(overHttp ? { httpP50: overHttp.p50, httpP95: overHttp.p95 } : {}),
  };
}

async function expectOk(response: Response, what: string): Promise<string> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

/** The app's percentiles beside the driver's (ms), and over a real socket when that was timed. */
interface Compared {
  p50: number;
  p95: number;
  directP50: number;
  directP95: number;
  ratioP50: number;
  ratioP95: number;
  httpP50?: number;
  httpP95?: number;
}

export interface ListFigures extends Compared {
  rows: number;
  responseBytes: number;
  iterations: number;
}

export async function measureList(
  options: { inProcess: Send; http?: Send; direct: Direct; userId: string; expected: number },
  warmup: number,
  iterations: number,
): Promise<ListFigures> {
  const { inProcess, http, direct, userId, expected } = options;
  // The app and the driver must return the same rows in the same order, or the ratio means nothing.
  const body = await expectOk(await inProcess("GET", "/api/applications"), "GET /api/applications");
  const parsed = JSON.parse(body) as { applications: { id: string }[]; total: number };
  const [result] = await direct.list(userId);
  const rows = JSON.parse(result!.json) as { id: string }[];
  if (parsed.applications.length !== expected || parsed.total !== expected || rows.length !== expected) {
    throw new Error(
      `expected ${expected} rows; app ${parsed.applications.length} (total ${parsed.total}), driver ${rows.length}`,
    );
  }
  if (parsed.applications.some((row, i) => row.id !== rows[i]!.id)) {
    throw new Error("the app and the direct query return the rows in a different order");
  }

  progress(`list: ${warmup} warm-up + ${iterations} rounds of app (in process${http ? ", HTTP" : ""}) and driver`);
  const list = (send: Send) => async () => timed(async () => expectOk(await send("GET", "/api/applications"), "list"));
  const samples = await rounds(warmup, iterations, {
    app: list(inProcess),
    ...(http ? { http: list(http) } : {}),
    direct: () => timed(() => direct.list(userId)),
  });
  return {
    ...compared(samples),
    rows: expected,
    responseBytes: Buffer.byteLength(body),
    iterations,
  };
}

export interface MoveFigures extends Compared {
  iterations: number;
}

/** The board as the bench believes it is: which cards are in which column. */
export class BoardModel {
  private readonly stageOf = new Map<string, Stage>();
  private readonly ids: string[] = [];
  constructor(
    private readonly columns: Map<Stage, string[]>,
    private readonly random: () => number,
  ) {
    for (const [stage, ids] of columns) {
      for (const id of ids) {
        this.stageOf.set(id, stage);
        this.ids.push(id);
      }
    }
  }

  /** A card, another column, and a card of that column to drop it after. */
  nextMove(): { id: string; stage: Stage; afterId: string } {
    for (;;) {
      const id = this.ids[Math.floor(this.random() * this.ids.length)]!;
      const from = this.stageOf.get(id)!;
      const stage = STAGES[Math.floor(this.random() * STAGES.length)]!;
      const target = this.columns.get(stage) ?? [];
      if (stage === from || target.length === 0) continue;
      const afterId = target[Math.floor(this.random() * target.length)]!;
      return { id, stage, afterId };
    }
  }

  apply(move: { id: string; stage: Stage }): void {
    const from = this.stageOf.get(move.id)!;
    const column = this.columns.get(from)!;
    column.splice(column.indexOf(move.id), 1);
    this.columns.set(move.stage, [...(this.columns.get(move.stage) ?? []), move.id]);
    this.stageOf.set(move.id, move.stage);
  }

  stages(): ReadonlyMap<string, Stage> {
    return this.stageOf;
  }
}

export async function measureMove(
  options: { inProcess: Send; http?: Send; direct: Direct; userId: string; board: BoardModel },
  warmup: number,
  iterations: number,
): Promise<MoveFigures> {
  const { inProcess, http, direct, userId, board } = options;
  progress(`move: ${warmup} warm-up + ${iterations} rounds of app (in process${http ? ", HTTP" : ""}) and driver`);
  const viaApp = (send: Send) => async () => {
    const move = board.nextMove();
    const ms = await timed(async () =>
      expectOk(
        await send("POST", `/api/applications/${move.id}/move`, { stage: move.stage, afterId: move.afterId }),
        "move",
      ),
    );
    board.apply(move);
    return ms;
  };
  const samples = await rounds(warmup, iterations, {
    app: viaApp(inProcess),
    ...(http ? { http: viaApp(http) } : {}),
    direct: async () => {
      const move = board.nextMove();
      const start = performance.now();
      await direct.move(userId, move.id, move.stage, move.afterId, new Date().toISOString());
      board.apply(move);
      return performance.now() - start;
    },
  });
  return {
    ...compared(samples),
    iterations,
  };
}
