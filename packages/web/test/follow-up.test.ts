import { describe, expect, it } from "vitest";
import { FOLLOW_UP_PICKS, followUpState } from "../src/features/contacts/follow-up";

describe("where a follow-up stands", () => {
  const today = "2025-03-10";

  it("is done once done, whatever its date", () => {
    expect(followUpState("2025-01-01", true, today)).toBe("done");
    expect(followUpState(today, true, today)).toBe("done");
    expect(followUpState("2025-12-31", true, today)).toBe("done");
  });

  it("is overdue before today, due today on the day, upcoming after", () => {
    expect(followUpState("2025-03-09", false, today)).toBe("overdue");
    expect(followUpState("2024-12-31", false, today)).toBe("overdue");
    expect(followUpState(today, false, today)).toBe("today");
    expect(followUpState("2025-03-11", false, today)).toBe("upcoming");
    // Dates compare as dates across months and years, not as numbers of days in the month.
    expect(followUpState("2025-02-28", false, "2025-03-01")).toBe("overdue");
    expect(followUpState("2026-01-01", false, "2025-12-31")).toBe("upcoming");
  });

  it("offers quick picks a few days and a week out, soonest first", () => {
    expect([...FOLLOW_UP_PICKS]).toEqual([3, 7]);
  });
});
