import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`observations\` ADD \`change_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` ADD \`version_change_reason\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`observations\` DROP COLUMN \`change_reason\`;`)
  await db.run(sql`ALTER TABLE \`_observations_v\` DROP COLUMN \`version_change_reason\`;`)
}
