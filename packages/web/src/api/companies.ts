import type { Company, CompanyInput, CompanyPatch } from "@loopwise/domain";
import { api, unwrap } from "./client";

export async function fetchCompanies(): Promise<Company[]> {
  const body = await unwrap<{ companies: Company[] }>(api.companies.$get());
  return body.companies;
}

export async function createCompany(input: CompanyInput): Promise<Company> {
  const body = await unwrap<{ company: Company }>(api.companies.$post({ json: input }));
  return body.company;
}

export async function updateCompany(id: string, patch: CompanyPatch): Promise<Company> {
  const body = await unwrap<{ company: Company }>(api.companies[":id"].$patch({ param: { id }, json: patch }));
  return body.company;
}

export async function deleteCompany(id: string, cascade: boolean): Promise<void> {
  await unwrap<void>(api.companies[":id"].$delete({ param: { id }, query: cascade ? { cascade: "true" } : {} }));
}
