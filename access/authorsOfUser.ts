import type { PayloadRequest } from 'payload'

/** IDs of the author records linked to the signed-in user (an analyst's byline). */
export const authorIdsOfUser = async (req: PayloadRequest): Promise<(number | string)[]> => {
  if (!req.user) {
    return []
  }
  const { docs } = await req.payload.find({
    collection: 'authors',
    depth: 0,
    draft: false,
    limit: 20,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { user: { equals: req.user.id } },
  })
  return docs.map((author) => author.id)
}

/** The author IDs an article's data names, whether populated or not. */
export const authorIdsIn = (authors: unknown): string[] =>
  (Array.isArray(authors) ? authors : []).map((author) =>
    String(author && typeof author === 'object' ? (author as { id: unknown }).id : author),
  )
