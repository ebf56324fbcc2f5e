import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`countries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`countries_rels_order_idx\` ON \`countries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`countries_rels_parent_idx\` ON \`countries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_rels_path_idx\` ON \`countries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`countries_rels_media_id_idx\` ON \`countries_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_countries_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_countries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_countries_v_rels_order_idx\` ON \`_countries_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_rels_parent_idx\` ON \`_countries_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_rels_path_idx\` ON \`_countries_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_rels_media_id_idx\` ON \`_countries_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_rels_order_idx\` ON \`indicators_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_parent_idx\` ON \`indicators_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_path_idx\` ON \`indicators_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_media_id_idx\` ON \`indicators_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_indicators_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_rels_order_idx\` ON \`_indicators_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_rels_parent_idx\` ON \`_indicators_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_rels_path_idx\` ON \`_indicators_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_rels_media_id_idx\` ON \`_indicators_v_rels\` (\`media_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`summary\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`document_title\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`live_change\` text,
  	\`changed_fields\` text,
  	\`via\` text,
  	\`comment\` text,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // Only the columns the old table has; the new ones (live_change, changed_fields, via) start empty.
  await db.run(sql`INSERT INTO \`__new_workflow_events\`("id", "summary", "action", "document_collection", "document_id", "document_title", "from_status", "to_status", "comment", "actor_id", "actor_name", "updated_at", "created_at") SELECT "id", "summary", "action", "document_collection", "document_id", "document_title", "from_status", "to_status", "comment", "actor_id", "actor_name", "updated_at", "created_at" FROM \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_events\` RENAME TO \`workflow_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`workflow_events_action_idx\` ON \`workflow_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_collection_idx\` ON \`workflow_events\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_id_idx\` ON \`workflow_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_live_change_idx\` ON \`workflow_events\` (\`live_change\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_media_id_idx\` ON \`articles_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_media_id_idx\` ON \`_articles_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`authors_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`authors_rels_media_id_idx\` ON \`authors_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_authors_v\` ADD \`version_scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_authors_v\` ADD \`version_change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`_authors_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_authors_v_rels_media_id_idx\` ON \`_authors_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`_countries_v\` ADD \`version_scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_countries_v\` ADD \`version_change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`observations\` ADD \`scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`observations\` ADD \`change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` ADD \`version_scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` ADD \`version_change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`events_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`events_rels_media_id_idx\` ON \`events_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_change_authors\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_media_id_idx\` ON \`_events_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`is_public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_is_public_idx\` ON \`media\` (\`is_public\`);`)
  // Unknown until the server works it out on start-up from the published documents
  // (lib/workflow/mediaVisibility.ts ensureMediaVisibility), which also fills in the new mediaRefs.
  await db.run(sql`UPDATE \`media\` SET \`is_public\` = NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`countries_rels\`;`)
  await db.run(sql`DROP TABLE \`_countries_v_rels\`;`)
  await db.run(sql`DROP TABLE \`indicators_rels\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`authors_id\` integer,
  	\`countries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "authors_id", "countries_id") SELECT "id", "order", "parent_id", "path", "authors_id", "countries_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_authors_id_idx\` ON \`articles_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_countries_id_idx\` ON \`articles_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`authors_id\` integer,
  	\`countries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "authors_id", "countries_id") SELECT "id", "order", "parent_id", "path", "authors_id", "countries_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_authors_id_idx\` ON \`_articles_v_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_countries_id_idx\` ON \`_articles_v_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_authors_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`countries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_authors_rels\`("id", "order", "parent_id", "path", "countries_id") SELECT "id", "order", "parent_id", "path", "countries_id" FROM \`authors_rels\`;`)
  await db.run(sql`DROP TABLE \`authors_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_authors_rels\` RENAME TO \`authors_rels\`;`)
  await db.run(sql`CREATE INDEX \`authors_rels_order_idx\` ON \`authors_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`authors_rels_parent_idx\` ON \`authors_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_rels_path_idx\` ON \`authors_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`authors_rels_countries_id_idx\` ON \`authors_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__authors_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`countries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_authors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__authors_v_rels\`("id", "order", "parent_id", "path", "countries_id") SELECT "id", "order", "parent_id", "path", "countries_id" FROM \`_authors_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_authors_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__authors_v_rels\` RENAME TO \`_authors_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_authors_v_rels_order_idx\` ON \`_authors_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_rels_parent_idx\` ON \`_authors_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_rels_path_idx\` ON \`_authors_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_rels_countries_id_idx\` ON \`_authors_v_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`countries_id\` integer,
  	\`organizations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events_rels\`("id", "order", "parent_id", "path", "countries_id", "organizations_id") SELECT "id", "order", "parent_id", "path", "countries_id", "organizations_id" FROM \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_events_rels\` RENAME TO \`events_rels\`;`)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_countries_id_idx\` ON \`events_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_organizations_id_idx\` ON \`events_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`countries_id\` integer,
  	\`organizations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v_rels\`("id", "order", "parent_id", "path", "countries_id", "organizations_id") SELECT "id", "order", "parent_id", "path", "countries_id", "organizations_id" FROM \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v_rels\` RENAME TO \`_events_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_countries_id_idx\` ON \`_events_v_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_organizations_id_idx\` ON \`_events_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`DROP INDEX \`media_is_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`is_public\`;`)
  await db.run(sql`CREATE TABLE \`__new_workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`summary\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`document_title\` text,
  	\`from_status\` text NOT NULL,
  	\`to_status\` text NOT NULL,
  	\`comment\` text,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_workflow_events\`("id", "summary", "action", "document_collection", "document_id", "document_title", "from_status", "to_status", "comment", "actor_id", "actor_name", "updated_at", "created_at") SELECT "id", "summary", "action", "document_collection", "document_id", "document_title", COALESCE("from_status", 'draft'), COALESCE("to_status", 'draft'), "comment", "actor_id", "actor_name", "updated_at", "created_at" FROM \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_events\` RENAME TO \`workflow_events\`;`)
  await db.run(sql`CREATE INDEX \`workflow_events_action_idx\` ON \`workflow_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_collection_idx\` ON \`workflow_events\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_id_idx\` ON \`workflow_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`change_authors\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_change_authors\`;`)
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`change_authors\`;`)
  await db.run(sql`ALTER TABLE \`_authors_v\` DROP COLUMN \`version_scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_authors_v\` DROP COLUMN \`version_change_authors\`;`)
  await db.run(sql`ALTER TABLE \`countries\` DROP COLUMN \`scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`countries\` DROP COLUMN \`change_authors\`;`)
  await db.run(sql`ALTER TABLE \`_countries_v\` DROP COLUMN \`version_scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_countries_v\` DROP COLUMN \`version_change_authors\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`change_authors\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_change_authors\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`change_authors\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`version_scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`version_change_authors\`;`)
  await db.run(sql`ALTER TABLE \`observations\` DROP COLUMN \`scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`observations\` DROP COLUMN \`change_authors\`;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` DROP COLUMN \`version_scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` DROP COLUMN \`version_change_authors\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`change_authors\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_scheduled_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_change_authors\`;`)
}
