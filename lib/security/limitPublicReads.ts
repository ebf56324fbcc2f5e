import type { ASTVisitor, FragmentDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql'
import type { CollectionBeforeOperationHook, Config, PayloadRequest, Plugin } from 'payload'

import { GraphQLError, Kind } from 'graphql'

import { hasRole } from '@/access/roles'

/**
 * What a REST or GraphQL read by anyone who is not staff may ask for. The reader site reads through
 * the Local API and staff through the admin, so neither is limited; see README "Security model".
 */
export const PUBLIC_READ_LIMITS = {
  /** Relationship levels populated (`depth`); Payload's own default is 2. */
  maxDepth: 2,
  /** Documents per page (`limit`); `limit=0` and `pagination=false` get this many too. */
  maxLimit: 100,
  /** Levels of nested selections in one GraphQL query. */
  maxGraphQLDepth: 8,
} as const

const isStaff = (req: Pick<PayloadRequest, 'user'>) => hasRole(req.user, 'admin', 'editor', 'analyst')

/**
 * Caps `limit`, `pagination` and `depth` of the reads someone who is not staff sends over REST or
 * GraphQL. Only the operation the request asked for is capped: reads that Payload or our hooks
 * make for it (relationship population passes `currentDepth`, hooks read with `overrideAccess`)
 * keep their own arguments.
 */
export const capPublicReads: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  const read = args as { currentDepth?: number; depth?: unknown; id?: unknown; limit?: unknown }
  const isRequestedRead = (operation === 'read' || operation === 'readDistinct') && read.currentDepth === undefined
  if (!isRequestedRead || req.payloadAPI === 'local' || overrideAccess === true || isStaff(req)) {
    return args
  }
  const depth = Number(read.depth)
  const capped = {
    ...args,
    depth: Number.isFinite(depth) ? Math.min(Math.max(0, depth), PUBLIC_READ_LIMITS.maxDepth) : read.depth,
  }
  if ('id' in read) {
    return capped
  }
  const limit = Number(read.limit)
  return {
    ...capped,
    limit:
      read.limit === undefined || read.limit === null
        ? read.limit
        : Number.isFinite(limit) && limit > 0
          ? Math.min(limit, PUBLIC_READ_LIMITS.maxLimit)
          : PUBLIC_READ_LIMITS.maxLimit,
    pagination: true,
  }
}

const selectionDepth = (
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number => {
  let deepest = 0
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) {
        deepest = Math.max(
          deepest,
          selection.selectionSet ? 1 + selectionDepth(selection.selectionSet, fragments, seen) : 1,
        )
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, seen))
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (fragment && !seen.has(name)) {
        deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, new Set([...seen, name])))
      }
    }
  }
  return deepest
}

/** A GraphQL validation rule refusing queries nested deeper than `maxDepth` levels. */
export const maxQueryDepth =
  (maxDepth: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter(
          (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
        )
        .map((fragment) => [fragment.name.value, fragment]),
    )
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments, new Set())
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The query nests ${depth} levels deep; queries without a staff sign-in may nest at most ${maxDepth}.`,
              { nodes: [operation] },
            ),
          )
        }
      },
    }
  }

/** Adds `capPublicReads` to every collection and the query-depth rule for GraphQL requests by non-staff. */
export const limitPublicReads =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [capPublicReads, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => [
        ...(config.graphQL?.validationRules?.(args) ?? []),
        ...(isStaff((args.contextValue as { req?: PayloadRequest } | undefined)?.req ?? { user: null })
          ? []
          : [maxQueryDepth(PUBLIC_READ_LIMITS.maxGraphQLDepth)]),
      ],
    },
  })
