import { schema } from "@loopwise/db";
import { testDrivers } from "@loopwise/db/testing";
import type { UserId } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW, testApp } from "../../../test-support/server-harness.js";

describe.each(testDrivers())("task routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  async function application(companyName = "Acme", roleTitle = "Engineer") {
    const res = await api.call("POST", "/api/applications", { companyName, roleTitle });
    expect(res.status).toBe(201);
    return res.body.application as { id: string; companyId: string };
  }

  async function contact(name: string, userId: UserId = suite.user()): Promise<string> {
    const [row] = await suite.database().db.insert(schema.contacts).values({ userId, name }).returning();
    return row!.id;
  }

  async function task(input: Record<string, unknown>) {
    const res = await api.call("POST", "/api/tasks", input);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.task;
  }

  it("POST creates a task with 201 and names what it is attached to", async () => {
    const app = await application("Acme", "Staff Engineer");
    const zed = (await api.call("POST", "/api/companies", { name: "Zed" })).body.company.id;
    const ada = await contact("Ada");
    const res = await api.call("POST", "/api/tasks", {
      title: " Send thank-you note ",
      notes: "Mention the **trie** question",
      dueOn: "2025-03-02",
      companyId: zed,
      applicationId: app.id,
      contactId: ada,
    });
    expect(res.status).toBe(201);
    expect(res.body.task).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: "Send thank-you note",
      notes: "Mention the **trie** question",
      dueOn: "2025-03-02",
      done: false,
      doneAt: null,
      company: { id: zed, name: "Zed" },
      application: { id: app.id, roleTitle: "Staff Engineer", companyName: "Acme" },
      contact: { id: ada, name: "Ada" },
      createdAt: NOW,
      updatedAt: NOW,
    });
    const bare = await task({ title: "Update résumé", done: true });
    expect(bare).toMatchObject({
      company: null,
      application: null,
      contact: null,
      dueOn: null,
      done: true,
      doneAt: NOW,
    });
    expect((await api.call("GET", `/api/tasks/${bare.id}`)).body.task).toEqual(bare);
  });

  it("GET lists open tasks first by due date (undated last), then done ones, latest first", async () => {
    const undated = await task({ title: "undated" });
    const later = await task({ title: "later", dueOn: "2025-03-09" });
    const soon = await task({ title: "soon", dueOn: "2025-02-27" });
    const doneFirst = await task({ title: "done first", dueOn: "2025-01-01" });
    const doneLater = await task({ title: "done later" });
    await api.call("PATCH", `/api/tasks/${doneFirst.id}`, { done: true });
    api.clock.set("2025-03-01T13:00:00.000Z");
    await api.call("PATCH", `/api/tasks/${doneLater.id}`, { done: true });
    const titles = async (query: string) =>
      (await api.call("GET", `/api/tasks${query}`)).body.tasks.map((t: { title: string }) => t.title);
    expect(await titles("")).toEqual(["soon", "later", "undated", "done later", "done first"]);
    expect(await titles("?status=open")).toEqual([soon.title, later.title, undated.title]);
    expect(await titles("?status=done")).toEqual(["done later", "done first"]);
  });

  it("GET filters by the application, company or contact a task is attached to", async () => {
    const app = await application();
    const ada = await contact("Ada");
    await task({ title: "on app", applicationId: app.id });
    await task({ title: "on company", companyId: app.companyId });
    await task({ title: "on contact", contactId: ada });
    const titles = async (query: string) =>
      (await api.call("GET", `/api/tasks${query}`)).body.tasks.map((t: { title: string }) => t.title);
    expect(await titles(`?applicationId=${app.id}`)).toEqual(["on app"]);
    expect(await titles(`?companyId=${app.companyId}`)).toEqual(["on company"]);
    expect(await titles(`?contactId=${ada}&status=open`)).toEqual(["on contact"]);
    expect(await titles(`?contactId=${ada}&status=done`)).toEqual([]);
  });

  it("PATCH done: true stamps the clock's now (once), false clears it; other fields change as given", async () => {
    const t = await task({ title: "Prep", dueOn: "2025-03-03" });
    api.clock.set("2025-03-02T09:30:00.000Z");
    const done = await api.call("PATCH", `/api/tasks/${t.id}`, { done: true });
    expect(done.status).toBe(200);
    expect(done.body.task).toMatchObject({ done: true, doneAt: "2025-03-02T09:30:00.000Z", title: "Prep" });
    api.clock.set("2025-03-02T10:00:00.000Z");
    const again = await api.call("PATCH", `/api/tasks/${t.id}`, { done: true, title: "Prep more" });
    expect(again.body.task).toMatchObject({ doneAt: "2025-03-02T09:30:00.000Z", title: "Prep more" });
    expect(again.body.task.updatedAt).toBe("2025-03-02T10:00:00.000Z");
    const reopened = await api.call("PATCH", `/api/tasks/${t.id}`, { done: false, dueOn: null });
    expect(reopened.body.task).toMatchObject({ done: false, doneAt: null, dueOn: null });
    const app = await application();
    const linked = await api.call("PATCH", `/api/tasks/${t.id}`, { applicationId: app.id });
    expect(linked.body.task.application).toEqual({ id: app.id, roleTitle: "Engineer", companyName: "Acme" });
    const unlinked = await api.call("PATCH", `/api/tasks/${t.id}`, { applicationId: null });
    expect(unlinked.body.task.application).toBeNull();
  });

  it("DELETE removes a task with 204; deleting what it is attached to takes it too", async () => {
    const t = await task({ title: "Bye" });
    expect((await api.call("DELETE", `/api/tasks/${t.id}`)).status).toBe(204);
    expect((await api.call("GET", `/api/tasks/${t.id}`)).status).toBe(404);
    expect((await api.call("DELETE", `/api/tasks/${t.id}`)).status).toBe(404);
    const app = await application();
    const onApp = await task({ title: "on app", applicationId: app.id });
    await api.call("DELETE", `/api/applications/${app.id}`);
    expect((await api.call("GET", `/api/tasks/${onApp.id}`)).status).toBe(404);
  });

  it.each([
    ["title", { title: "" }],
    ["title", { title: "x".repeat(301) }],
    ["dueOn", { dueOn: "2025-02-30" }],
    ["dueOn", { dueOn: "tomorrow" }],
    ["done", { done: "yes" }],
    ["companyId", { companyId: "acme" }],
    ["applicationId", { applicationId: 12 }],
    ["contactId", { contactId: "" }],
    ["priority", { priority: 1 }],
  ])("POST with a bad %s is a 400 naming it", async (field, extra) => {
    const res = await api.call("POST", "/api/tasks", { title: "Valid", ...extra });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty([field]);
  });

  it("bad query strings, ids and bodies are 400s naming the field", async () => {
    const t = await task({ title: "Keep" });
    const checks: [string, string, unknown, string][] = [
      ["GET", "/api/tasks?status=late", undefined, "status"],
      ["GET", "/api/tasks?applicationId=1", undefined, "applicationId"],
      ["GET", "/api/tasks?sort=due", undefined, "sort"],
      ["GET", "/api/tasks/42", undefined, "id"],
      ["PATCH", `/api/tasks/${t.id}`, { title: "  " }, "title"],
      ["PATCH", `/api/tasks/${t.id}`, { done: null }, "done"],
    ];
    for (const [method, path, payload, field] of checks) {
      const res = await api.call(method, path, payload);
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body.error.fields, `${method} ${path}`).toHaveProperty([field]);
    }
    expect((await api.call("GET", `/api/tasks/${t.id}`)).body.task.title).toBe("Keep");
  });

  it("refuses another user's company, application and contact as a 400, and their tasks as a 404", async () => {
    const other = await freshUser(suite.database().db);
    const them = testApp(suite.database(), () => other);
    const theirApp = (await them.call("POST", "/api/applications", { companyName: "Theirs", roleTitle: "CTO" })).body
      .application;
    const theirContact = await contact("Eve", other);
    const attach = { companyId: theirApp.companyId, applicationId: theirApp.id, contactId: theirContact };
    const res = await api.call("POST", "/api/tasks", { title: "Steal", ...attach });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(["applicationId", "companyId", "contactId"]);
    const mine = await task({ title: "Mine" });
    const patched = await api.call("PATCH", `/api/tasks/${mine.id}`, { contactId: theirContact });
    expect(patched.status).toBe(400);
    expect(Object.keys(patched.body.error.fields)).toEqual(["contactId"]);

    const theirs = (await them.call("POST", "/api/tasks", { title: "Theirs", ...attach })).body.task;
    expect(theirs.contact).toEqual({ id: theirContact, name: "Eve" });
    const url = `/api/tasks/${theirs.id}`;
    expect((await api.call("GET", url)).status).toBe(404);
    expect((await api.call("PATCH", url, { done: true })).status).toBe(404);
    expect((await api.call("DELETE", url)).status).toBe(404);
    expect((await api.call("GET", "/api/tasks")).body.tasks.map((t: { id: string }) => t.id)).toEqual([mine.id]);
    expect((await api.call("GET", `/api/tasks?applicationId=${theirApp.id}`)).body.tasks).toEqual([]);
    expect((await them.call("GET", url)).body.task).toMatchObject({ done: false, title: "Theirs" });
  });
});
