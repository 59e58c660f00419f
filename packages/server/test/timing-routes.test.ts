import { testDrivers } from "@loopwise/db/testing";
import { addDaysToDate, EXPORT_VERSION, type UserId } from "@loopwise/domain";
import { afterEach, describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite } from "../../../test-support/server-harness.js";
import { wipeAllData } from "./data-transfer-suite.js";
import { applicationWithPath, seedPipeline } from "./timing-fixtures.js";

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

  describe("GET /api/timing/plan", () => {
    it("builds the input from the user's pipeline, settings and history", async () => {
      const { wish, screen, onsite, offered } = await seedPipeline(suite);
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
      const { screen, onsite } = await seedPipeline(suite);
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
      const { screen } = await seedPipeline(suite);
      const { input } = await userPlan("tz=Pacific%2FAuckland");
      expect(input.today).toBe("2025-03-02");
      const app = input.applications.find((a: { id: string }) => a.id === screen);
      expect(app.stageEnteredOn).toBe("2025-02-25");
      const la = await userPlan("tz=America%2FLos_Angeles");
      expect(la.input.today).toBe("2025-03-01");
      expect(la.input.applications.find((a: { id: string }) => a.id === screen).stageEnteredOn).toBe("2025-02-24");
    });

    it("answers what if: another window and a pinned start", async () => {
      const { wish } = await seedPipeline(suite);
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
      const { screen } = await seedPipeline(suite);
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
      const { screen, wish } = await seedPipeline(suite);
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
      await seedPipeline(suite);
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
      const { onsite } = await seedPipeline(suite);
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
      const { onsite } = await seedPipeline(suite);
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
      const { onsite } = await seedPipeline(suite);
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
      await seedPipeline(suite);
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
      const { onsite } = await seedPipeline(suite);
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
