import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_comments\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`field\` text,
  	\`parent_id\` integer,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`status\` text,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`edited_at\` text,
  	\`document_status\` text,
  	\`document_version\` text,
  	\`document_title\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_comments_document_collection_idx\` ON \`review_comments\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_document_id_idx\` ON \`review_comments\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_parent_idx\` ON \`review_comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_author_idx\` ON \`review_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_status_idx\` ON \`review_comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_resolved_by_idx\` ON \`review_comments\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_updated_at_idx\` ON \`review_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_created_at_idx\` ON \`review_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_comments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_comments_rels_order_idx\` ON \`review_comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_parent_idx\` ON \`review_comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_path_idx\` ON \`review_comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_users_id_idx\` ON \`review_comments_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`text\` text,
  	\`link\` text,
  	\`actor_name\` text,
  	\`document_collection\` text,
  	\`document_id\` text,
  	\`document_title\` text,
  	\`once_key\` text,
  	\`delivery\` text NOT NULL,
  	\`emailed_at\` text,
  	\`read_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_kind_idx\` ON \`notifications\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`notifications_document_collection_idx\` ON \`notifications\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`notifications_document_id_idx\` ON \`notifications\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_once_key_idx\` ON \`notifications\` (\`once_key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_delivery_idx\` ON \`notifications\` (\`delivery\`);`)
  await db.run(sql`CREATE INDEX \`notifications_emailed_at_idx\` ON \`notifications\` (\`emailed_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_read_at_idx\` ON \`notifications\` (\`read_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_assigned_to_idx\` ON \`articles\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_due_at_idx\` ON \`articles\` (\`due_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_assigned_to_idx\` ON \`_articles_v\` (\`version_assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_due_at_idx\` ON \`_articles_v\` (\`version_due_at\`);`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`authors_assigned_to_idx\` ON \`authors\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_due_at_idx\` ON \`authors\` (\`due_at\`);`)
  await db.run(sql`ALTER TABLE \`_authors_v\` ADD \`version_assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_authors_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_assigned_to_idx\` ON \`_authors_v\` (\`version_assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_due_at_idx\` ON \`_authors_v\` (\`version_due_at\`);`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`countries_assigned_to_idx\` ON \`countries\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_due_at_idx\` ON \`countries\` (\`due_at\`);`)
  await db.run(sql`ALTER TABLE \`_countries_v\` ADD \`version_assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_countries_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_assigned_to_idx\` ON \`_countries_v\` (\`version_assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_countries_v_version_version_due_at_idx\` ON \`_countries_v\` (\`version_due_at\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`organizations_assigned_to_idx\` ON \`organizations\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_due_at_idx\` ON \`organizations\` (\`due_at\`);`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_assigned_to_idx\` ON \`_organizations_v\` (\`version_assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_due_at_idx\` ON \`_organizations_v\` (\`version_due_at\`);`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`indicators_assigned_to_idx\` ON \`indicators\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_due_at_idx\` ON \`indicators\` (\`due_at\`);`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_assigned_to_idx\` ON \`_indicators_v\` (\`version_assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_due_at_idx\` ON \`_indicators_v\` (\`version_due_at\`);`)
  await db.run(sql`ALTER TABLE \`observations\` ADD \`assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`observations\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`observations_assigned_to_idx\` ON \`observations\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_due_at_idx\` ON \`observations\` (\`due_at\`);`)
  await db.run(sql`ALTER TABLE \`_observations_v\` ADD \`version_assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_observations_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_assigned_to_idx\` ON \`_observations_v\` (\`version_assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_due_at_idx\` ON \`_observations_v\` (\`version_due_at\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`due_at\` text;`)
  await db.run(sql`CREATE INDEX \`events_assigned_to_idx\` ON \`events\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`events_due_at_idx\` ON \`events\` (\`due_at\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_assigned_to_idx\` ON \`_events_v\` (\`version_assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_due_at_idx\` ON \`_events_v\` (\`version_due_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_delivery\` text DEFAULT 'immediately';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_submitted\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_assigned\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_changes_requested\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_approved\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_published\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_mention\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_preferences_overdue\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_comments_id\` integer REFERENCES review_comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notifications_id\` integer REFERENCES notifications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`review_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`review_comments\`;`)
  await db.run(sql`DROP TABLE \`review_comments_rels\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_status_idx\` ON \`articles\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_by_idx\` ON \`articles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
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
  	\`mirror_indicator_id\` integer,
  	\`description\` text,
  	\`methodology\` text,
  	\`default_source_name\` text,
  	\`default_source_url\` text,
  	\`anomaly_thresholds_change_percent\` numeric DEFAULT 300,
  	\`anomaly_thresholds_mirror_gap_percent\` numeric DEFAULT 50,
  	\`anomaly_thresholds_min\` numeric,
  	\`anomaly_thresholds_max\` numeric,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`scheduled_publish_at\` text,
  	\`change_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`mirror_indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_indicators\`("id", "name", "slug", "unit", "scale", "decimals", "category", "kind", "mirror_indicator_id", "description", "methodology", "default_source_name", "default_source_url", "anomaly_thresholds_change_percent", "anomaly_thresholds_mirror_gap_percent", "anomaly_thresholds_min", "anomaly_thresholds_max", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "unit", "scale", "decimals", "category", "kind", "mirror_indicator_id", "description", "methodology", "default_source_name", "default_source_url", "anomaly_thresholds_change_percent", "anomaly_thresholds_mirror_gap_percent", "anomaly_thresholds_min", "anomaly_thresholds_max", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`indicators\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`ALTER TABLE \`__new_indicators\` RENAME TO \`indicators\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indicators_mirror_indicator_idx\` ON \`indicators\` (\`mirror_indicator_id\`);`)
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
  	\`version_mirror_indicator_id\` integer,
  	\`version_description\` text,
  	\`version_methodology\` text,
  	\`version_default_source_name\` text,
  	\`version_default_source_url\` text,
  	\`version_anomaly_thresholds_change_percent\` numeric DEFAULT 300,
  	\`version_anomaly_thresholds_mirror_gap_percent\` numeric DEFAULT 50,
  	\`version_anomaly_thresholds_min\` numeric,
  	\`version_anomaly_thresholds_max\` numeric,
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
  	FOREIGN KEY (\`version_mirror_indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__indicators_v\`("id", "parent_id", "version_name", "version_slug", "version_unit", "version_scale", "version_decimals", "version_category", "version_kind", "version_mirror_indicator_id", "version_description", "version_methodology", "version_default_source_name", "version_default_source_url", "version_anomaly_thresholds_change_percent", "version_anomaly_thresholds_mirror_gap_percent", "version_anomaly_thresholds_min", "version_anomaly_thresholds_max", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_unit", "version_scale", "version_decimals", "version_category", "version_kind", "version_mirror_indicator_id", "version_description", "version_methodology", "version_default_source_name", "version_default_source_url", "version_anomaly_thresholds_change_percent", "version_anomaly_thresholds_mirror_gap_percent", "version_anomaly_thresholds_min", "version_anomaly_thresholds_max", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_indicators_v\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__indicators_v\` RENAME TO \`_indicators_v\`;`)
  await db.run(sql`CREATE INDEX \`_indicators_v_parent_idx\` ON \`_indicators_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_slug_idx\` ON \`_indicators_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_mirror_indicator_idx\` ON \`_indicators_v\` (\`version_mirror_indicator_id\`);`)
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
  	\`change_reason\` text,
  	\`title\` text,
  	\`period_text\` text,
  	\`series_key\` text,
  	\`anomaly_is_flagged\` integer DEFAULT false,
  	\`anomaly_score\` numeric DEFAULT 0,
  	\`anomaly_flags\` text,
  	\`submission\` text,
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
  await db.run(sql`INSERT INTO \`__new_observations\`("id", "indicator_id", "country_id", "partner_id", "subject", "period_kind", "period_year", "period_start", "period_end", "period_label", "value", "value_max", "unit", "qualifier", "qualifier_note", "source_article_id", "source_footnote", "source_url", "source_accessed", "source_publisher", "note", "change_reason", "title", "period_text", "series_key", "anomaly_is_flagged", "anomaly_score", "anomaly_flags", "submission", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status") SELECT "id", "indicator_id", "country_id", "partner_id", "subject", "period_kind", "period_year", "period_start", "period_end", "period_label", "value", "value_max", "unit", "qualifier", "qualifier_note", "source_article_id", "source_footnote", "source_url", "source_accessed", "source_publisher", "note", "change_reason", "title", "period_text", "series_key", "anomaly_is_flagged", "anomaly_score", "anomaly_flags", "submission", "workflow_status", "review_comment", "submitted_by_id", "submitted_at", "scheduled_publish_at", "change_authors", "updated_at", "created_at", "_status" FROM \`observations\`;`)
  await db.run(sql`DROP TABLE \`observations\`;`)
  await db.run(sql`ALTER TABLE \`__new_observations\` RENAME TO \`observations\`;`)
  await db.run(sql`CREATE INDEX \`observations_indicator_idx\` ON \`observations\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_country_idx\` ON \`observations\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_partner_idx\` ON \`observations\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`observations_period_period_start_idx\` ON \`observations\` (\`period_start\`);`)
  await db.run(sql`CREATE INDEX \`observations_period_period_end_idx\` ON \`observations\` (\`period_end\`);`)
  await db.run(sql`CREATE INDEX \`observations_source_source_article_idx\` ON \`observations\` (\`source_article_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`observations_series_key_idx\` ON \`observations\` (\`series_key\`);`)
  await db.run(sql`CREATE INDEX \`observations_anomaly_anomaly_is_flagged_idx\` ON \`observations\` (\`anomaly_is_flagged\`);`)
  await db.run(sql`CREATE INDEX \`observations_submission_idx\` ON \`observations\` (\`submission\`);`)
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
  	\`version_change_reason\` text,
  	\`version_title\` text,
  	\`version_period_text\` text,
  	\`version_series_key\` text,
  	\`version_anomaly_is_flagged\` integer DEFAULT false,
  	\`version_anomaly_score\` numeric DEFAULT 0,
  	\`version_anomaly_flags\` text,
  	\`version_submission\` text,
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
  await db.run(sql`INSERT INTO \`__new__observations_v\`("id", "parent_id", "version_indicator_id", "version_country_id", "version_partner_id", "version_subject", "version_period_kind", "version_period_year", "version_period_start", "version_period_end", "version_period_label", "version_value", "version_value_max", "version_unit", "version_qualifier", "version_qualifier_note", "version_source_article_id", "version_source_footnote", "version_source_url", "version_source_accessed", "version_source_publisher", "version_note", "version_change_reason", "version_title", "version_period_text", "version_series_key", "version_anomaly_is_flagged", "version_anomaly_score", "version_anomaly_flags", "version_submission", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_indicator_id", "version_country_id", "version_partner_id", "version_subject", "version_period_kind", "version_period_year", "version_period_start", "version_period_end", "version_period_label", "version_value", "version_value_max", "version_unit", "version_qualifier", "version_qualifier_note", "version_source_article_id", "version_source_footnote", "version_source_url", "version_source_accessed", "version_source_publisher", "version_note", "version_change_reason", "version_title", "version_period_text", "version_series_key", "version_anomaly_is_flagged", "version_anomaly_score", "version_anomaly_flags", "version_submission", "version_workflow_status", "version_review_comment", "version_submitted_by_id", "version_submitted_at", "version_scheduled_publish_at", "version_change_authors", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_observations_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_observations_v_version_anomaly_version_anomaly_is_flagg_idx\` ON \`_observations_v\` (\`version_anomaly_is_flagged\`);`)
  await db.run(sql`CREATE INDEX \`_observations_v_version_version_submission_idx\` ON \`_observations_v\` (\`version_submission\`);`)
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
  	\`figure_revisions_id\` integer,
  	\`stale_quotes_id\` integer,
  	\`follows_id\` integer,
  	\`saved_comparisons_id\` integer,
  	\`change_digests_id\` integer,
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
  	FOREIGN KEY (\`figure_revisions_id\`) REFERENCES \`figure_revisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stale_quotes_id\`) REFERENCES \`stale_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follows_id\`) REFERENCES \`follows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`saved_comparisons_id\`) REFERENCES \`saved_comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`change_digests_id\`) REFERENCES \`change_digests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "authors_id", "countries_id", "organizations_id", "indicators_id", "observations_id", "events_id", "media_id", "users_id", "workflow_events_id", "figure_revisions_id", "stale_quotes_id", "follows_id", "saved_comparisons_id", "change_digests_id") SELECT "id", "order", "parent_id", "path", "articles_id", "authors_id", "countries_id", "organizations_id", "indicators_id", "observations_id", "events_id", "media_id", "users_id", "workflow_events_id", "figure_revisions_id", "stale_quotes_id", "follows_id", "saved_comparisons_id", "change_digests_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_figure_revisions_id_idx\` ON \`payload_locked_documents_rels\` (\`figure_revisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stale_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`stale_quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follows_id_idx\` ON \`payload_locked_documents_rels\` (\`follows_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_saved_comparisons_id_idx\` ON \`payload_locked_documents_rels\` (\`saved_comparisons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_change_digests_id_idx\` ON \`payload_locked_documents_rels\` (\`change_digests_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_delivery\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_submitted\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_assigned\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_approved\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_published\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_mention\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_overdue\`;`)
}
