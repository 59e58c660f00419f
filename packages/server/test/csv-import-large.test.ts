import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it, vi } from "vitest";
import { apiSuite } from "../../../test-support/server-harness.js";
import { csvClient, fixture, utf8 } from "./fixtures/csv/client.js";
import { largeCsv } from "./fixtures/csv/generate.js";

/** Rows the user has, straight from the database: applications, their history, their companies. */
async function counts(rawQuery: (text: string, params?: unknown[]) => Promise<unknown[]>, userId: string) {
  const [row] = (await rawQuery(
    `select (select count(*)::int from applications where user_id = $1) as applications,
            (select count(*)::int from stage_history where user_id = $1) as history,
            (select count(*)::int from companies where user_id = $1) as companies`,
    [userId],
  )) as { applications: number; history: number; companies: number }[];
  return row!;
}

const LARGE = largeCsv(10_000);

describe.each(testDrivers())("CSV import at size, twice, and when the database refuses on %s", (kind) => {
  const suite = apiSuite(kind);
  const csv = csvClient(suite.api.request);
  const rawQuery = (text: string, params?: unknown[]) => suite.database().rawQuery(text, params);

  it("imports a generated file of 10,000 rows completely, in batches, with a history row each", async () => {
    const run = await csv.run(utf8(LARGE.text));
    expect(run.status).toBe(200);
    const progress = run.events.filter((e) => e.type === "progress");
    expect(progress.map((e) => e.done)).toEqual(Array.from({ length: 21 }, (_, i) => i * 500));
    expect(run.last).toEqual({ type: "done", created: 10_000, duplicates: 0, companiesCreated: LARGE.companies });
    expect(await counts(rawQuery, suite.user())).toEqual({
      applications: 10_000,
      history: 10_000,
      companies: LARGE.companies,
    });
    // Positions are unique within every column and follow the file's order.
    const [order] = (await rawQuery(
      `select count(*)::int as n, count(distinct (stage, position))::int as distinct_positions,
              bool_and(ordered) as in_file_order
       from (select stage, position,
               coalesce(lag(split_part(role_title, ' ', 2)::int) over (partition by stage order by position)
                 < split_part(role_title, ' ', 2)::int, true) as ordered
             from applications where user_id = $1) t`,
      [suite.user()],
    )) as { n: number; distinct_positions: number; in_file_order: boolean }[];
    expect(order).toEqual({ n: 10_000, distinct_positions: 10_000, in_file_order: true });
  });

  it("a second import of the same file adds nothing and says why", async () => {
    const bytes = fixture("huntr.csv");
    expect((await csv.run(bytes)).last).toMatchObject({ type: "done", created: 6 });
    const before = await counts(rawQuery, suite.user());

    const check = await csv.check(bytes);
    expect(check.body).toMatchObject({ toCreate: 0, duplicates: 7, newCompanies: 0 });
    expect(check.body.duplicateRows[0]).toEqual({
      line: 2,
      companyName: "Acme, Inc.",
      roleTitle: "Senior Backend Engineer",
      sameAs: "existing",
    });
    const again = await csv.run(bytes);
    expect(again.last).toEqual({ type: "done", created: 0, duplicates: 7, companiesCreated: 0 });
    expect(await counts(rawQuery, suite.user())).toEqual(before);
  });

  it("a row the database refuses at the end rolls the whole import back", async () => {
    const bytes = utf8(LARGE.text);
    await csv.run(fixture("teal.csv")); // the user's data before: 9 applications
    const before = await counts(rawQuery, suite.user());
    // Passes every check of the import, fails in the database: row 9,999 of 10,000.
    const doomed = LARGE.roleOf(9_998);
    await rawQuery(
      `alter table applications add constraint csv_import_late_failure check (role_title <> '${doomed}') not valid`,
    );
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const run = await csv.run(bytes);
      expect(run.status).toBe(200);
      const progress = run.events.filter((e) => e.type === "progress").map((e) => e.done);
      expect(progress.at(-1)).toBe(9_500); // nineteen batches were written before the failure
      expect(run.last).toEqual({
        type: "error",
        message:
          "The import failed and was rolled back: nothing from this file was saved. Check the file and try again.",
      });
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/rolled back: .*csv_import_late_failure/));
    } finally {
      logged.mockRestore();
      await rawQuery("alter table applications drop constraint csv_import_late_failure");
    }
    expect(await counts(rawQuery, suite.user())).toEqual(before);
  });
});
