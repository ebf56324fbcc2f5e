import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`indicator__status_country_idx\` ON \`observations\` (\`indicator_id\`,\`_status\`,\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator__status_period_end_idx\` ON \`observations\` (\`indicator_id\`,\`_status\`,\`period_end\`);`)
  await db.run(sql`CREATE INDEX \`version_indicator_version__status_version_country_idx\` ON \`_observations_v\` (\`version_indicator_id\`,\`version__status\`,\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`version_indicator_version__status_version_period_end_idx\` ON \`_observations_v\` (\`version_indicator_id\`,\`version__status\`,\`version_period_end\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`indicator__status_country_idx\`;`)
  await db.run(sql`DROP INDEX \`indicator__status_period_end_idx\`;`)
  await db.run(sql`DROP INDEX \`version_indicator_version__status_version_country_idx\`;`)
  await db.run(sql`DROP INDEX \`version_indicator_version__status_version_period_end_idx\`;`)
}
