CREATE TABLE "comp_data_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"company" text NOT NULL,
	"level" text,
	"title" text,
	"location" text,
	"currency" text NOT NULL,
	"base_minor" bigint,
	"total_minor" bigint NOT NULL,
	"source" text,
	"observed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_data_points_amounts_check" CHECK ("comp_data_points"."total_minor" >= 0 and ("comp_data_points"."base_minor" is null or "comp_data_points"."base_minor" >= 0))
);
--> statement-breakpoint
CREATE TABLE "negotiation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"on" date NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"asked" text,
	"response" text,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "negotiation_events_channel_check" CHECK ("negotiation_events"."channel" in ('email','call','video','in_person','message','other')),
	CONSTRAINT "negotiation_events_kind_check" CHECK ("negotiation_events"."kind" in ('ask','counter','extension','note'))
);
--> statement-breakpoint
CREATE TABLE "offer_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"compare_currency" text,
	"weights" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"comp" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"level" text,
	"title" text,
	"location" text,
	"start_date" date,
	"received_on" date,
	"exchange_rate" double precision,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_id_user_key" UNIQUE("id","user_id"),
	CONSTRAINT "offers_status_check" CHECK ("offers"."status" in ('open','negotiating','accepted','declined','expired','rescinded')),
	CONSTRAINT "offers_exchange_rate_check" CHECK ("offers"."exchange_rate" is null or "offers"."exchange_rate" > 0)
);
--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "red_flags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "comp_data_points" ADD CONSTRAINT "comp_data_points_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_events" ADD CONSTRAINT "negotiation_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_events" ADD CONSTRAINT "negotiation_events_offer_fk" FOREIGN KEY ("offer_id","user_id") REFERENCES "public"."offers"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_preferences" ADD CONSTRAINT "offer_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_application_fk" FOREIGN KEY ("application_id","user_id") REFERENCES "public"."applications"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comp_data_points_user_company_idx" ON "comp_data_points" USING btree ("user_id",lower("company"));--> statement-breakpoint
CREATE INDEX "negotiation_events_offer_idx" ON "negotiation_events" USING btree ("offer_id","on");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_application_key" ON "offers" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "offers_user_idx" ON "offers" USING btree ("user_id");