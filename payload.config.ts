import { buildConfig } from 'payload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

import { Articles } from '@/collections/Articles'
import { Authors } from '@/collections/Authors'
import { Countries } from '@/collections/Countries'
import { Events } from '@/collections/Events'
import { FigureRevisions } from '@/collections/FigureRevisions'
import { ChangeDigests } from '@/collections/ChangeDigests'
import { Follows } from '@/collections/Follows'
import { Indicators } from '@/collections/Indicators'
import { Media } from '@/collections/Media'
import { Notifications } from '@/collections/Notifications'
import { Observations } from '@/collections/Observations'
import { Organizations } from '@/collections/Organizations'
import { Places } from '@/collections/Places'
import { ReviewComments } from '@/collections/ReviewComments'
import { SavedComparisons } from '@/collections/SavedComparisons'
import { StaleQuotes } from '@/collections/StaleQuotes'
import { Users } from '@/collections/Users'
import { answerFailedSignInsAlike } from '@/collections/Users/hooks/answerFailedSignInsAlike'
import { WorkflowEvents } from '@/collections/WorkflowEvents'
import { SiteSettings } from '@/globals/SiteSettings'
import { revalidateOnPublish } from '@/lib/cache/revalidateOnPublish'
import { databaseAdapter, isMongoUri, resolveDatabaseUri } from '@/lib/database'
import { emailAdapterFromEnv } from '@/lib/email'
import { backfillSearchNames } from '@/lib/search/backfillSearchNames'
import { backfillFigureRevisions } from '@/lib/figureRevisions/backfill'
import { forgotPasswordViewWhenMailIsOff, resetMailAdminDependencies } from '@/lib/email/adminViews'
import { articleImportEndpoints } from '@/lib/import/article/endpoints'
import { observationImportEndpoints } from '@/lib/import/observations/endpoints'
import { CHANGE_DIGESTS_SCHEDULE, SEND_CHANGE_DIGESTS_TASK, sendChangeDigestsTask } from '@/lib/changeDigest/send'
import { queueNextRun } from '@/lib/jobs/recurring'
import { importObservationsTask } from '@/lib/import/observations/job'
import { NOTIFICATION_DIGESTS_SCHEDULE, SEND_DIGESTS_TASK, sendDigestsTask } from '@/lib/notifications/digest'
import { NOTIFY_OVERDUE_TASK, notifyOverdueTask, OVERDUE_SCHEDULE } from '@/lib/notifications/overdue'
import { findOverdueItems } from '@/lib/workflow/assignment'
import { checkStartUpSettings, payloadSecret } from '@/lib/secret'
import { limitPublicReads } from '@/lib/security/limitPublicReads'
import { limitUploads } from '@/lib/security/limitUploads'
import { publicOrigin, trustedOrigins } from '@/lib/siteUrl'
import { keepSqliteStatistics } from '@/lib/sqliteStatistics'
import { editorialWorkflow } from '@/lib/workflow/plugin'
import { EDITORIAL_COLLECTIONS } from '@/lib/workflow/states'
import { holdsJobsQueue } from '@/server/productionServer.mjs'
import { readSetting } from '@/server/settings.mjs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    avatar: 'default',
    components: {
      actions: ['/components/admin/notifications/NotificationsLink#NotificationsLink'],
      afterLogin: ['/components/admin/SsoSignInLink#SsoSignInLink'],
      graphics: {
        Icon: '/components/admin/Icon#Icon',
        Logo: '/components/admin/Logo#Logo',
      },
      views: {
        ...forgotPasswordViewWhenMailIsOff(),
        importArticle: {
          Component: '/components/admin/import/ArticleImportView#ArticleImportView',
          path: '/import/article',
        },
        notifications: {
          Component: '/components/admin/notifications/NotificationsView#NotificationsView',
          exact: true,
          path: '/notifications',
        },
        importObservations: {
          Component: '/components/admin/import/ObservationImportView#ObservationImportView',
          path: '/import/observations',
        },
      },
    },
    dependencies: resetMailAdminDependencies,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Crossroads admin' },
    user: Users.slug,
  },
  collections: [
    Articles,
    Authors,
    Countries,
    Organizations,
    Places,
    Indicators,
    Observations,
    Events,
    Media,
    Users,
    WorkflowEvents,
    ReviewComments,
    FigureRevisions,
    StaleQuotes,
    Follows,
    SavedComparisons,
    ChangeDigests,
    Notifications,
  ],
  // The public address (SITE_URL): links in mail point there, and Payload accepts its cookie only
  // from pages there (a request without Origin must then say Sec-Fetch-Site: same-origin).
  csrf: trustedOrigins(),
  db: databaseAdapter(),
  email: emailAdapterFromEnv(),
  endpoints: [...observationImportEndpoints, ...articleImportEndpoints],
  globals: [SiteSettings],
  hooks: { afterError: [answerFailedSignInsAlike] },
  // Scheduled publications wait in the jobs queue; a long-running production server works it off
  // every minute. Tests and scripts run the queue themselves (payload.jobs.run).
  // A refused sign-in (wrong password, locked account, too many failures) is expected traffic, not a
  // server fault: one line, no stack. Payload's type
  // lists only its own error names; the levels are looked up by any error's name.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info', TooManySignInFailures: 'info' } as Record<
    string,
    'info'
  >,
  jobs: {
    autoRun: [{ allQueues: true, cron: readSetting('JOBS_AUTORUN_CRON') }],
    // With REDIS_URL only the server holding the jobs lease runs it, so a publication happens once.
    shouldAutoRun: async () =>
      process.env.NODE_ENV === 'production' && readSetting('JOBS_AUTORUN') && (await holdsJobsQueue()),
    tasks: [importObservationsTask, sendChangeDigestsTask, sendDigestsTask, notifyOverdueTask(findOverdueItems)],
  },
  onInit: async (payload) => {
    checkStartUpSettings(payload)
    await backfillFigureRevisions(payload)
    await backfillSearchNames(payload)
    // The recurring jobs: each run queues the next (lib/jobs/recurring.ts).
    await queueNextRun(payload, SEND_CHANGE_DIGESTS_TASK, CHANGE_DIGESTS_SCHEDULE)
    await queueNextRun(payload, SEND_DIGESTS_TASK, NOTIFICATION_DIGESTS_SCHEDULE)
    await queueNextRun(payload, NOTIFY_OVERDUE_TASK, OVERDUE_SCHEDULE)
  },
  plugins: [
    editorialWorkflow(),
    revalidateOnPublish({ collections: [...EDITORIAL_COLLECTIONS, 'media'] }),
    keepSqliteStatistics(),
    limitPublicReads(),
    limitUploads(),
  ],
  secret: payloadSecret(),
  serverURL: publicOrigin() ?? '',
  sharp,
  telemetry: false,
  typescript: {
    // The committed types describe SQLite's numeric IDs; a run on MongoDB would rewrite them with
    // string IDs, so only SQLite runs regenerate them on start-up.
    autoGenerate: !isMongoUri(resolveDatabaseUri()),
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
})
