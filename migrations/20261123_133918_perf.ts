import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`indicator_country_idx\` ON \`observations\` (\`indicator_id\`,\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`version_indicator_version_country_idx\` ON \`_observations_v\` (\`version_indicator_id\`,\`version_country_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`indicator_country_idx\`;`)
  await db.run(sql`DROP INDEX \`version_indicator_version_country_idx\`;`)
}
