import { edgePosition, insertApplication, type Db } from "@loopwise/db";
import { testDrivers } from "@loopwise/db/testing";
import {
  addDaysToDate,
  EXPORT_VERSION,
  type ApplicationId,
  type CompanyId,
  type Stage,
  type UserId,
} from "@loopwise/domain";
import { afterEach, describe, expect, it } from "vitest";
import { addCompany, freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite } from "../../../test-support/server-harness.js";
import { wipeAllData } from "./data-transfer-sample.js";

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

/** An application with a whole stage path (oldest first), written straight to the database. */
async function applicationWithPath(
  db: Db,
  userId: UserId,
  company: string,
  path: [Stage, string][],
  values: Record<string, unknown> = {},
): Promise<ApplicationId> {
  const { tier: _t, companyId: existing, ...rest } = values;
  const companyId =
    (existing as CompanyId | undefined) ??
    (await addCompany(db, userId, company, (values.tier as 1 | 2 | 3 | undefined) ?? null));
  const last = path.at(-1)![0];
  return insertApplication(
    db,
    userId,
    { companyId, roleTitle: "Engineer", ...rest },
    path.map(([stage, at]) => ({ stage, at })),
    await edgePosition(db, userId, last, "end"),
    path[0]![1],
  );
}

describe.each(testDrivers())("timing routes on %s", (kind) => {
  let asUser: UserId | undefined;
  const suite = apiSuite(kind, { resolveUser: async () => asUser ?? suite.user() });
  const api = suite.api;
  afterEach(async () => {
    asUser = undefined;
    await wipeAllData(suite.database());
  });
  const db = () => suite.database().db;

  async function as<T>(user: UserId, work: () => Promise<T>): Promise<T> {
    asUser = user;
    try {
      return await work();
    } finally {
      asUser = undefined;
    }
  }

  async function userPlan(query = "tz=Europe/Berlin") {
    const res = await api.call("GET", `/api/timing/plan?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  /** A small pipeline: a history to learn from, four live applications, and two the plan must leave out. */
  async function seedPipeline() {
    const user = suite.user();
    // History: two finished processes give the user's own durations and pass rates.
    await applicationWithPath(db(), user, "Past One", [
      ["applied", "2024-10-01T09:00:00Z"],
      ["recruiter_screen", "2024-10-08T09:00:00Z"],
      ["technical_screen", "2024-10-15T09:00:00Z"],
      ["rejected", "2024-10-20T09:00:00Z"],
    ]);
    await applicationWithPath(db(), user, "Past Two", [
      ["applied", "2024-11-01T09:00:00Z"],
      ["recruiter_screen", "2024-11-11T09:00:00Z"],
      ["withdrawn", "2024-11-20T09:00:00Z"],
    ]);
    const wish = await applicationWithPath(db(), user, "Wish", [["interested", "2025-02-20T10:00:00Z"]], {
      desirability: 2,
    });
    const screen = await applicationWithPath(
      db(),
      user,
      "Screen",
      [
        ["applied", "2025-02-10T10:00:00Z"],
        ["recruiter_screen", "2025-02-24T23:30:00Z"],
      ],
      { tier: 2 },
    );
    const onsite = await applicationWithPath(db(), user, "Dream", [["onsite", "2025-02-26T10:00:00Z"]], {
      desirability: 5,
      tier: 1,
    });
    const offered = await applicationWithPath(db(), user, "Offer Co", [["onsite", "2025-02-20T10:00:00Z"]], {
      desirability: 3,
    });
    const res = await api.call("POST", "/api/offers", {
      applicationId: offered,
      comp: { currency: "USD", base: 150_000 },
      receivedOn: "2025-02-27",
      deadline: "2025-03-07",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    await applicationWithPath(db(), user, "Archived", [["applied", "2025-02-01T10:00:00Z"]], { archived: true });
    await applicationWithPath(db(), user, "Gone", [["rejected", "2025-02-01T10:00:00Z"]]);
    return { wish, screen, onsite, offered };
  }

  describe("POST /api/timing/plan", () => {
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

  describe("GET /api/timing/plan", () => {
    it("builds the input from the user's pipeline, settings and history", async () => {
      const { wish, screen, onsite, offered } = await seedPipeline();
      await api.call("PUT", "/api/timing/settings", {
        constraints: { interviewsPerWeek: 3, blackoutDates: ["2025-03-05"] },
      });
      const { plan, input } = await userPlan();
      expect(input.today).toBe("2025-03-01");
      const byId = new Map(input.applications.map((a: { id: string }) => [a.id, a]));
      expect([...byId.keys()].sort()).toEqual([wish, screen, onsite, offered].sort());
      expect(byId.get(wish)).toMatchObject({ name: "Wish", desirability: 2, stage: "interested" });
      // Never rated: the planner's middle desirability. Entered at 23:30 UTC: the 25th in Berlin.
      expect(byId.get(screen)).toMatchObject({
        desirability: 3,
        tier: 2,
        stage: "recruiter_screen",
        stageEnteredOn: "2025-02-25",
      });
      expect(byId.get(onsite)).toMatchObject({
        desirability: 5,
        tier: 1,
        stage: "onsite",
        stageEnteredOn: "2025-02-26",
      });
      expect(byId.get(offered)).toMatchObject({
        stage: "offer",
        offer: { receivedOn: "2025-02-27", deadline: "2025-03-07" },
      });
      expect(byId.get(wish)).not.toHaveProperty("offer");
      expect(input.constraints).toEqual({ interviewsPerWeek: 3, blackoutDates: ["2025-03-05"] });
      // The history counts every finished stay: two left "applied", both moving on.
      const applied = input.history.find((h: { stage: string }) => h.stage === "applied");
      expect(applied).toMatchObject({ completed: 3, movedForward: 3 });
      const screened = input.history.find((h: { stage: string }) => h.stage === "recruiter_screen");
      expect(screened).toMatchObject({ completed: 2, movedForward: 1, durationsDays: [7, 9] });
      expect(plan.companies.map((c: { id: string }) => c.id).sort()).toEqual([...byId.keys()].sort());
      // The plan is the planner's answer to that input.
      const direct = await api.call("POST", "/api/timing/plan", input);
      expect(direct.status, JSON.stringify(direct.body)).toBe(200);
      expect(direct.body.plan).toEqual(plan);
    });

    it("names an application by its company, and adds the role when one company holds two", async () => {
      const { screen, onsite } = await seedPipeline();
      const dream = await api.call("GET", `/api/applications/${onsite}`);
      const second = await applicationWithPath(db(), suite.user(), "Dream", [["applied", "2025-02-27T10:00:00Z"]], {
        companyId: dream.body.application.companyId,
        roleTitle: "Staff Engineer",
      });
      const { plan, input } = await userPlan();
      const nameOf = (id: string) => input.applications.find((a: { id: string }) => a.id === id).name;
      expect(nameOf(screen)).toBe("Screen");
      expect(nameOf(onsite)).toBe("Dream (Engineer)");
      expect(nameOf(second)).toBe("Dream (Staff Engineer)");
      expect(plan.companies.find((c: { id: string }) => c.id === onsite).name).toBe("Dream (Engineer)");
    });

    it("takes today and the stage days in the viewer's zone", async () => {
      const { screen } = await seedPipeline();
      const { input } = await userPlan("tz=Pacific%2FAuckland");
      expect(input.today).toBe("2025-03-02");
      const app = input.applications.find((a: { id: string }) => a.id === screen);
      expect(app.stageEnteredOn).toBe("2025-02-25");
      const la = await userPlan("tz=America%2FLos_Angeles");
      expect(la.input.today).toBe("2025-03-01");
      expect(la.input.applications.find((a: { id: string }) => a.id === screen).stageEnteredOn).toBe("2025-02-24");
    });

    it("answers what if: another window and a pinned start", async () => {
      const { wish } = await seedPipeline();
      await api.call("PUT", "/api/timing/settings", { constraints: { interviewsPerDay: 2 } });
      const { plan, input } = await userPlan(
        `tz=UTC&windowStart=2025-04-01&windowEnd=2025-04-10&startOn=${wish}:2025-03-05`,
      );
      expect(input.constraints).toEqual({
        interviewsPerDay: 2,
        decisionWindow: { start: "2025-04-01", end: "2025-04-10" },
      });
      expect(plan.decisionWindow).toEqual({ start: "2025-04-01", end: "2025-04-10", chosen: "given" });
      expect(input.applications.find((a: { id: string }) => a.id === wish).startOn).toBe("2025-03-05");
      // The stored settings are untouched by a what-if.
      expect((await api.call("GET", "/api/timing/settings")).body.constraints).toEqual({ interviewsPerDay: 2 });
    });

    it("follows the pipeline: a stage move changes the next answer", async () => {
      const { screen } = await seedPipeline();
      const before = await userPlan();
      expect((await userPlan()).plan).toEqual(before.plan);
      api.clock.set("2025-03-01T15:00:00.000Z");
      const moved = await api.call("POST", `/api/applications/${screen}/move`, { stage: "technical_screen" });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      const after = await userPlan();
      expect(after.input.applications.find((a: { id: string }) => a.id === screen)).toMatchObject({
        stage: "technical_screen",
        stageEnteredOn: "2025-03-01",
      });
    });

    it("plans over an imported history with a stay longer than the planner takes, leaving that stay out", async () => {
      await applicationWithPath(db(), suite.user(), "Ancient", [
        ["applied", "2001-01-01T09:00:00Z"],
        ["recruiter_screen", "2024-01-01T09:00:00Z"],
      ]);
      const { input } = await userPlan();
      const applied = input.history.find((h: { stage: string }) => h.stage === "applied");
      expect(applied.completed).toBe(1);
      expect(applied.durationsDays).toEqual([]);
      expect(input.applications).toHaveLength(1);
      const today = await api.call("GET", "/api/today?tz=UTC");
      expect(today.status).toBe(200);
    });

    it("answers an empty plan for a user with nothing plannable", async () => {
      const { plan, input } = await userPlan();
      expect(input.applications).toEqual([]);
      expect(plan.companies).toEqual([]);
    });

    it("refuses bad queries with a 400 naming the field", async () => {
      const { screen, wish } = await seedPipeline();
      const other = await freshUser(db());
      const theirs = await as(other, () =>
        applicationWithPath(db(), other, "Theirs", [["interested", "2025-02-20T10:00:00Z"]]),
      );
      const checks: [string, string][] = [
        ["", "tz"],
        ["tz=Middle%2FEarth", "tz"],
        ["tz=UTC&windowStart=2025-04-01", "windowEnd"],
        ["tz=UTC&windowStart=2025-04-10&windowEnd=2025-04-01", "windowEnd"],
        ["tz=UTC&windowStart=2025-04-31&windowEnd=2025-05-01", "windowStart"],
        ["tz=UTC&startOn=soon", "startOn"],
        [`tz=UTC&startOn=${wish}:2025-13-01`, "startOn.on"],
        [`tz=UTC&startOn=${wish}:2025-03-05&startOn=${wish}:2025-03-06`, "startOn.1"],
        [`tz=UTC&startOn=${screen}:2025-03-05`, "startOn.0"],
        [`tz=UTC&startOn=${theirs}:2025-03-05`, "startOn.0"],
        ["tz=UTC&seed=3", "seed"],
      ];
      for (const [query, field] of checks) {
        const res = await api.call("GET", `/api/timing/plan?${query}`);
        expect(res.status, query).toBe(400);
        expect(Object.keys(res.body.error.fields), query).toContain(field);
      }
    });

    it("plans only the asking user's applications", async () => {
      await seedPipeline();
      const other = await freshUser(db());
      const theirs = await as(other, () => userPlan());
      expect(theirs.input.applications).toEqual([]);
    });
  });

  describe("settings", () => {
    it("round-trips the constraints; a PUT replaces them whole", async () => {
      expect((await api.call("GET", "/api/timing/settings")).body).toEqual({ constraints: {} });
      const constraints = {
        interviewsPerDay: 2,
        interviewsPerWeek: 5,
        blackoutDates: ["2025-03-10", "2025-03-11"],
        readyForOnsitesOn: "2025-03-15",
        minDaysBetweenOnsites: 2,
        decisionWindow: { start: "2025-04-01", end: "2025-04-10" },
      };
      const put = await api.call("PUT", "/api/timing/settings", { constraints });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      expect(put.body).toEqual({ constraints });
      expect((await api.call("GET", "/api/timing/settings")).body).toEqual({ constraints });
      const smaller = await api.call("PUT", "/api/timing/settings", { constraints: { interviewsPerWeek: 3 } });
      expect(smaller.body).toEqual({ constraints: { interviewsPerWeek: 3 } });
      expect((await api.call("GET", "/api/timing/settings")).body).toEqual({ constraints: { interviewsPerWeek: 3 } });
    });

    const bad: [string, unknown, string][] = [
      ["no interviews a day", { constraints: { interviewsPerDay: 0 } }, "constraints.interviewsPerDay"],
      ["a fraction of an interview", { constraints: { interviewsPerWeek: 2.5 } }, "constraints.interviewsPerWeek"],
      [
        "a blackout that is not a day",
        { constraints: { blackoutDates: ["2025-02-30"] } },
        "constraints.blackoutDates.0",
      ],
      [
        "a window ending before it starts",
        { constraints: { decisionWindow: { start: "2025-04-10", end: "2025-04-01" } } },
        "constraints.decisionWindow.end",
      ],
      ["an unknown field", { constraints: { vacation: true } }, "constraints.vacation"],
      ["the constraints bare", { interviewsPerDay: 2 }, "interviewsPerDay"],
      ["no constraints", {}, "constraints"],
    ];
    it.each(bad)("refuses %s with a 400 naming the field, keeping what was saved", async (_name, body, field) => {
      await api.call("PUT", "/api/timing/settings", { constraints: { interviewsPerDay: 1 } });
      const res = await api.call("PUT", "/api/timing/settings", body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
      expect((await api.call("GET", "/api/timing/settings")).body.constraints).toEqual({ interviewsPerDay: 1 });
    });

    it("keeps each user's settings apart", async () => {
      await api.call("PUT", "/api/timing/settings", { constraints: { interviewsPerDay: 4 } });
      const other = await freshUser(db());
      expect(await as(other, async () => (await api.call("GET", "/api/timing/settings")).body)).toEqual({
        constraints: {},
      });
      await as(other, () => api.call("PUT", "/api/timing/settings", { constraints: { interviewsPerDay: 1 } }));
      expect((await api.call("GET", "/api/timing/settings")).body.constraints).toEqual({ interviewsPerDay: 4 });
    });
  });

  describe("overrides", () => {
    it("sets, reads and clears an application's overrides, and the plan's input carries them", async () => {
      const { onsite } = await seedPipeline();
      const path = `/api/applications/${onsite}/timing-overrides`;
      expect((await api.call("GET", path)).body).toEqual({ overrides: null });
      const overrides = { stages: { onsite: { medianDays: 7, p90Days: 12, passRate: 0.5 } }, offerOpenDays: 14 };
      const put = await api.call("PUT", path, { overrides });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      expect(put.body).toEqual({ overrides });
      expect((await api.call("GET", path)).body).toEqual({ overrides });
      const { input } = await userPlan();
      expect(input.applications.find((a: { id: string }) => a.id === onsite).overrides).toEqual(overrides);
      expect((await api.call("PUT", path, { overrides: null })).body).toEqual({ overrides: null });
      expect((await api.call("GET", path)).body).toEqual({ overrides: null });
      const after = await userPlan();
      expect(after.input.applications.find((a: { id: string }) => a.id === onsite)).not.toHaveProperty("overrides");
    });

    it("refuses bad overrides with a 400 naming the field", async () => {
      const { onsite } = await seedPipeline();
      const path = `/api/applications/${onsite}/timing-overrides`;
      const checks: [unknown, string][] = [
        [{ overrides: { stages: { onsite: { passRate: 1.5 } } } }, "overrides.stages.onsite.passRate"],
        [{ overrides: { stages: { onsite: { medianDays: -1 } } } }, "overrides.stages.onsite.medianDays"],
        [{ overrides: { stages: { accepted: { medianDays: 3 } } } }, "overrides.stages.accepted"],
        [{ overrides: { offerOpenDays: 500 } }, "overrides.offerOpenDays"],
        [{}, "overrides"],
      ];
      for (const [body, field] of checks) {
        const res = await api.call("PUT", path, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(Object.keys(res.body.error.fields), JSON.stringify(body)).toContain(field);
      }
      const badId = await api.call("PUT", "/api/applications/nope/timing-overrides", { overrides: null });
      expect(badId.status).toBe(400);
      expect(Object.keys(badId.body.error.fields)).toEqual(["id"]);
    });

    it("answers 404 for another user's application, and changes nothing", async () => {
      const { onsite } = await seedPipeline();
      const path = `/api/applications/${onsite}/timing-overrides`;
      await api.call("PUT", path, { overrides: { offerOpenDays: 9 } });
      const other = await freshUser(db());
      const put = await as(other, () => api.call("PUT", path, { overrides: { offerOpenDays: 1 } }));
      expect(put.status).toBe(404);
      const get = await as(other, () => api.call("GET", path));
      expect(get.status).toBe(404);
      expect((await api.call("GET", path)).body).toEqual({ overrides: { offerOpenDays: 9 } });
    });
  });

  describe("Today", () => {
    it("lists the plan's actions due within three days, at most five, with the company", async () => {
      await seedPipeline();
      const today = await api.call("GET", "/api/today?tz=Europe%2FBerlin");
      expect(today.status, JSON.stringify(today.body)).toBe(200);
      const { plan, input } = await userPlan();
      const horizon = addDaysToDate(input.today, 3);
      const expected = plan.actions
        .filter((action: { by: string }) => action.by <= horizon)
        .slice(0, 5)
        .map((action: { applicationId: string }) => {
          const app = input.applications.find((a: { id: string }) => a.id === action.applicationId);
          // Every seeded company holds one application, so the plan names it by the company alone.
          return { ...action, companyName: app.name, roleTitle: "Engineer" };
        });
      expect(today.body.planActions).toEqual(expected);
      expect(today.body.planActions.length).toBeGreaterThan(0);
    });

    it("lists no plan actions when nothing is plannable", async () => {
      const today = await api.call("GET", "/api/today?tz=UTC");
      expect(today.body.planActions).toEqual([]);
    });
  });

  describe("export", () => {
    it("carries the settings and overrides through an export and an import", async () => {
      const { onsite } = await seedPipeline();
      const constraints = { interviewsPerWeek: 4, decisionWindow: { start: "2025-04-01", end: "2025-04-10" } };
      await api.call("PUT", "/api/timing/settings", { constraints });
      const overrides = { stages: { technical_screen: { passRate: 0.25 } }, offerOpenDays: 7 };
      await api.call("PUT", `/api/applications/${onsite}/timing-overrides`, { overrides });
      const doc = (await api.call("GET", "/api/export")).body;
      expect(doc.version).toBe(EXPORT_VERSION);
      expect(doc.timingSettings).toEqual([{ constraints, updatedAt: "2025-03-01T12:00:00.000Z" }]);
      expect(doc.applications.find((a: { id: string }) => a.id === onsite).timingOverrides).toEqual(overrides);

      const other = await freshUser(db());
      const imported = await as(other, () => api.call("POST", "/api/import/json", doc));
      expect(imported.status, JSON.stringify(imported.body)).toBe(200);
      expect(imported.body.created.timingSettings).toBe(1);
      const back = await as(other, async () => (await api.call("GET", "/api/export")).body);
      expect(back.timingSettings).toEqual(doc.timingSettings);
      const { exportedAt: _a, applications: ours, ...rest } = doc;
      const { exportedAt: _b, applications: theirs, ...restBack } = back;
      expect(theirs.map((a: { timingOverrides: unknown }) => a.timingOverrides)).toEqual(
        ours.map((a: { timingOverrides: unknown }) => a.timingOverrides),
      );
      expect(restBack.timingSettings).toEqual(rest.timingSettings);
      const settings = await as(other, async () => (await api.call("GET", "/api/timing/settings")).body);
      expect(settings).toEqual({ constraints });
    });
  });
});
