import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`authors_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`language\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`authors_aliases_order_idx\` ON \`authors_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`authors_aliases_parent_id_idx\` ON \`authors_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_authors_v_version_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`language\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_authors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_authors_v_version_aliases_order_idx\` ON \`_authors_v_version_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_aliases_parent_id_idx\` ON \`_authors_v_version_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`countries_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`language\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`countries_aliases_order_idx\` ON \`countries_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`countries_aliases_parent_id_idx\` ON \`countries_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_countries_v_version_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`language\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_countries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_countries_v_version_aliases_order_idx\` ON \`_countries_v_version_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_aliases_parent_id_idx\` ON \`_countries_v_version_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`places_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`language\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`places_aliases_order_idx\` ON \`places_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`places_aliases_parent_id_idx\` ON \`places_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`places\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`country_id\` integer,
  	\`note\` text,
  	\`search_names\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`assigned_to_id\` integer,
  	\`due_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`places_country_idx\` ON \`places\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`places_workflow_status_idx\` ON \`places\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`places_submitted_by_idx\` ON \`places\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`places_assigned_to_idx\` ON \`places\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`places_due_at_idx\` ON \`places\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`places_updated_at_idx\` ON \`places\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`places_created_at_idx\` ON \`places\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`places__status_idx\` ON \`places\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_places_v_version_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`language\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_places_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_places_v_version_aliases_order_idx\` ON \`_places_v_version_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_version_aliases_parent_id_idx\` ON \`_places_v_version_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_places_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_country_id\` integer,
  	\`version_note\` text,
  	\`version_search_names\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_submitted_by_id\` integer,
  	\`version_submitted_at\` text,
  	\`version_scheduled_publish_at\` text,
  	\`version_assigned_to_id\` integer,
  	\`version_due_at\` text,
  	\`version_change_authors\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_places_v_parent_idx\` ON \`_places_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_version_version_country_idx\` ON \`_places_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_version_version_workflow_status_idx\` ON \`_places_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_version_version_submitted_by_idx\` ON \`_places_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_version_version_assigned_to_idx\` ON \`_places_v\` (\`version_assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_version_version_due_at_idx\` ON \`_places_v\` (\`version_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_version_version_updated_at_idx\` ON \`_places_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_version_version_created_at_idx\` ON \`_places_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_version_version__status_idx\` ON \`_places_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_created_at_idx\` ON \`_places_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_updated_at_idx\` ON \`_places_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_places_v_latest_idx\` ON \`_places_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`search_names\` text;`)
  await db.run(sql`ALTER TABLE \`_authors_v\` ADD \`version_search_names\` text;`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`search_names\` text;`)
  await db.run(sql`ALTER TABLE \`_countries_v\` ADD \`version_search_names\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`places_id\` integer REFERENCES places(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_places_id_idx\` ON \`payload_locked_documents_rels\` (\`places_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`authors_aliases\`;`)
  await db.run(sql`DROP TABLE \`_authors_v_version_aliases\`;`)
  await db.run(sql`DROP TABLE \`countries_aliases\`;`)
  await db.run(sql`DROP TABLE \`_countries_v_version_aliases\`;`)
  await db.run(sql`DROP TABLE \`places_aliases\`;`)
  await db.run(sql`DROP TABLE \`places\`;`)
  await db.run(sql`DROP TABLE \`_places_v_version_aliases\`;`)
  await db.run(sql`DROP TABLE \`_places_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`review_comments_id\` integer,
  	\`figure_revisions_id\` integer,
  	\`stale_quotes_id\` integer,
  	\`follows_id\` integer,
  	\`saved_comparisons_id\` integer,
  	\`change_digests_id\` integer,
  	\`notifications_id\` integer,
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
  	FOREIGN KEY (\`review_comments_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`figure_revisions_id\`) REFERENCES \`figure_revisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stale_quotes_id\`) REFERENCES \`stale_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follows_id\`) REFERENCES \`follows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`saved_comparisons_id\`) REFERENCES \`saved_comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`change_digests_id\`) REFERENCES \`change_digests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "authors_id", "countries_id", "organizations_id", "indicators_id", "observations_id", "events_id", "media_id", "users_id", "workflow_events_id", "review_comments_id", "figure_revisions_id", "stale_quotes_id", "follows_id", "saved_comparisons_id", "change_digests_id", "notifications_id") SELECT "id", "order", "parent_id", "path", "articles_id", "authors_id", "countries_id", "organizations_id", "indicators_id", "observations_id", "events_id", "media_id", "users_id", "workflow_events_id", "review_comments_id", "figure_revisions_id", "stale_quotes_id", "follows_id", "saved_comparisons_id", "change_digests_id", "notifications_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`review_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_figure_revisions_id_idx\` ON \`payload_locked_documents_rels\` (\`figure_revisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stale_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`stale_quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follows_id_idx\` ON \`payload_locked_documents_rels\` (\`follows_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_saved_comparisons_id_idx\` ON \`payload_locked_documents_rels\` (\`saved_comparisons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_change_digests_id_idx\` ON \`payload_locked_documents_rels\` (\`change_digests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`search_names\`;`)
  await db.run(sql`ALTER TABLE \`_authors_v\` DROP COLUMN \`version_search_names\`;`)
  await db.run(sql`ALTER TABLE \`countries\` DROP COLUMN \`search_names\`;`)
  await db.run(sql`ALTER TABLE \`_countries_v\` DROP COLUMN \`version_search_names\`;`)
}
