import { buildConfig } from 'payload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

import { Articles } from '@/collections/Articles'
import { Authors } from '@/collections/Authors'
import { Countries } from '@/collections/Countries'
import { Events } from '@/collections/Events'
import { Indicators } from '@/collections/Indicators'
import { Media } from '@/collections/Media'
import { Observations } from '@/collections/Observations'
import { Organizations } from '@/collections/Organizations'
import { Users } from '@/collections/Users'
import { databaseAdapter, isMongoUri, resolveDatabaseUri } from '@/lib/database'
import { articleImportEndpoints } from '@/lib/import/article/endpoints'
import { observationImportEndpoints } from '@/lib/import/observations/endpoints'
import { importObservationsTask } from '@/lib/import/observations/job'
import { requireSecretInProduction } from '@/lib/secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    avatar: 'default',
    components: {
      graphics: {
        Icon: '/components/admin/Icon#Icon',
        Logo: '/components/admin/Logo#Logo',
      },
      views: {
        importArticle: {
          Component: '/components/admin/import/ArticleImportView#ArticleImportView',
          path: '/import/article',
        },
        importObservations: {
          Component: '/components/admin/import/ObservationImportView#ObservationImportView',
          path: '/import/observations',
        },
      },
    },
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Crossroads admin' },
    user: Users.slug,
  },
  collections: [Articles, Authors, Countries, Organizations, Indicators, Observations, Events, Media, Users],
  db: databaseAdapter(),
  endpoints: [...observationImportEndpoints, ...articleImportEndpoints],
  jobs: { tasks: [importObservationsTask] },
  onInit: requireSecretInProduction,
  secret: process.env.PAYLOAD_SECRET || 'crossroads-development-secret-not-for-production',
  sharp,
  telemetry: false,
  typescript: {
    // The committed types describe SQLite's numeric IDs; a run on MongoDB would rewrite them with
    // string IDs, so only SQLite runs regenerate them on start-up.
    autoGenerate: !isMongoUri(resolveDatabaseUri()),
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
})
