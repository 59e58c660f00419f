CREATE TABLE "timing_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"constraints" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "timing_overrides" jsonb;--> statement-breakpoint
ALTER TABLE "timing_settings" ADD CONSTRAINT "timing_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;