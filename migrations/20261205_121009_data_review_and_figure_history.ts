import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`figure_revisions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`observation_id\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`series_key\` text,
  	\`indicator_id\` text NOT NULL,
  	\`country_id\` text NOT NULL,
  	\`partner_id\` text,
  	\`period_label\` text,
  	\`value\` numeric,
  	\`value_max\` numeric,
  	\`previous_value\` numeric,
  	\`previous_value_max\` numeric,
  	\`unit\` text,
  	\`qualifier\` text,
  	\`reason\` text,
  	\`figure\` text,
  	\`approver_id\` integer,
  	\`approver_name\` text,
  	\`approver_role\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`approver_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`figure_revisions_observation_id_idx\` ON \`figure_revisions\` (\`observation_id\`);`)
  await db.run(sql`CREATE INDEX \`figure_revisions_kind_idx\` ON \`figure_revisions\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`figure_revisions_published_at_idx\` ON \`figure_revisions\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`figure_revisions_indicator_id_idx\` ON \`figure_revisions\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`figure_revisions_country_id_idx\` ON \`figure_revisions\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`figure_revisions_approver_idx\` ON \`figure_revisions\` (\`approver_id\`);`)
  await db.run(sql`CREATE INDEX \`figure_revisions_updated_at_idx\` ON \`figure_revisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`figure_revisions_created_at_idx\` ON \`figure_revisions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`indicatorId_publishedAt_idx\` ON \`figure_revisions\` (\`indicator_id\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`revision_approver\` text DEFAULT 'role' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`mirror_indicator_id\` integer REFERENCES indicators(id);`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`anomaly_thresholds_change_percent\` numeric DEFAULT 300;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`anomaly_thresholds_mirror_gap_percent\` numeric DEFAULT 50;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`anomaly_thresholds_min\` numeric;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`anomaly_thresholds_max\` numeric;`)
  await db.run(sql`CREATE INDEX \`indicators_mirror_indicator_idx\` ON \`indicators\` (\`mirror_indicator_id\`);`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_mirror_indicator_id\` integer REFERENCES indicators(id);`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_anomaly_thresholds_change_percent\` numeric DEFAULT 300;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_anomaly_thresholds_mirror_gap_percent\` numeric DEFAULT 50;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_anomaly_thresholds_min\` numeric;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_anomaly_thresholds_max\` numeric;`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_mirror_indicator_idx\` ON \`_indicators_v\` (\`version_mirror_indicator_id\`);`)
  await db.run(sql`ALTER TABLE \`observations\` ADD \`anomaly_is_flagged\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`observations\` ADD \`anomaly_score\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`observations\` ADD \`anomaly_flags\` text;`)
  await db.run(sql`ALTER TABLE \`observations\` ADD \`submission\` text;`)
  await db.run(sql`CREATE INDEX \`observations_anomaly_anomaly_is_flagged_idx\` ON \`observations\` (\`anomaly_is_flagged\`);`)
  await db.run(sql`CREATE INDEX \`observations_submission_idx\` ON \`observations\` (\`submission\`);`)
  await db.run(sql`ALTER TABLE \`_observations_v\` ADD \`version_anomaly_is_flagged\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` ADD \`version_anomaly_score\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` ADD \`version_anomaly_flags\` text;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` ADD \`version_submission\` text;`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_anomaly_version_anomaly_is_flagg_idx\` ON \`_observations_v\` (\`version_anomaly_is_flagged\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_submission_idx\` ON \`_observations_v\` (\`version_submission\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`figure_revisions_id\` integer REFERENCES figure_revisions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_figure_revisions_id_idx\` ON \`payload_locked_documents_rels\` (\`figure_revisions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`figure_revisions\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_indicators\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`unit\` text,
  	\`scale\` text DEFAULT '1',
  	\`decimals\` numeric DEFAULT 1,
  	\`category\` text,
  	\`kind\` text DEFAULT 'country',
  	\`description\` text,
  	\`methodology\` text,
  	\`default_source_name\` text,
  	\`default_source_url\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_indicators\`("id", "name", "slug", "unit", "scale", "decimals", "category", "kind", "description", "methodology", "default_source_name", "default_source_url", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "unit", "scale", "decimals", "category", "kind", "description", "methodology", "default_source_name", "default_source_url", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`indicators\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`ALTER TABLE \`__new_indicators\` RENAME TO \`indicators\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indicators_workflow_status_idx\` ON \`indicators\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`indicators_submitted_by_idx\` ON \`indicators\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators__status_idx\` ON \`indicators\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__indicators_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_unit\` text,
  	\`version_scale\` text DEFAULT '1',
  	\`version_decimals\` numeric DEFAULT 1,
  	\`version_category\` text,
  	\`version_kind\` text DEFAULT 'country',
  	\`version_description\` text,
  	\`version_methodology\` text,
  	\`version_default_source_name\` text,
  	\`version_default_source_url\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_submitted_by_id\` integer,
  	\`version_submitted_at\` text,
  	\`version_scheduled_publish_at\` text,
  	\`version_change_authors\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__indicators_v\`("id", "parent_id", "version_name", "version_slug", "version_unit", "version_scale", "version_decimals", "version_category", "version_kind", "version_description", "version_methodology", "version_default_source_name", "version_default_source_url", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_unit", "version_scale", "version_decimals", "version_category", "version_kind", "version_description", "version_methodology", "version_default_source_name", "version_default_source_url", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_indicators_v\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__indicators_v\` RENAME TO \`_indicators_v\`;`)
  await db.run(sql`CREATE INDEX \`_indicators_v_parent_idx\` ON \`_indicators_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_slug_idx\` ON \`_indicators_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_workflow_status_idx\` ON \`_indicators_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_submitted_by_idx\` ON \`_indicators_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_updated_at_idx\` ON \`_indicators_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_created_at_idx\` ON \`_indicators_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version__status_idx\` ON \`_indicators_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_created_at_idx\` ON \`_indicators_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_updated_at_idx\` ON \`_indicators_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_latest_idx\` ON \`_indicators_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`authors_id\` integer,
  	\`countries_id\` integer,
  	\`organizations_id\` integer,
  	\`indicators_id\` integer,
  	\`observations_id\` integer,
  	\`events_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`workflow_events_id\` integer,
  	\`follows_id\` integer,
  	\`saved_comparisons_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`observations_id\`) REFERENCES \`observations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follows_id\`) REFERENCES \`follows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`saved_comparisons_id\`) REFERENCES \`saved_comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "authors_id", "countries_id", "organizations_id", "indicators_id", "observations_id", "events_id", "media_id", "users_id", "workflow_events_id", "follows_id", "saved_comparisons_id") SELECT "id", "order", "parent_id", "path", "articles_id", "authors_id", "countries_id", "organizations_id", "indicators_id", "observations_id", "events_id", "media_id", "users_id", "workflow_events_id", "follows_id", "saved_comparisons_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_observations_id_idx\` ON \`payload_locked_documents_rels\` (\`observations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follows_id_idx\` ON \`payload_locked_documents_rels\` (\`follows_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_saved_comparisons_id_idx\` ON \`payload_locked_documents_rels\` (\`saved_comparisons_id\`);`)
  await db.run(sql`DROP INDEX \`observations_anomaly_anomaly_is_flagged_idx\`;`)
  await db.run(sql`DROP INDEX \`observations_submission_idx\`;`)
  await db.run(sql`ALTER TABLE \`observations\` DROP COLUMN \`anomaly_is_flagged\`;`)
  await db.run(sql`ALTER TABLE \`observations\` DROP COLUMN \`anomaly_score\`;`)
  await db.run(sql`ALTER TABLE \`observations\` DROP COLUMN \`anomaly_flags\`;`)
  await db.run(sql`ALTER TABLE \`observations\` DROP COLUMN \`submission\`;`)
  await db.run(sql`DROP INDEX \`_observations_v_version_anomaly_version_anomaly_is_flagg_idx\`;`)
  await db.run(sql`DROP INDEX \`_observations_v_version_version_submission_idx\`;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` DROP COLUMN \`version_anomaly_is_flagged\`;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` DROP COLUMN \`version_anomaly_score\`;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` DROP COLUMN \`version_anomaly_flags\`;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` DROP COLUMN \`version_submission\`;`)
}
