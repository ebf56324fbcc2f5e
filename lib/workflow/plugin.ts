import type { CollectionConfig, Config, Plugin } from 'payload'

import { adminOrCron } from '@/access/adminOrCron'
import { editorialAccess } from '@/access/editorial'

import { reviewersEndpoint, workflowEndpoints } from './endpoints'
import { editorialVersions, workflowFields, workflowPanelField } from './fields'
import { isFourEyesRequired } from './fourEyes'
import { workflowMutations } from './graphql'
import { guardLiveWrites } from './guardLiveWrites'
import { cancelScheduledPublication } from './hooks/cancelScheduledPublication'
import { keepEditsAsDrafts } from './hooks/keepEditsAsDrafts'
import { recordAssignment } from './hooks/recordAssignment'
import { recordWorkflowTransition } from './hooks/recordWorkflowTransition'
import { syncWorkflowFields } from './hooks/syncWorkflowFields'
import { ensureMediaVisibility } from './mediaVisibility'
import { restoreAsDraftEndpoint } from './restoreAsDraft'
import { publishApprovedTask } from './scheduledPublication'
import { EDITORIAL_COLLECTIONS, isEditorialCollection } from './states'
import { trackShownMedia } from './trackShownMedia'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * What makes a collection editorial: drafts and versions, the review status and its panel, staff
 * writing drafts and publishing only through transitions, the transition and restore endpoints,
 * and the hooks that keep edits as drafts, own the workflow fields and write the audit trail.
 * A collection's own access rules (articles: bylines) and hooks are kept and run alongside.
 */
const withWorkflow = (collection: CollectionConfig): CollectionConfig => {
  const hooks: Hooks = collection.hooks ?? {}
  return {
    ...collection,
    access: collection.access ?? editorialAccess,
    endpoints: [...(collection.endpoints || []), ...workflowEndpoints, restoreAsDraftEndpoint],
    fields: [workflowPanelField, ...collection.fields, ...workflowFields],
    hooks: {
      ...hooks,
      afterChange: [
        recordWorkflowTransition,
        recordAssignment,
        cancelScheduledPublication,
        ...(hooks.afterChange ?? []),
      ],
      // Runs last, so the collection's own hooks cannot set the workflow fields behind its back.
      beforeChange: [...(hooks.beforeChange ?? []), syncWorkflowFields],
      beforeOperation: [keepEditsAsDrafts, ...(hooks.beforeOperation ?? [])],
    },
    versions: editorialVersions,
  }
}

/**
 * The editorial workflow, in one place: applied to every collection in EDITORIAL_COLLECTIONS, with
 * the database guard that holds its rule whatever path a write takes, the scheduled publication
 * task, the GraphQL transition mutation, the review screens and the media-visibility bookkeeping.
 */
export const editorialWorkflow =
  (): Plugin =>
  (incoming: Config): Config => {
    const known = new Set((incoming.collections ?? []).map((collection) => collection.slug))
    const missing = EDITORIAL_COLLECTIONS.filter((slug) => !known.has(slug))
    if (missing.length > 0) {
      throw new Error(`editorialWorkflow: no collection named ${missing.join(', ')}.`)
    }
    const config: Config = {
      ...incoming,
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          views: {
            ...incoming.admin?.components?.views,
            // /admin opens on the desk; Payload's grid of collections moves to /admin/all-collections
            // (Payload answers /admin/collections itself with a 404, custom view or not).
            allCollections: {
              Component: '/components/admin/desk/AllCollectionsView#AllCollectionsView',
              exact: true,
              path: '/all-collections',
            },
            dashboard: { Component: '/components/admin/desk/DeskView#DeskView' },
            review: {
              Component: '/components/admin/review/ReviewQueueView#ReviewQueueView',
              exact: true,
              path: '/review',
            },
            reviewItem: {
              Component: '/components/admin/review/ReviewItemView#ReviewItemView',
              path: '/review/:collection/:id',
            },
            reviewSubmission: {
              Component: '/components/admin/review/SubmissionReviewView#SubmissionReviewView',
              path: '/review-batch/:submission',
            },
          },
        },
      },
      collections: (incoming.collections ?? []).map((collection) =>
        isEditorialCollection(collection.slug) ? withWorkflow(collection) : collection,
      ),
      db: guardLiveWrites(incoming.db),
      endpoints: [...(incoming.endpoints ?? []), reviewersEndpoint],
      graphQL: {
        ...incoming.graphQL,
        mutations: (graphQL, context) => ({
          ...incoming.graphQL?.mutations?.(graphQL, context),
          ...workflowMutations(graphQL, context),
        }),
      },
      jobs: {
        ...incoming.jobs,
        access: { cancel: adminOrCron, queue: adminOrCron, run: adminOrCron, ...incoming.jobs?.access },
        tasks: [...(incoming.jobs?.tasks ?? []), publishApprovedTask],
      },
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        isFourEyesRequired()
        await ensureMediaVisibility(payload)
      },
    }
    return trackShownMedia()(config) as Config
  }
