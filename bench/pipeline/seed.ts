import { randomUUID } from "node:crypto";
import { schema, type Db } from "@loopwise/db";
import {
  CLOSED_STAGES,
  OPEN_STAGES,
  REMOTE_POLICIES,
  SOURCES,
  spreadPositions,
  type Stage,
  type UserId,
} from "@loopwise/domain";

/** How a realistic long search spreads over the board: most cards early or closed. */
const STAGE_WEIGHTS: Record<Stage, number> = {
  interested: 420,
  applied: 560,
  recruiter_screen: 180,
  technical_screen: 130,
  onsite: 70,
  offer: 20,
  accepted: 5,
  rejected: 380,
  withdrawn: 60,
  no_response: 175,
};

const WORDS = [
  "North",
  "Blue",
  "Iron",
  "Quiet",
  "Bright",
  "Cedar",
  "Polar",
  "Amber",
  "Delta",
  "Lumen",
  "Orbit",
  "Pine",
];
const NOUNS = ["Robotics", "Pay", "Labs", "Systems", "Health", "Logistics", "Analytics", "Cloud", "Games", "Energy"];
const ROLES = [
  "Software Engineer",
  "Senior Software Engineer",
  "Staff Engineer",
  "Backend Engineer",
  "Platform Engineer",
];
const LEVELS = ["L3", "L4", "L5", "L6", "Senior", "Staff"];
const CITIES = ["San Francisco, CA", "New York, NY", "Seattle, WA", "Austin, TX", "Remote (US)", "Berlin", "London"];
const TAGS = ["fintech", "robotics", "infra", "ml", "rust", "go", "typescript", "startup", "big-tech", "climate"];

export interface Seeded {
  userId: UserId;
  applicationIds: string[];
  /** Which ids sit in which column, for picking moves. */
  columns: Map<Stage, string[]>;
  companies: number;
}

/**
 * Writes `count` applications over `companyCount` companies, across every stage, each with the
 * stage path it walked, in one transaction with multi-row inserts (a few seconds at most).
 */
export async function seed(
  db: Db,
  userId: UserId,
  options: { applications: number; companies: number; random: () => number; now: Date },
): Promise<Seeded> {
  const { random, now } = options;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const at = now.toISOString();
  const dayMs = 86_400_000;

  const companies = Array.from({ length: options.companies }, (_, i) => ({
    id: randomUUID(),
    userId,
    name: `${pick(WORDS)} ${pick(NOUNS)} ${i + 1}`,
    website: `https://company-${i + 1}.example`,
    tier: 1 + Math.floor(random() * 3),
    notes: null,
    createdAt: at,
    updatedAt: at,
  }));

  const stages = drawStages(options.applications, random);
  const columns = new Map<Stage, string[]>();
  const applications: (typeof schema.applications.$inferInsert)[] = [];
  const history: (typeof schema.stageHistory.$inferInsert)[] = [];
  for (const [i, stage] of stages.entries()) {
    const id = randomUUID();
    // Every company gets at least one application; the rest fall where they may.
    const company = i < companies.length ? companies[i]! : pick(companies);
    const path = stagePath(stage, random);
    let t = now.getTime() - (20 + Math.floor(random() * 160)) * dayMs;
    const steps = path.map((step) => {
      const stepAt = new Date(t).toISOString();
      t = Math.min(now.getTime() - 60_000, t + (1 + Math.floor(random() * 12)) * dayMs);
      return { stage: step, at: stepAt };
    });
    const min = 80 + Math.floor(random() * 120);
    applications.push({
      id,
      userId,
      companyId: company.id,
      roleTitle: pick(ROLES),
      level: pick(LEVELS),
      location: pick(CITIES),
      remotePolicy: pick(REMOTE_POLICIES),
      source: pick(SOURCES),
      postingUrl: `https://jobs.example/${i + 1}`,
      salaryMinMinor: min * 1000 * 100,
      salaryMaxMinor: (min + 40) * 1000 * 100,
      salaryCurrency: "USD",
      desirability: 1 + Math.floor(random() * 5),
      tags: [pick(TAGS), pick(TAGS)].filter((tag, k, all) => all.indexOf(tag) === k),
      appliedOn: steps.length > 1 ? steps[1]!.at.slice(0, 10) : null,
      nextAction: random() < 0.5 ? "Follow up with the recruiter" : null,
      nextActionDue: random() < 0.5 ? at.slice(0, 10) : null,
      notes: random() < 0.3 ? "Talked to a friend on the team; strong culture of code review." : null,
      stage,
      stageEnteredAt: steps.at(-1)!.at,
      position: "", // filled per column below
      archived: false,
      createdAt: steps[0]!.at,
      updatedAt: at,
    });
    steps.forEach((step, k) =>
      history.push({
        userId,
        applicationId: id,
        fromStage: k === 0 ? null : steps[k - 1]!.stage,
        toStage: step.stage,
        at: step.at,
      }),
    );
    columns.set(stage, [...(columns.get(stage) ?? []), id]);
  }
  // Keys spread evenly per column, in the (already random) order of the rows.
  for (const [stage, ids] of columns) {
    const keys = spreadPositions(ids.length);
    const byId = new Map(ids.map((id, k) => [id, keys[k]!]));
    for (const row of applications) if (row.stage === stage) row.position = byId.get(row.id!)!;
  }

  await db.transaction(async (tx) => {
    await tx.insert(schema.companies).values(companies);
    for (let i = 0; i < applications.length; i += 500) {
      await tx.insert(schema.applications).values(applications.slice(i, i + 500));
    }
    for (let i = 0; i < history.length; i += 2000) {
      await tx.insert(schema.stageHistory).values(history.slice(i, i + 2000));
    }
  });
  return {
    userId,
    applicationIds: applications.map((row) => row.id!),
    columns,
    companies: companies.length,
  };
}

/** Exactly `count` stages, in proportion to the weights, shuffled. */
function drawStages(count: number, random: () => number): Stage[] {
  const entries = Object.entries(STAGE_WEIGHTS) as [Stage, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const stages: Stage[] = [];
  for (const [stage, weight] of entries) {
    for (let k = 0; k < Math.max(1, Math.round((weight / total) * count)); k++) stages.push(stage);
  }
  while (stages.length > count) stages.splice(stages.indexOf("applied"), 1);
  while (stages.length < count) stages.push("applied");
  for (let i = stages.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [stages[i], stages[j]] = [stages[j]!, stages[i]!];
  }
  return stages;
}

/** The path a card walked to its stage: open stages in order, then the closing one if closed. */
function stagePath(stage: Stage, random: () => number): Stage[] {
  const open = OPEN_STAGES as readonly Stage[];
  if ((CLOSED_STAGES as readonly Stage[]).includes(stage)) {
    const reached = Math.floor(random() * 5);
    return [...open.slice(0, reached + 1), stage];
  }
  return open.slice(0, open.indexOf(stage) + 1);
}
