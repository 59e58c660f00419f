export type { Db, DatabaseHandle, DriverKind } from "./database.js";
export { openPglite, type PgliteOptions } from "./drivers/pglite.js";
export { openPostgres, type PostgresOptions } from "./drivers/postgres.js";
export { defaultMigrationsFolder } from "./migrations-folder.js";
export * as schema from "./schema.js";
export * from "./repos/users.js";
export * from "./repos/companies.js";
export * from "./repos/applications.js";
export * from "./repos/application-moves.js";
