import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_topics\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`articles_topics\`;`)
  await db.run(sql`DROP TABLE \`articles_topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_topics\` RENAME TO \`articles_topics\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_topics_order_idx\` ON \`articles_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_topics_parent_idx\` ON \`articles_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`dek\` text,
  	\`section\` text DEFAULT 'analysis',
  	\`body\` text,
  	\`published_at\` text,
  	\`hero_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "dek", "section", "body", "published_at", "hero_image_id", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "dek", "section", "body", "published_at", "hero_image_id", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_status_idx\` ON \`articles\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_by_idx\` ON \`articles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_version_topics\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`_articles_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_topics\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_version_topics\` RENAME TO \`_articles_v_version_topics\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_topics_order_idx\` ON \`_articles_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_topics_parent_idx\` ON \`_articles_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_dek\` text,
  	\`version_section\` text DEFAULT 'analysis',
  	\`version_body\` text,
  	\`version_published_at\` text,
  	\`version_hero_image_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_dek", "version_section", "version_body", "version_published_at", "version_hero_image_id", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_dek", "version_section", "version_body", "version_published_at", "version_hero_image_id", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_status_idx\` ON \`_articles_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submitted_by_idx\` ON \`_articles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_authors\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`affiliation\` text,
  	\`photo_id\` integer,
  	\`bio\` text,
  	\`user_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_authors\`("id", "name", "slug", "affiliation", "photo_id", "bio", "user_id", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "affiliation", "photo_id", "bio", "user_id", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`authors\`;`)
  await db.run(sql`DROP TABLE \`authors\`;`)
  await db.run(sql`ALTER TABLE \`__new_authors\` RENAME TO \`authors\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`authors_slug_idx\` ON \`authors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`authors_photo_idx\` ON \`authors\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_user_idx\` ON \`authors\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_workflow_status_idx\` ON \`authors\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`authors_submitted_by_idx\` ON \`authors\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_updated_at_idx\` ON \`authors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authors_created_at_idx\` ON \`authors\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`authors__status_idx\` ON \`authors\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__authors_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_authors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__authors_v_version_links\`("_order", "_parent_id", "id", "label", "url", "_uuid") SELECT "_order", "_parent_id", "id", "label", "url", "_uuid" FROM \`_authors_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_authors_v_version_links\`;`)
  await db.run(sql`ALTER TABLE \`__new__authors_v_version_links\` RENAME TO \`_authors_v_version_links\`;`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_links_order_idx\` ON \`_authors_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_links_parent_id_idx\` ON \`_authors_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__authors_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_affiliation\` text,
  	\`version_photo_id\` integer,
  	\`version_bio\` text,
  	\`version_user_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__authors_v\`("id", "parent_id", "version_name", "version_slug", "version_affiliation", "version_photo_id", "version_bio", "version_user_id", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_affiliation", "version_photo_id", "version_bio", "version_user_id", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_authors_v\`;`)
  await db.run(sql`DROP TABLE \`_authors_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__authors_v\` RENAME TO \`_authors_v\`;`)
  await db.run(sql`CREATE INDEX \`_authors_v_parent_idx\` ON \`_authors_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_slug_idx\` ON \`_authors_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_photo_idx\` ON \`_authors_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_user_idx\` ON \`_authors_v\` (\`version_user_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_workflow_status_idx\` ON \`_authors_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_submitted_by_idx\` ON \`_authors_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_updated_at_idx\` ON \`_authors_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_created_at_idx\` ON \`_authors_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version__status_idx\` ON \`_authors_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_created_at_idx\` ON \`_authors_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_updated_at_idx\` ON \`_authors_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_latest_idx\` ON \`_authors_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_countries\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`iso2\` text,
  	\`iso3\` text,
  	\`region\` text,
  	\`kind\` text DEFAULT 'state',
  	\`capital\` text,
  	\`flag_id\` integer,
  	\`summary\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`flag_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_countries\`("id", "name", "slug", "iso2", "iso3", "region", "kind", "capital", "flag_id", "summary", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "iso2", "iso3", "region", "kind", "capital", "flag_id", "summary", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`countries\`;`)
  await db.run(sql`DROP TABLE \`countries\`;`)
  await db.run(sql`ALTER TABLE \`__new_countries\` RENAME TO \`countries\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_slug_idx\` ON \`countries\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_iso2_idx\` ON \`countries\` (\`iso2\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_iso3_idx\` ON \`countries\` (\`iso3\`);`)
  await db.run(sql`CREATE INDEX \`countries_region_idx\` ON \`countries\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`countries_flag_idx\` ON \`countries\` (\`flag_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_workflow_status_idx\` ON \`countries\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`countries_submitted_by_idx\` ON \`countries\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_updated_at_idx\` ON \`countries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`countries_created_at_idx\` ON \`countries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`countries__status_idx\` ON \`countries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__countries_v_version_memberships\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`organization_id\` integer,
  	\`status\` text DEFAULT 'member',
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_countries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__countries_v_version_memberships\`("_order", "_parent_id", "id", "organization_id", "status", "_uuid") SELECT "_order", "_parent_id", "id", "organization_id", "status", "_uuid" FROM \`_countries_v_version_memberships\`;`)
  await db.run(sql`DROP TABLE \`_countries_v_version_memberships\`;`)
  await db.run(sql`ALTER TABLE \`__new__countries_v_version_memberships\` RENAME TO \`_countries_v_version_memberships\`;`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_memberships_order_idx\` ON \`_countries_v_version_memberships\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_memberships_parent_id_idx\` ON \`_countries_v_version_memberships\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_memberships_organization_idx\` ON \`_countries_v_version_memberships\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__countries_v_version_leaders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`since\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_countries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__countries_v_version_leaders\`("_order", "_parent_id", "id", "name", "role", "since", "_uuid") SELECT "_order", "_parent_id", "id", "name", "role", "since", "_uuid" FROM \`_countries_v_version_leaders\`;`)
  await db.run(sql`DROP TABLE \`_countries_v_version_leaders\`;`)
  await db.run(sql`ALTER TABLE \`__new__countries_v_version_leaders\` RENAME TO \`_countries_v_version_leaders\`;`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_leaders_order_idx\` ON \`_countries_v_version_leaders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_leaders_parent_id_idx\` ON \`_countries_v_version_leaders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__countries_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_iso2\` text,
  	\`version_iso3\` text,
  	\`version_region\` text,
  	\`version_kind\` text DEFAULT 'state',
  	\`version_capital\` text,
  	\`version_flag_id\` integer,
  	\`version_summary\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_flag_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__countries_v\`("id", "parent_id", "version_name", "version_slug", "version_iso2", "version_iso3", "version_region", "version_kind", "version_capital", "version_flag_id", "version_summary", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_iso2", "version_iso3", "version_region", "version_kind", "version_capital", "version_flag_id", "version_summary", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_countries_v\`;`)
  await db.run(sql`DROP TABLE \`_countries_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__countries_v\` RENAME TO \`_countries_v\`;`)
  await db.run(sql`CREATE INDEX \`_countries_v_parent_idx\` ON \`_countries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_slug_idx\` ON \`_countries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_iso2_idx\` ON \`_countries_v\` (\`version_iso2\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_iso3_idx\` ON \`_countries_v\` (\`version_iso3\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_region_idx\` ON \`_countries_v\` (\`version_region\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_flag_idx\` ON \`_countries_v\` (\`version_flag_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_workflow_status_idx\` ON \`_countries_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_submitted_by_idx\` ON \`_countries_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_updated_at_idx\` ON \`_countries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_created_at_idx\` ON \`_countries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version__status_idx\` ON \`_countries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_created_at_idx\` ON \`_countries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_updated_at_idx\` ON \`_countries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_latest_idx\` ON \`_countries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_organizations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`acronym\` text,
  	\`name\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`note\` text,
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
  await db.run(sql`INSERT INTO \`__new_organizations\`("id", "acronym", "name", "slug", "kind", "note", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "acronym", "name", "slug", "kind", "note", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`organizations\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organizations\` RENAME TO \`organizations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_acronym_idx\` ON \`organizations\` (\`acronym\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_workflow_status_idx\` ON \`organizations\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`organizations_submitted_by_idx\` ON \`organizations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations__status_idx\` ON \`organizations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__organizations_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_acronym\` text,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_note\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__organizations_v\`("id", "parent_id", "version_acronym", "version_name", "version_slug", "version_kind", "version_note", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_acronym", "version_name", "version_slug", "version_kind", "version_note", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_organizations_v\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organizations_v\` RENAME TO \`_organizations_v\`;`)
  await db.run(sql`CREATE INDEX \`_organizations_v_parent_idx\` ON \`_organizations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_acronym_idx\` ON \`_organizations_v\` (\`version_acronym\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_slug_idx\` ON \`_organizations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_workflow_status_idx\` ON \`_organizations_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_submitted_by_idx\` ON \`_organizations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_updated_at_idx\` ON \`_organizations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_created_at_idx\` ON \`_organizations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version__status_idx\` ON \`_organizations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_created_at_idx\` ON \`_organizations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_updated_at_idx\` ON \`_organizations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_latest_idx\` ON \`_organizations_v\` (\`latest\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_observations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`indicator_id\` integer,
  	\`country_id\` integer,
  	\`partner_id\` integer,
  	\`subject\` text,
  	\`period_kind\` text DEFAULT 'year',
  	\`period_year\` numeric,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`period_label\` text,
  	\`value\` numeric,
  	\`value_max\` numeric,
  	\`unit\` text,
  	\`qualifier\` text DEFAULT 'actual',
  	\`qualifier_note\` text,
  	\`source_article_id\` integer,
  	\`source_footnote\` text,
  	\`source_url\` text,
  	\`source_accessed\` text,
  	\`source_publisher\` text,
  	\`note\` text,
  	\`title\` text,
  	\`period_text\` text,
  	\`series_key\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_observations\`("id", "indicator_id", "country_id", "partner_id", "subject", "period_kind", "period_year", "period_start", "period_end", "period_label", "value", "value_max", "unit", "qualifier", "qualifier_note", "source_article_id", "source_footnote", "source_url", "source_accessed", "source_publisher", "note", "title", "period_text", "series_key", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "indicator_id", "country_id", "partner_id", "subject", "period_kind", "period_year", "period_start", "period_end", "period_label", "value", "value_max", "unit", "qualifier", "qualifier_note", "source_article_id", "source_footnote", "source_url", "source_accessed", "source_publisher", "note", "title", "period_text", "series_key", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`observations\`;`)
  await db.run(sql`DROP TABLE \`observations\`;`)
  await db.run(sql`ALTER TABLE \`__new_observations\` RENAME TO \`observations\`;`)
  await db.run(sql`CREATE INDEX \`observations_indicator_idx\` ON \`observations\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_country_idx\` ON \`observations\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_partner_idx\` ON \`observations\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_period_period_start_idx\` ON \`observations\` (\`period_start\`);`)
  await db.run(sql`CREATE INDEX \`observations_period_period_end_idx\` ON \`observations\` (\`period_end\`);`)
  await db.run(sql`CREATE INDEX \`observations_source_source_article_idx\` ON \`observations\` (\`source_article_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`observations_series_key_idx\` ON \`observations\` (\`series_key\`);`)
  await db.run(sql`CREATE INDEX \`observations_workflow_status_idx\` ON \`observations\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`observations_submitted_by_idx\` ON \`observations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_updated_at_idx\` ON \`observations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`observations_created_at_idx\` ON \`observations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`observations__status_idx\` ON \`observations\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`indicator_country_idx\` ON \`observations\` (\`indicator_id\`,\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator__status_country_idx\` ON \`observations\` (\`indicator_id\`,\`_status\`,\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator__status_period_end_idx\` ON \`observations\` (\`indicator_id\`,\`_status\`,\`period_end\`);`)
  await db.run(sql`CREATE TABLE \`__new__observations_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_indicator_id\` integer,
  	\`version_country_id\` integer,
  	\`version_partner_id\` integer,
  	\`version_subject\` text,
  	\`version_period_kind\` text DEFAULT 'year',
  	\`version_period_year\` numeric,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_period_label\` text,
  	\`version_value\` numeric,
  	\`version_value_max\` numeric,
  	\`version_unit\` text,
  	\`version_qualifier\` text DEFAULT 'actual',
  	\`version_qualifier_note\` text,
  	\`version_source_article_id\` integer,
  	\`version_source_footnote\` text,
  	\`version_source_url\` text,
  	\`version_source_accessed\` text,
  	\`version_source_publisher\` text,
  	\`version_note\` text,
  	\`version_title\` text,
  	\`version_period_text\` text,
  	\`version_series_key\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`observations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_partner_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__observations_v\`("id", "parent_id", "version_indicator_id", "version_country_id", "version_partner_id", "version_subject", "version_period_kind", "version_period_year", "version_period_start", "version_period_end", "version_period_label", "version_value", "version_value_max", "version_unit", "version_qualifier", "version_qualifier_note", "version_source_article_id", "version_source_footnote", "version_source_url", "version_source_accessed", "version_source_publisher", "version_note", "version_title", "version_period_text", "version_series_key", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_indicator_id", "version_country_id", "version_partner_id", "version_subject", "version_period_kind", "version_period_year", "version_period_start", "version_period_end", "version_period_label", "version_value", "version_value_max", "version_unit", "version_qualifier", "version_qualifier_note", "version_source_article_id", "version_source_footnote", "version_source_url", "version_source_accessed", "version_source_publisher", "version_note", "version_title", "version_period_text", "version_series_key", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_observations_v\`;`)
  await db.run(sql`DROP TABLE \`_observations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__observations_v\` RENAME TO \`_observations_v\`;`)
  await db.run(sql`CREATE INDEX \`_observations_v_parent_idx\` ON \`_observations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_indicator_idx\` ON \`_observations_v\` (\`version_indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_country_idx\` ON \`_observations_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_partner_idx\` ON \`_observations_v\` (\`version_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_period_version_period_start_idx\` ON \`_observations_v\` (\`version_period_start\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_period_version_period_end_idx\` ON \`_observations_v\` (\`version_period_end\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_source_version_source_article_idx\` ON \`_observations_v\` (\`version_source_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_series_key_idx\` ON \`_observations_v\` (\`version_series_key\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_workflow_status_idx\` ON \`_observations_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_submitted_by_idx\` ON \`_observations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_updated_at_idx\` ON \`_observations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_created_at_idx\` ON \`_observations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version__status_idx\` ON \`_observations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_created_at_idx\` ON \`_observations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_updated_at_idx\` ON \`_observations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_latest_idx\` ON \`_observations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_indicator_version_country_idx\` ON \`_observations_v\` (\`version_indicator_id\`,\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`version_indicator_version__status_version_country_idx\` ON \`_observations_v\` (\`version_indicator_id\`,\`version__status\`,\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`version_indicator_version__status_version_period_end_idx\` ON \`_observations_v\` (\`version_indicator_id\`,\`version__status\`,\`version_period_end\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`date\` text,
  	\`end_date\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`date_text\` text,
  	\`kind\` text,
  	\`location\` text,
  	\`summary\` text,
  	\`source_article_id\` integer,
  	\`source_url\` text,
  	\`source_note\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`source_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "title", "slug", "date", "end_date", "date_precision", "date_text", "kind", "location", "summary", "source_article_id", "source_url", "source_note", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "date", "end_date", "date_precision", "date_text", "kind", "location", "summary", "source_article_id", "source_url", "source_note", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_date_idx\` ON \`events\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`events_source_source_article_idx\` ON \`events\` (\`source_article_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_status_idx\` ON \`events\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`events_submitted_by_idx\` ON \`events\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_date\` text,
  	\`version_end_date\` text,
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_date_text\` text,
  	\`version_kind\` text,
  	\`version_location\` text,
  	\`version_summary\` text,
  	\`version_source_article_id\` integer,
  	\`version_source_url\` text,
  	\`version_source_note\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_title", "version_slug", "version_date", "version_end_date", "version_date_precision", "version_date_text", "version_kind", "version_location", "version_summary", "version_source_article_id", "version_source_url", "version_source_note", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_date", "version_end_date", "version_date_precision", "version_date_text", "version_kind", "version_location", "version_summary", "version_source_article_id", "version_source_url", "version_source_note", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_date_idx\` ON \`_events_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_source_version_source_article_idx\` ON \`_events_v\` (\`version_source_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_workflow_status_idx\` ON \`_events_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_submitted_by_idx\` ON \`_events_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`caption\` text,
  	\`is_public\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "credit", "caption", "is_public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename") SELECT "id", "alt", "credit", "caption", "is_public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_is_public_idx\` ON \`media\` (\`is_public\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'analyst' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_workflow_events\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new_workflow_events\`("id", "summary", "action", "document_collection", "document_id", "document_title", "from_status", "to_status", "live_change", "changed_fields", "via", "comment", "actor_id", "actor_name", "updated_at", "created_at") SELECT "id", "summary", "action", "document_collection", "document_id", "document_title", "from_status", "to_status", "live_change", "changed_fields", "via", "comment", "actor_id", "actor_name", "updated_at", "created_at" FROM \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_events\` RENAME TO \`workflow_events\`;`)
  await db.run(sql`CREATE INDEX \`workflow_events_action_idx\` ON \`workflow_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_collection_idx\` ON \`workflow_events\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_id_idx\` ON \`workflow_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_live_change_idx\` ON \`workflow_events\` (\`live_change\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_follows\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`country_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_follows\`("id", "user_id", "country_id", "updated_at", "created_at") SELECT "id", "user_id", "country_id", "updated_at", "created_at" FROM \`follows\`;`)
  await db.run(sql`DROP TABLE \`follows\`;`)
  await db.run(sql`ALTER TABLE \`__new_follows\` RENAME TO \`follows\`;`)
  await db.run(sql`CREATE INDEX \`follows_user_idx\` ON \`follows\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`follows_country_idx\` ON \`follows\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`follows_updated_at_idx\` ON \`follows\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`follows_created_at_idx\` ON \`follows\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`user_country_idx\` ON \`follows\` (\`user_id\`,\`country_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_saved_comparisons\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`query\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_saved_comparisons\`("id", "user_id", "title", "query", "updated_at", "created_at") SELECT "id", "user_id", "title", "query", "updated_at", "created_at" FROM \`saved_comparisons\`;`)
  await db.run(sql`DROP TABLE \`saved_comparisons\`;`)
  await db.run(sql`ALTER TABLE \`__new_saved_comparisons\` RENAME TO \`saved_comparisons\`;`)
  await db.run(sql`CREATE INDEX \`saved_comparisons_user_idx\` ON \`saved_comparisons\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`saved_comparisons_updated_at_idx\` ON \`saved_comparisons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`saved_comparisons_created_at_idx\` ON \`saved_comparisons\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "updated_at", "created_at" FROM \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_topics\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`articles_topics\`;`)
  await db.run(sql`DROP TABLE \`articles_topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_topics\` RENAME TO \`articles_topics\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_topics_order_idx\` ON \`articles_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_topics_parent_idx\` ON \`articles_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`dek\` text,
  	\`section\` text DEFAULT 'analysis',
  	\`body\` text,
  	\`published_at\` text,
  	\`hero_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "dek", "section", "body", "published_at", "hero_image_id", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "dek", "section", "body", "published_at", "hero_image_id", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_status_idx\` ON \`articles\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_by_idx\` ON \`articles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_version_topics\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`_articles_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_topics\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_version_topics\` RENAME TO \`_articles_v_version_topics\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_topics_order_idx\` ON \`_articles_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_topics_parent_idx\` ON \`_articles_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_dek\` text,
  	\`version_section\` text DEFAULT 'analysis',
  	\`version_body\` text,
  	\`version_published_at\` text,
  	\`version_hero_image_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_dek", "version_section", "version_body", "version_published_at", "version_hero_image_id", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_dek", "version_section", "version_body", "version_published_at", "version_hero_image_id", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_status_idx\` ON \`_articles_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submitted_by_idx\` ON \`_articles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_authors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`affiliation\` text,
  	\`photo_id\` integer,
  	\`bio\` text,
  	\`user_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_authors\`("id", "name", "slug", "affiliation", "photo_id", "bio", "user_id", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "affiliation", "photo_id", "bio", "user_id", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`authors\`;`)
  await db.run(sql`DROP TABLE \`authors\`;`)
  await db.run(sql`ALTER TABLE \`__new_authors\` RENAME TO \`authors\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`authors_slug_idx\` ON \`authors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`authors_photo_idx\` ON \`authors\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_user_idx\` ON \`authors\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_workflow_status_idx\` ON \`authors\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`authors_submitted_by_idx\` ON \`authors\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_updated_at_idx\` ON \`authors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authors_created_at_idx\` ON \`authors\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`authors__status_idx\` ON \`authors\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__authors_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_authors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__authors_v_version_links\`("_order", "_parent_id", "id", "label", "url", "_uuid") SELECT "_order", "_parent_id", "id", "label", "url", "_uuid" FROM \`_authors_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_authors_v_version_links\`;`)
  await db.run(sql`ALTER TABLE \`__new__authors_v_version_links\` RENAME TO \`_authors_v_version_links\`;`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_links_order_idx\` ON \`_authors_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_links_parent_id_idx\` ON \`_authors_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__authors_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_affiliation\` text,
  	\`version_photo_id\` integer,
  	\`version_bio\` text,
  	\`version_user_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__authors_v\`("id", "parent_id", "version_name", "version_slug", "version_affiliation", "version_photo_id", "version_bio", "version_user_id", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_affiliation", "version_photo_id", "version_bio", "version_user_id", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_authors_v\`;`)
  await db.run(sql`DROP TABLE \`_authors_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__authors_v\` RENAME TO \`_authors_v\`;`)
  await db.run(sql`CREATE INDEX \`_authors_v_parent_idx\` ON \`_authors_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_slug_idx\` ON \`_authors_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_photo_idx\` ON \`_authors_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_user_idx\` ON \`_authors_v\` (\`version_user_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_workflow_status_idx\` ON \`_authors_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_submitted_by_idx\` ON \`_authors_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_updated_at_idx\` ON \`_authors_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_created_at_idx\` ON \`_authors_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version__status_idx\` ON \`_authors_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_created_at_idx\` ON \`_authors_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_updated_at_idx\` ON \`_authors_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_latest_idx\` ON \`_authors_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_countries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`iso2\` text,
  	\`iso3\` text,
  	\`region\` text,
  	\`kind\` text DEFAULT 'state',
  	\`capital\` text,
  	\`flag_id\` integer,
  	\`summary\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`flag_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_countries\`("id", "name", "slug", "iso2", "iso3", "region", "kind", "capital", "flag_id", "summary", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "iso2", "iso3", "region", "kind", "capital", "flag_id", "summary", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`countries\`;`)
  await db.run(sql`DROP TABLE \`countries\`;`)
  await db.run(sql`ALTER TABLE \`__new_countries\` RENAME TO \`countries\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_slug_idx\` ON \`countries\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_iso2_idx\` ON \`countries\` (\`iso2\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_iso3_idx\` ON \`countries\` (\`iso3\`);`)
  await db.run(sql`CREATE INDEX \`countries_region_idx\` ON \`countries\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`countries_flag_idx\` ON \`countries\` (\`flag_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_workflow_status_idx\` ON \`countries\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`countries_submitted_by_idx\` ON \`countries\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_updated_at_idx\` ON \`countries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`countries_created_at_idx\` ON \`countries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`countries__status_idx\` ON \`countries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__countries_v_version_memberships\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`status\` text DEFAULT 'member',
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_countries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__countries_v_version_memberships\`("_order", "_parent_id", "id", "organization_id", "status", "_uuid") SELECT "_order", "_parent_id", "id", "organization_id", "status", "_uuid" FROM \`_countries_v_version_memberships\`;`)
  await db.run(sql`DROP TABLE \`_countries_v_version_memberships\`;`)
  await db.run(sql`ALTER TABLE \`__new__countries_v_version_memberships\` RENAME TO \`_countries_v_version_memberships\`;`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_memberships_order_idx\` ON \`_countries_v_version_memberships\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_memberships_parent_id_idx\` ON \`_countries_v_version_memberships\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_memberships_organization_idx\` ON \`_countries_v_version_memberships\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__countries_v_version_leaders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`since\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_countries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__countries_v_version_leaders\`("_order", "_parent_id", "id", "name", "role", "since", "_uuid") SELECT "_order", "_parent_id", "id", "name", "role", "since", "_uuid" FROM \`_countries_v_version_leaders\`;`)
  await db.run(sql`DROP TABLE \`_countries_v_version_leaders\`;`)
  await db.run(sql`ALTER TABLE \`__new__countries_v_version_leaders\` RENAME TO \`_countries_v_version_leaders\`;`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_leaders_order_idx\` ON \`_countries_v_version_leaders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_leaders_parent_id_idx\` ON \`_countries_v_version_leaders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__countries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_iso2\` text,
  	\`version_iso3\` text,
  	\`version_region\` text,
  	\`version_kind\` text DEFAULT 'state',
  	\`version_capital\` text,
  	\`version_flag_id\` integer,
  	\`version_summary\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_flag_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__countries_v\`("id", "parent_id", "version_name", "version_slug", "version_iso2", "version_iso3", "version_region", "version_kind", "version_capital", "version_flag_id", "version_summary", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_iso2", "version_iso3", "version_region", "version_kind", "version_capital", "version_flag_id", "version_summary", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_countries_v\`;`)
  await db.run(sql`DROP TABLE \`_countries_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__countries_v\` RENAME TO \`_countries_v\`;`)
  await db.run(sql`CREATE INDEX \`_countries_v_parent_idx\` ON \`_countries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_slug_idx\` ON \`_countries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_iso2_idx\` ON \`_countries_v\` (\`version_iso2\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_iso3_idx\` ON \`_countries_v\` (\`version_iso3\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_region_idx\` ON \`_countries_v\` (\`version_region\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_flag_idx\` ON \`_countries_v\` (\`version_flag_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_workflow_status_idx\` ON \`_countries_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_submitted_by_idx\` ON \`_countries_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_updated_at_idx\` ON \`_countries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_created_at_idx\` ON \`_countries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version__status_idx\` ON \`_countries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_created_at_idx\` ON \`_countries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_updated_at_idx\` ON \`_countries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_latest_idx\` ON \`_countries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`acronym\` text,
  	\`name\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`note\` text,
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
  await db.run(sql`INSERT INTO \`__new_organizations\`("id", "acronym", "name", "slug", "kind", "note", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "acronym", "name", "slug", "kind", "note", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`organizations\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organizations\` RENAME TO \`organizations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_acronym_idx\` ON \`organizations\` (\`acronym\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_workflow_status_idx\` ON \`organizations\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`organizations_submitted_by_idx\` ON \`organizations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations__status_idx\` ON \`organizations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__organizations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_acronym\` text,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_note\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__organizations_v\`("id", "parent_id", "version_acronym", "version_name", "version_slug", "version_kind", "version_note", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_acronym", "version_name", "version_slug", "version_kind", "version_note", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_organizations_v\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organizations_v\` RENAME TO \`_organizations_v\`;`)
  await db.run(sql`CREATE INDEX \`_organizations_v_parent_idx\` ON \`_organizations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_acronym_idx\` ON \`_organizations_v\` (\`version_acronym\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_slug_idx\` ON \`_organizations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_workflow_status_idx\` ON \`_organizations_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_submitted_by_idx\` ON \`_organizations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_updated_at_idx\` ON \`_organizations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_created_at_idx\` ON \`_organizations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version__status_idx\` ON \`_organizations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_created_at_idx\` ON \`_organizations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_updated_at_idx\` ON \`_organizations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_latest_idx\` ON \`_organizations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indicators_workflow_status_idx\` ON \`indicators\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`indicators_submitted_by_idx\` ON \`indicators\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators__status_idx\` ON \`indicators\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__indicators_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  await db.run(sql`CREATE TABLE \`__new_observations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`indicator_id\` integer,
  	\`country_id\` integer,
  	\`partner_id\` integer,
  	\`subject\` text,
  	\`period_kind\` text DEFAULT 'year',
  	\`period_year\` numeric,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`period_label\` text,
  	\`value\` numeric,
  	\`value_max\` numeric,
  	\`unit\` text,
  	\`qualifier\` text DEFAULT 'actual',
  	\`qualifier_note\` text,
  	\`source_article_id\` integer,
  	\`source_footnote\` text,
  	\`source_url\` text,
  	\`source_accessed\` text,
  	\`source_publisher\` text,
  	\`note\` text,
  	\`title\` text,
  	\`period_text\` text,
  	\`series_key\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_observations\`("id", "indicator_id", "country_id", "partner_id", "subject", "period_kind", "period_year", "period_start", "period_end", "period_label", "value", "value_max", "unit", "qualifier", "qualifier_note", "source_article_id", "source_footnote", "source_url", "source_accessed", "source_publisher", "note", "title", "period_text", "series_key", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "indicator_id", "country_id", "partner_id", "subject", "period_kind", "period_year", "period_start", "period_end", "period_label", "value", "value_max", "unit", "qualifier", "qualifier_note", "source_article_id", "source_footnote", "source_url", "source_accessed", "source_publisher", "note", "title", "period_text", "series_key", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`observations\`;`)
  await db.run(sql`DROP TABLE \`observations\`;`)
  await db.run(sql`ALTER TABLE \`__new_observations\` RENAME TO \`observations\`;`)
  await db.run(sql`CREATE INDEX \`observations_indicator_idx\` ON \`observations\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_country_idx\` ON \`observations\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_partner_idx\` ON \`observations\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_period_period_start_idx\` ON \`observations\` (\`period_start\`);`)
  await db.run(sql`CREATE INDEX \`observations_period_period_end_idx\` ON \`observations\` (\`period_end\`);`)
  await db.run(sql`CREATE INDEX \`observations_source_source_article_idx\` ON \`observations\` (\`source_article_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`observations_series_key_idx\` ON \`observations\` (\`series_key\`);`)
  await db.run(sql`CREATE INDEX \`observations_workflow_status_idx\` ON \`observations\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`observations_submitted_by_idx\` ON \`observations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_updated_at_idx\` ON \`observations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`observations_created_at_idx\` ON \`observations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`observations__status_idx\` ON \`observations\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`indicator_country_idx\` ON \`observations\` (\`indicator_id\`,\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator__status_country_idx\` ON \`observations\` (\`indicator_id\`,\`_status\`,\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator__status_period_end_idx\` ON \`observations\` (\`indicator_id\`,\`_status\`,\`period_end\`);`)
  await db.run(sql`CREATE TABLE \`__new__observations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_indicator_id\` integer,
  	\`version_country_id\` integer,
  	\`version_partner_id\` integer,
  	\`version_subject\` text,
  	\`version_period_kind\` text DEFAULT 'year',
  	\`version_period_year\` numeric,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_period_label\` text,
  	\`version_value\` numeric,
  	\`version_value_max\` numeric,
  	\`version_unit\` text,
  	\`version_qualifier\` text DEFAULT 'actual',
  	\`version_qualifier_note\` text,
  	\`version_source_article_id\` integer,
  	\`version_source_footnote\` text,
  	\`version_source_url\` text,
  	\`version_source_accessed\` text,
  	\`version_source_publisher\` text,
  	\`version_note\` text,
  	\`version_title\` text,
  	\`version_period_text\` text,
  	\`version_series_key\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`observations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_partner_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__observations_v\`("id", "parent_id", "version_indicator_id", "version_country_id", "version_partner_id", "version_subject", "version_period_kind", "version_period_year", "version_period_start", "version_period_end", "version_period_label", "version_value", "version_value_max", "version_unit", "version_qualifier", "version_qualifier_note", "version_source_article_id", "version_source_footnote", "version_source_url", "version_source_accessed", "version_source_publisher", "version_note", "version_title", "version_period_text", "version_series_key", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_indicator_id", "version_country_id", "version_partner_id", "version_subject", "version_period_kind", "version_period_year", "version_period_start", "version_period_end", "version_period_label", "version_value", "version_value_max", "version_unit", "version_qualifier", "version_qualifier_note", "version_source_article_id", "version_source_footnote", "version_source_url", "version_source_accessed", "version_source_publisher", "version_note", "version_title", "version_period_text", "version_series_key", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_observations_v\`;`)
  await db.run(sql`DROP TABLE \`_observations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__observations_v\` RENAME TO \`_observations_v\`;`)
  await db.run(sql`CREATE INDEX \`_observations_v_parent_idx\` ON \`_observations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_indicator_idx\` ON \`_observations_v\` (\`version_indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_country_idx\` ON \`_observations_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_partner_idx\` ON \`_observations_v\` (\`version_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_period_version_period_start_idx\` ON \`_observations_v\` (\`version_period_start\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_period_version_period_end_idx\` ON \`_observations_v\` (\`version_period_end\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_source_version_source_article_idx\` ON \`_observations_v\` (\`version_source_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_series_key_idx\` ON \`_observations_v\` (\`version_series_key\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_workflow_status_idx\` ON \`_observations_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_submitted_by_idx\` ON \`_observations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_updated_at_idx\` ON \`_observations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_created_at_idx\` ON \`_observations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version__status_idx\` ON \`_observations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_created_at_idx\` ON \`_observations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_updated_at_idx\` ON \`_observations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_latest_idx\` ON \`_observations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_indicator_version_country_idx\` ON \`_observations_v\` (\`version_indicator_id\`,\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`version_indicator_version__status_version_country_idx\` ON \`_observations_v\` (\`version_indicator_id\`,\`version__status\`,\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`version_indicator_version__status_version_period_end_idx\` ON \`_observations_v\` (\`version_indicator_id\`,\`version__status\`,\`version_period_end\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`date\` text,
  	\`end_date\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`date_text\` text,
  	\`kind\` text,
  	\`location\` text,
  	\`summary\` text,
  	\`source_article_id\` integer,
  	\`source_url\` text,
  	\`source_note\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`source_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "title", "slug", "date", "end_date", "date_precision", "date_text", "kind", "location", "summary", "source_article_id", "source_url", "source_note", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "date", "end_date", "date_precision", "date_text", "kind", "location", "summary", "source_article_id", "source_url", "source_note", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_date_idx\` ON \`events\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`events_source_source_article_idx\` ON \`events\` (\`source_article_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_status_idx\` ON \`events\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`events_submitted_by_idx\` ON \`events\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_date\` text,
  	\`version_end_date\` text,
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_date_text\` text,
  	\`version_kind\` text,
  	\`version_location\` text,
  	\`version_summary\` text,
  	\`version_source_article_id\` integer,
  	\`version_source_url\` text,
  	\`version_source_note\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_title", "version_slug", "version_date", "version_end_date", "version_date_precision", "version_date_text", "version_kind", "version_location", "version_summary", "version_source_article_id", "version_source_url", "version_source_note", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_date", "version_end_date", "version_date_precision", "version_date_text", "version_kind", "version_location", "version_summary", "version_source_article_id", "version_source_url", "version_source_note", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_date_idx\` ON \`_events_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_source_version_source_article_idx\` ON \`_events_v\` (\`version_source_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_workflow_status_idx\` ON \`_events_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_submitted_by_idx\` ON \`_events_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`caption\` text,
  	\`is_public\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "credit", "caption", "is_public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename") SELECT "id", "alt", "credit", "caption", "is_public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_is_public_idx\` ON \`media\` (\`is_public\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'analyst' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
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
  await db.run(sql`INSERT INTO \`__new_workflow_events\`("id", "summary", "action", "document_collection", "document_id", "document_title", "from_status", "to_status", "live_change", "changed_fields", "via", "comment", "actor_id", "actor_name", "updated_at", "created_at") SELECT "id", "summary", "action", "document_collection", "document_id", "document_title", "from_status", "to_status", "live_change", "changed_fields", "via", "comment", "actor_id", "actor_name", "updated_at", "created_at" FROM \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_events\` RENAME TO \`workflow_events\`;`)
  await db.run(sql`CREATE INDEX \`workflow_events_action_idx\` ON \`workflow_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_collection_idx\` ON \`workflow_events\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_id_idx\` ON \`workflow_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_live_change_idx\` ON \`workflow_events\` (\`live_change\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_follows\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`country_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_follows\`("id", "user_id", "country_id", "updated_at", "created_at") SELECT "id", "user_id", "country_id", "updated_at", "created_at" FROM \`follows\`;`)
  await db.run(sql`DROP TABLE \`follows\`;`)
  await db.run(sql`ALTER TABLE \`__new_follows\` RENAME TO \`follows\`;`)
  await db.run(sql`CREATE INDEX \`follows_user_idx\` ON \`follows\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`follows_country_idx\` ON \`follows\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`follows_updated_at_idx\` ON \`follows\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`follows_created_at_idx\` ON \`follows\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`user_country_idx\` ON \`follows\` (\`user_id\`,\`country_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_saved_comparisons\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`query\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_saved_comparisons\`("id", "user_id", "title", "query", "updated_at", "created_at") SELECT "id", "user_id", "title", "query", "updated_at", "created_at" FROM \`saved_comparisons\`;`)
  await db.run(sql`DROP TABLE \`saved_comparisons\`;`)
  await db.run(sql`ALTER TABLE \`__new_saved_comparisons\` RENAME TO \`saved_comparisons\`;`)
  await db.run(sql`CREATE INDEX \`saved_comparisons_user_idx\` ON \`saved_comparisons\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`saved_comparisons_updated_at_idx\` ON \`saved_comparisons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`saved_comparisons_created_at_idx\` ON \`saved_comparisons\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "updated_at", "created_at" FROM \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}
