export interface CompaniesSearch {
  q?: string;
}

export function validateCompaniesSearch(raw: Record<string, unknown>): CompaniesSearch {
  const q = typeof raw.q === "string" && raw.q.trim() !== "" ? raw.q : undefined;
  return { q };
}
