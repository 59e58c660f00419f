import { createHash } from "node:crypto";
import {
  getTimingOverrides,
  getTimingSettings,
  listPlannable,
  loadAnalyticsInput,
  saveTimingSettings,
  setTimingOverrides,
  type Db,
  type PlannableRow,
} from "@loopwise/db";
import {
  addDaysToDate,
  calendarDateIn,
  Invalid,
  planInputSchema,
  planOverridesSchema,
  planTiming,
  stageStatistics,
  type ApplicationId,
  type PlanApplication,
  type PlanConstraints,
  type PlanHistory,
  type PlanInput,
  type PlanOverrides,
  type Tier,
  type TimingPlan,
  type TimingPlanQuery,
  type TodayPlanAction,
  type UserId,
  type UserTimingPlan,
} from "@loopwise/domain";

/** The planner's input covers at most this many applications: the most wanted first. */
const MAX_APPLICATIONS = 200;
/** The planner's bound on a stage's observed durations; more are thinned evenly. */
const MAX_DURATIONS = 100_000;
/** The planner's bound on one observed stay, in days. */
const MAX_STAY_DAYS = 3650;
/** Today lists the plan's actions due within this many days, at most `TODAY_ACTIONS` of them. */
export const PLAN_ACTION_DAYS = 3;
export const TODAY_ACTIONS = 5;

/** POST /api/timing/plan: the planner over HTTP; nothing is read or stored. */
export function plan(input: PlanInput): TimingPlan {
  return planTiming(input);
}

export async function getSettings(db: Db, userId: UserId): Promise<PlanConstraints> {
  return getTimingSettings(db, userId);
}

export async function saveSettings(
  db: Db,
  userId: UserId,
  constraints: PlanConstraints,
  now: Date,
): Promise<PlanConstraints> {
  await saveTimingSettings(db, userId, constraints, now.toISOString());
  return getTimingSettings(db, userId);
}

export async function getOverrides(db: Db, userId: UserId, id: ApplicationId): Promise<PlanOverrides | null> {
  return getTimingOverrides(db, userId, id);
}

export async function saveOverrides(
  db: Db,
  userId: UserId,
  id: ApplicationId,
  overrides: PlanOverrides | null,
  now: Date,
): Promise<PlanOverrides | null> {
  await setTimingOverrides(db, userId, id, overrides, now.toISOString());
  return overrides;
}

interface BuiltPlan extends UserTimingPlan {
  rows: PlannableRow[];
}

/** GET /api/timing/plan: the user's own plan from the pipeline, settings and history. */
export async function userPlan(db: Db, userId: UserId, query: TimingPlanQuery, now: Date): Promise<UserTimingPlan> {
  const { plan: built, input } = await buildUserPlan(db, userId, query, now);
  return { plan: built, input };
}

/** The plan's actions due by a few days from today, for Today; none when nothing is plannable or the planner fails. */
export async function todayPlanActions(db: Db, userId: UserId, zone: string, now: Date): Promise<TodayPlanAction[]> {
  try {
    const { plan: built, rows } = await buildUserPlan(db, userId, { tz: zone, startOn: [] }, now);
    if (built.companies.length === 0) return [];
    const horizon = addDaysToDate(built.today, PLAN_ACTION_DAYS);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return built.actions
      .filter((action) => action.by <= horizon && byId.has(action.applicationId))
      .slice(0, TODAY_ACTIONS)
      .map((action) => {
        const row = byId.get(action.applicationId)!;
        return { ...action, companyName: row.companyName, roleTitle: row.roleTitle };
      });
  } catch (error) {
    // Today must answer even when the planner cannot; the Plan page shows the error itself.
    console.error(`loopwise: the timing plan for Today failed: ${String(error)}`);
    return [];
  }
}

async function buildUserPlan(db: Db, userId: UserId, query: TimingPlanQuery, now: Date): Promise<BuiltPlan> {
  const today = calendarDateIn(now, query.tz);
  const [allRows, constraints, history] = await Promise.all([
    listPlannable(db, userId),
    getTimingSettings(db, userId),
    userHistory(db, userId, now, today),
  ]);
  const rows = mostWanted(allRows);
  const pins = new Map(query.startOn.map((pin, index) => [pin.applicationId, { ...pin, index }]));
  for (const [applicationId, pin] of pins) {
    const row = rows.find((r) => r.id === applicationId);
    if (!row || row.stage !== "interested") {
      throw new Invalid("A start can only be pinned for an application in the plan that is not yet sent", {
        [`startOn.${pin.index}`]: "must name an application of yours in the stage interested",
      });
    }
  }
  const sharedNames = namesHeldTwice(rows);
  const window = query.windowStart && query.windowEnd ? { start: query.windowStart, end: query.windowEnd } : undefined;
  const candidate = {
    today,
    applications: rows.map((row) => toPlanApplication(row, query.tz, today, pins.get(row.id)?.on, sharedNames)),
    constraints: window ? { ...constraints, decisionWindow: window } : constraints,
    history,
  };
  const input = planInputSchema.parse(candidate);
  return { plan: cachedPlan(userId, input), input, rows };
}

/** The planner's input holds at most 200 applications: keep the most wanted, in their own order. */
function mostWanted(rows: PlannableRow[]): PlannableRow[] {
  if (rows.length <= MAX_APPLICATIONS) return rows;
  const kept = new Set(
    [...rows]
      .sort((a, b) => b.desirability - a.desirability)
      .slice(0, MAX_APPLICATIONS)
      .map((row) => row.id),
  );
  return rows.filter((row) => kept.has(row.id));
}

/** Company names with more than one application in the plan: those are told apart by their role. */
function namesHeldTwice(rows: PlannableRow[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const row of rows) (seen.has(row.companyName) ? twice : seen).add(row.companyName);
  return twice;
}

function toPlanApplication(
  row: PlannableRow,
  zone: string,
  today: string,
  startOn: string | undefined,
  sharedNames: Set<string>,
): PlanApplication {
  const entered = calendarDateIn(new Date(row.stageEnteredAt), zone);
  const stageEnteredOn = entered > today ? today : entered;
  const app: PlanApplication = {
    id: row.id,
    // The plan's sentences and messages name the company ("Halcyon Pay's offer"); the role only
    // when the user talks to the company about two roles.
    name: (sharedNames.has(row.companyName) ? `${row.companyName} (${row.roleTitle})` : row.companyName).slice(0, 200),
    desirability: Math.min(5, Math.max(1, row.desirability)),
    stage: row.stage,
    stageEnteredOn,
  };
  if (row.tier === 1 || row.tier === 2 || row.tier === 3) app.tier = row.tier as Tier;
  // An offer in hand: received when recorded (else when the stage was entered), open until its deadline.
  if (row.stage === "offer" && row.offerDeadline) {
    const received = row.offerReceivedOn && row.offerReceivedOn <= today ? row.offerReceivedOn : stageEnteredOn;
    if (row.offerDeadline >= received) app.offer = { receivedOn: received, deadline: row.offerDeadline };
  }
  const overrides = planOverridesSchema.safeParse(row.timingOverrides);
  if (row.timingOverrides && overrides.success) app.overrides = overrides.data;
  if (startOn) app.startOn = startOn;
  return app;
}

/** The user's own stage durations and pass rates over the whole history, in the planner's shape. */
async function userHistory(db: Db, userId: UserId, now: Date, today: string): Promise<PlanHistory> {
  const input = await loadAnalyticsInput(db, userId, {
    since: null,
    enteredBefore: null,
    activityBefore: now.toISOString(),
    fromDate: null,
    toDate: today,
  });
  return stageStatistics(input.applications).map((s) => ({
    stage: s.stage,
    durationsDays: thin(s.durationsDays),
    completed: s.completed,
    movedForward: s.movedForward,
  }));
}

/**
 * The samples the planner accepts: none longer than ten years (an imported history can hold a
 * stay of decades), and at most MAX_DURATIONS of them, taken at even steps so the distribution
 * keeps its shape.
 */
function thin(all: number[]): number[] {
  const sorted = all.filter((days) => days >= 0 && days <= MAX_STAY_DAYS);
  if (sorted.length <= MAX_DURATIONS) return sorted;
  const step = sorted.length / MAX_DURATIONS;
  return Array.from({ length: MAX_DURATIONS }, (_, i) => sorted[Math.floor(i * step)]!);
}

/*
 * Plans by user and input fingerprint: Today and the Plan page ask for the same plan often, and
 * the pipeline changes far less often than they ask. Least recently used goes first.
 */
const CACHE_SIZE = 64;
const cache = new Map<string, TimingPlan>();

function cachedPlan(userId: UserId, input: PlanInput): TimingPlan {
  const key = `${userId} ${createHash("sha256").update(JSON.stringify(input)).digest("base64url")}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const fresh = planTiming(input);
  cache.set(key, fresh);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return fresh;
}
