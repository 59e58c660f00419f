CREATE TABLE "practice_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"slug" text,
	"tracked_problem_id" uuid,
	"mode" text,
	"language" text,
	"code" text,
	"verdict" text NOT NULL,
	"time_ms" integer,
	"passed" integer,
	"total" integer,
	"duration_seconds" integer,
	"interview" boolean DEFAULT false NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_attempts_problem_check" CHECK (("practice_attempts"."slug" is null) <> ("practice_attempts"."tracked_problem_id" is null)),
	CONSTRAINT "practice_attempts_bank_check" CHECK ("practice_attempts"."slug" is null or ("practice_attempts"."mode" in ('run','submit') and "practice_attempts"."language" is not null and "practice_attempts"."code" is not null and "practice_attempts"."verdict" in ('accepted','wrong_answer','time_limit','memory_limit','runtime_error','compile_error','output_limit','ok'))),
	CONSTRAINT "practice_attempts_tracked_check" CHECK ("practice_attempts"."tracked_problem_id" is null or ("practice_attempts"."mode" is null and "practice_attempts"."code" is null and "practice_attempts"."verdict" in ('solved','solved_with_hints','failed'))),
	CONSTRAINT "practice_attempts_language_check" CHECK ("practice_attempts"."language" in ('python','javascript','typescript','cpp','java','go','rust')),
	CONSTRAINT "practice_attempts_numbers_check" CHECK ("practice_attempts"."time_ms" >= 0 and "practice_attempts"."duration_seconds" >= 0 and "practice_attempts"."passed" between 0 and "practice_attempts"."total")
);
--> statement-breakpoint
CREATE TABLE "practice_drafts" (
	"user_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"language" text NOT NULL,
	"code" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_drafts_user_id_slug_language_pk" PRIMARY KEY("user_id","slug","language"),
	CONSTRAINT "practice_drafts_language_check" CHECK ("practice_drafts"."language" in ('python','javascript','typescript','cpp','java','go','rust'))
);
--> statement-breakpoint
CREATE TABLE "practice_progress" (
	"user_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"last_language" text,
	"notes" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_progress_user_id_slug_pk" PRIMARY KEY("user_id","slug"),
	CONSTRAINT "practice_progress_status_check" CHECK ("practice_progress"."status" in ('new','attempted','solved')),
	CONSTRAINT "practice_progress_language_check" CHECK ("practice_progress"."last_language" in ('python','javascript','typescript','cpp','java','go','rust'))
);
--> statement-breakpoint
CREATE TABLE "tracked_problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"url" text,
	"difficulty" text,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tracked_problems_id_user_key" UNIQUE("id","user_id"),
	CONSTRAINT "tracked_problems_difficulty_check" CHECK ("tracked_problems"."difficulty" in ('easy','medium','hard'))
);
--> statement-breakpoint
ALTER TABLE "practice_attempts" ADD CONSTRAINT "practice_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_attempts" ADD CONSTRAINT "practice_attempts_tracked_fk" FOREIGN KEY ("tracked_problem_id","user_id") REFERENCES "public"."tracked_problems"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_drafts" ADD CONSTRAINT "practice_drafts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_progress" ADD CONSTRAINT "practice_progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracked_problems" ADD CONSTRAINT "tracked_problems_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practice_attempts_user_slug_idx" ON "practice_attempts" USING btree ("user_id","slug","created_at") WHERE "practice_attempts"."slug" is not null;--> statement-breakpoint
CREATE INDEX "practice_attempts_tracked_idx" ON "practice_attempts" USING btree ("tracked_problem_id","created_at");--> statement-breakpoint
CREATE INDEX "tracked_problems_user_idx" ON "tracked_problems" USING btree ("user_id","created_at");