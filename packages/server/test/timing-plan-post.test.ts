import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { apiSuite } from "../../../test-support/server-harness.js";

/** Ids as the issue's example would send them. */
const A = "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4a01";
const B = "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4a02";
const C = "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4a03";
const D = "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4a04";

/** The body of POST /api/timing/plan in the issue's shape (NOW is 2025-03-01). */
function issueBody(): Record<string, unknown> {
  return {
    today: "2025-03-01",
    applications: [
      { id: A, desirability: 2, tier: 3, stage: "interested", stageEnteredOn: "2025-02-20" },
      { id: B, desirability: 4, stage: "recruiter_screen", stageEnteredOn: "2025-02-24" },
      { id: C, desirability: 5, tier: 1, stage: "onsite", stageEnteredOn: "2025-02-26" },
      {
        id: D,
        desirability: 3,
        stage: "offer",
        stageEnteredOn: "2025-02-27",
        offer: { receivedOn: "2025-02-27", deadline: "2025-03-07" },
        overrides: { stages: { onsite: { medianDays: 7 } }, offerOpenDays: 10 },
      },
    ],
    constraints: { interviewsPerDay: 2, interviewsPerWeek: 4, minDaysBetweenOnsites: 2 },
    trials: 500,
    seed: 42,
  };
}

type Body = Record<string, unknown> & { applications: Record<string, unknown>[] };

/** The stateless planner: a body in, a plan out, nothing read from or written to the user's data. */
describe.each(testDrivers())("POST /api/timing/plan on %s", (kind) => {
  const { api } = apiSuite(kind);

  it("answers the issue's shape, the same for the same seed", async () => {
    const first = await api.call("POST", "/api/timing/plan", issueBody());
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const plan = first.body.plan;
    expect(plan.today).toBe("2025-03-01");
    expect(plan.trials).toBe(500);
    expect(plan.seed).toBe(42);
    expect(plan.decisionWindow.start <= plan.decisionWindow.end).toBe(true);
    expect(plan.companies.map((c: { id: string }) => c.id).sort()).toEqual([A, B, C, D]);
    for (const company of plan.companies) {
      expect(company.pOpenInWindow).toBeGreaterThanOrEqual(0);
      expect(company.pOpenInWindow).toBeLessThanOrEqual(1);
      expect(Array.isArray(company.nextSteps)).toBe(true);
    }
    expect(typeof plan.expectedOverlap).toBe("number");
    expect(Array.isArray(plan.risks)).toBe(true);
    expect(Array.isArray(plan.actions)).toBe(true);
    const again = await api.call("POST", "/api/timing/plan", issueBody());
    expect(again.body).toEqual(first.body);
  });

  it("fills the defaults: trials and seed may be left out", async () => {
    const { trials: _t, seed: _s, ...body } = issueBody();
    const res = await api.call("POST", "/api/timing/plan", { ...body, applications: [] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.plan.companies).toEqual([]);
    expect(res.body.plan.seed).toBe(1);
  });

  const badInputs: [string, (body: Body) => unknown, string][] = [
    [
      "an unknown stage",
      (b) => ({ ...b, applications: [{ ...b.applications[0], stage: "hired" }] }),
      "applications.0.stage",
    ],
    [
      "a closed stage",
      (b) => ({ ...b, applications: [{ ...b.applications[0], stage: "rejected" }] }),
      "applications.0.stage",
    ],
    [
      "an id listed twice",
      (b) => ({ ...b, applications: [b.applications[0], { ...b.applications[1], id: A }] }),
      "applications.1.id",
    ],
    [
      "a window ending before it starts",
      (b) => ({ ...b, constraints: { decisionWindow: { start: "2025-04-10", end: "2025-04-01" } } }),
      "constraints.decisionWindow.end",
    ],
    ["too few trials", (b) => ({ ...b, trials: 50 }), "trials"],
    ["too many trials", (b) => ({ ...b, trials: 1_000_000 }), "trials"],
    [
      "a start pinned on an application already sent",
      (b) => ({ ...b, applications: [{ ...b.applications[1], startOn: "2025-03-03" }] }),
      "applications.0.startOn",
    ],
    [
      "a desirability of 6",
      (b) => ({ ...b, applications: [{ ...b.applications[0], desirability: 6 }] }),
      "applications.0.desirability",
    ],
    ["a date that is not a day", (b) => ({ ...b, today: "2025-02-30" }), "today"],
    [
      "a stage entered after today",
      (b) => ({ ...b, applications: [{ ...b.applications[0], stageEnteredOn: "2025-03-02" }] }),
      "applications.0.stageEnteredOn",
    ],
    ["an unknown field", (b) => ({ ...b, budget: 3 }), "budget"],
  ];
  it.each(badInputs)("refuses %s with a 400 naming the field", async (_name, spoil, field) => {
    const res = await api.call("POST", "/api/timing/plan", spoil(issueBody() as Body));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.code).toBe("invalid");
    expect(Object.keys(res.body.error.fields)).toContain(field);
  });

  it("refuses a body that is not JSON", async () => {
    const res = await api.call("POST", "/api/timing/plan", undefined, { raw: "today=2025-03-01" });
    expect(res.status).toBe(400);
  });
});
