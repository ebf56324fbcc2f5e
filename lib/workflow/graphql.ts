import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { EditorialCollection, WorkflowAction } from './states'

import { assignDocument } from './assignment'
import { reviewBatch } from './batch'
import { EDITORIAL_COLLECTIONS, WORKFLOW_ACTIONS, WORKFLOW_STATUSES } from './states'
import { transitionDocument } from './transitions'

type TransitionArgs = {
  action: WorkflowAction
  assignTo?: null | string
  collection: EditorialCollection
  comment?: null | string
  dueAt?: null | string
  id: string
  publishAt?: null | string
  reason?: null | string
}

/**
 * `mutation { workflowTransition(collection: articles, id: "1", action: submit) { from to } }`: the
 * GraphQL face of lib/workflow/transitions.ts, with the same checks as REST and the Local API.
 */
export const workflowMutations: GraphQLExtension = (graphQL) => {
  const enumOf = (name: string, values: readonly string[]) =>
    new graphQL.GraphQLEnumType({ name, values: Object.fromEntries(values.map((value) => [value, { value }])) })
  const status = enumOf('WorkflowStatus', WORKFLOW_STATUSES)
  const collectionEnum = enumOf('WorkflowCollection', EDITORIAL_COLLECTIONS)
  const result = new graphQL.GraphQLObjectType({
    fields: {
      collection: { type: graphQL.GraphQLString },
      from: { type: status },
      id: { type: graphQL.GraphQLString },
      scheduledFor: { type: graphQL.GraphQLString },
      to: { type: status },
    },
    name: 'WorkflowTransitionResult',
  })
  const { GraphQLList, GraphQLNonNull, GraphQLString } = graphQL
  return {
    // The GraphQL face of lib/workflow/assignment.ts: an argument left out keeps what the change has.
    workflowAssign: {
      args: {
        assignTo: { type: GraphQLString },
        collection: { type: new GraphQLNonNull(collectionEnum) },
        dueAt: { type: GraphQLString },
        id: { type: new GraphQLNonNull(GraphQLString) },
      },
      resolve: async (
        _root: unknown,
        args: { assignTo?: null | string; collection: EditorialCollection; dueAt?: null | string; id: string },
        context: { req: PayloadRequest },
      ) => {
        const result = await assignDocument({
          ...args,
          assignTo: args.assignTo === '' ? null : args.assignTo,
          payload: context.req.payload,
          req: context.req,
          user: context.req.user,
        })
        return { ...result, assignedTo: result.assignedTo === null ? null : String(result.assignedTo) }
      },
      type: new graphQL.GraphQLObjectType({
        fields: {
          assignedTo: { type: GraphQLString },
          collection: { type: GraphQLString },
          dueAt: { type: GraphQLString },
          id: { type: GraphQLString },
        },
        name: 'WorkflowAssignmentResult',
      }),
    },
    // The GraphQL face of lib/workflow/batch.ts: all items checked first, nothing changed if one is refused.
    workflowBatch: {
      args: {
        approve: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
        collection: { type: new GraphQLNonNull(collectionEnum) },
        publishAt: { type: GraphQLString },
        requestChanges: {
          type: new GraphQLList(
            new GraphQLNonNull(
              new graphQL.GraphQLInputObjectType({
                fields: {
                  comment: { type: new GraphQLNonNull(GraphQLString) },
                  id: { type: new GraphQLNonNull(GraphQLString) },
                },
                name: 'WorkflowBatchChangeRequest',
              }),
            ),
          ),
        },
      },
      resolve: async (
        _root: unknown,
        {
          collection,
          ...input
        }: {
          approve?: string[]
          collection: EditorialCollection
          publishAt?: string
          requestChanges?: { comment: string; id: string }[]
        },
        context: { req: PayloadRequest },
      ) => reviewBatch({ collection, input, payload: context.req.payload, req: context.req, user: context.req.user }),
      type: new graphQL.GraphQLObjectType({
        fields: {
          approved: { type: new GraphQLList(result) },
          sentBack: { type: new GraphQLList(result) },
        },
        name: 'WorkflowBatchResult',
      }),
    },
    workflowTransition: {
      args: {
        action: { type: new graphQL.GraphQLNonNull(enumOf('WorkflowAction', WORKFLOW_ACTIONS)) },
        // With submit: the reviewer (null: the desk) and due date, as in lib/workflow/assignment.ts.
        assignTo: { type: graphQL.GraphQLString },
        collection: { type: new graphQL.GraphQLNonNull(collectionEnum) },
        comment: { type: graphQL.GraphQLString },
        dueAt: { type: graphQL.GraphQLString },
        id: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLString) },
        publishAt: { type: graphQL.GraphQLString },
        reason: { type: graphQL.GraphQLString },
      },
      resolve: async (_root: unknown, { assignTo, dueAt, ...args }: TransitionArgs, context: { req: PayloadRequest }) =>
        transitionDocument({
          ...args,
          ...(args.action === 'submit' ? { assignTo: assignTo === '' ? null : assignTo, dueAt } : {}),
          payload: context.req.payload,
          req: context.req,
          user: context.req.user,
        }),
      type: result,
    },
  }
}
