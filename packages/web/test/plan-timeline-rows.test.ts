import type { CompanyPlan, PlanInputJson, TimingPlan } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { timelineDates, timelineRows } from "../src/features/plan/timeline-rows";

const A = "11111111-1111-4111-8111-111111111111";
const B = "22222222-2222-4222-8222-222222222222";

const company = (id: string, patch: Partial<CompanyPlan>): CompanyPlan => ({
  id,
  name: id === A ? "Acme" : "Globex",
  nextSteps: [],
  offerArrival: null,
  pOffer: 0.5,
  pOpenInWindow: 0.4,
  startOn: null,
  stallDays: 0,
  expedite: false,
  stages: [],
  ...patch,
});

const input: PlanInputJson = {
  today: "2026-11-22",
  applications: [
    { id: A, desirability: 5, stage: "interested", stageEnteredOn: "2026-11-01" },
    {
      id: B,
      desirability: 2,
      stage: "offer",
      stageEnteredOn: "2026-11-15",
      offer: { receivedOn: "2026-11-15", deadline: "2026-11-29" },
    },
  ],
};

const plan = (companies: CompanyPlan[]) =>
  ({ companies, decisionWindow: { start: "2026-12-14", end: "2026-12-20", chosen: "planned" } }) as TimingPlan;

describe("the timeline's rows", () => {
  it("start a company not yet applied at its planned start, and one under way when it entered its stage", () => {
    const rows = timelineRows(plan([company(A, { startOn: "2026-11-25" }), company(B, {})]), input);
    expect(rows.map((r) => [r.name, r.start, r.movable])).toEqual([
      ["Acme", "2026-11-25", true],
      ["Globex", "2026-11-15", false],
    ]);
    expect(rows[1]!.deadline).toBe("2026-11-29");
    expect(rows[0]!.desirability).toBe(5);
  });

  it("fall back to today for an unplanned start", () => {
    const [row] = timelineRows(plan([company(A, {})]), input);
    expect(row!.start).toBe("2026-11-22");
  });

  it("chain the stages from median end to median end, keeping each one's uncertainty", () => {
    const stages = [
      { stage: "interested", p10: "2026-11-24", p50: "2026-11-26", p90: "2026-11-30" },
      { stage: "applied", p10: "2026-12-01", p50: "2026-12-05", p90: "2026-12-12" },
    ];
    const [row] = timelineRows(plan([company(A, { startOn: "2026-11-23", stages })]), input);
    expect(row!.segments).toEqual([
      { stage: "interested", from: "2026-11-23", to: "2026-11-26", p10: "2026-11-24", p90: "2026-11-30" },
      { stage: "applied", from: "2026-11-26", to: "2026-12-05", p10: "2026-12-01", p90: "2026-12-12" },
    ]);
  });

  it("never draw a bar backwards when a median ends before the row's start", () => {
    const stages = [{ stage: "interested", p10: "2026-11-20", p50: "2026-11-21", p90: "2026-11-30" }];
    const [row] = timelineRows(plan([company(A, { startOn: "2026-11-25", stages })]), input);
    expect(row!.segments[0]).toMatchObject({ from: "2026-11-25", to: "2026-11-25" });
  });

  it("keep the input's order whatever the plan's, so rows stay put while dragging", () => {
    const rows = timelineRows(plan([company(B, {}), company(A, {})]), input);
    expect(rows.map((r) => r.id)).toEqual([A, B]);
  });

  it("skip a company the input does not know, and list every date the axis must show", () => {
    const stranger = company("33333333-3333-4333-8333-333333333333", {});
    const offer = { p10: "2026-12-10", p50: "2026-12-14", p90: "2026-12-22" };
    const rows = timelineRows(plan([stranger, company(A, { offerArrival: offer }), company(B, {})]), input);
    expect(rows.map((r) => r.id)).toEqual([A, B]);
    const dates = timelineDates(rows, { start: "2026-12-14", end: "2026-12-20" });
    for (const date of ["2026-12-14", "2026-12-20", "2026-12-22", "2026-11-29", "2026-11-15"]) {
      expect(dates).toContain(date);
    }
  });
});
