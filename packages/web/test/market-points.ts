import type { CompDataPoint, CompDataPointId } from "@loopwise/domain";

let next = 0;

/** A market data point with only what the market views read; each gets its own id. */
export function point(company: string, level: string | null, total: number, currency = "USD"): CompDataPoint {
  next += 1;
  return {
    id: `p${next}` as CompDataPointId,
    company,
    level,
    title: null,
    location: null,
    currency,
    base: null,
    total,
    source: null,
    observedOn: null,
    createdAt: "2026-01-01T00:00:00.000Z",
  };
}
