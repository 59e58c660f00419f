-- The shape of one card in GET /api/applications (ApplicationSummary), field names as the API
-- spells them. The list casts each row to it and lets json_agg name the keys: measured 25% faster
-- than json_build_object on 2,000 cards (docs/decisions/0003-list-json-in-sql.md).
CREATE TYPE "application_card" AS (
	"id" uuid,
	"companyId" uuid,
	"companyName" text,
	"companyTier" smallint,
	"roleTitle" text,
	"level" text,
	"location" text,
	"remotePolicy" text,
	"source" text,
	"desirability" smallint,
	"tags" text[],
	"appliedOn" date,
	"nextAction" text,
	"nextActionDue" date,
	"stage" text,
	"stageEnteredAt" text,
	"daysInStage" integer,
	"position" text,
	"archived" boolean
);
