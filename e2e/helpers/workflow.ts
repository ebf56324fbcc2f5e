import type { APIRequestContext } from '@playwright/test'

import { expect } from '@playwright/test'

type Doc = { id: number; slug?: string } & Record<string, unknown>

/** Publishes a saved draft through the workflow, as `publisher`; fails the test with the server's reason. */
export const publishThroughWorkflow = async (publisher: APIRequestContext, collection: string, id: number | string) => {
  const response = await publisher.post(`/api/${collection}/${id}/workflow/publish`)
  expect(response.ok(), await response.text()).toBe(true)
}

/**
 * Puts a new document live as the newsroom does: `author` saves it as a draft and `publisher`,
 * another person (four eyes), publishes it through the workflow.
 */
export const createPublished = async ({
  author,
  collection,
  data,
  publisher,
}: {
  author: APIRequestContext
  collection: string
  data: Record<string, unknown>
  publisher: APIRequestContext
}): Promise<Doc> => {
  const created = await author.post(`/api/${collection}?draft=true`, { data })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc } = (await created.json()) as { doc: Doc }
  await publishThroughWorkflow(publisher, collection, doc.id)
  return doc
}

/** Changes a published document: `author` saves a draft of the change and `publisher` publishes it. */
export const changePublished = async ({
  author,
  collection,
  data,
  id,
  publisher,
}: {
  author: APIRequestContext
  collection: string
  data: Record<string, unknown>
  id: number | string
  publisher: APIRequestContext
}) => {
  const saved = await author.patch(`/api/${collection}/${id}?draft=true`, { data })
  expect(saved.ok(), await saved.text()).toBe(true)
  await publishThroughWorkflow(publisher, collection, id)
}
