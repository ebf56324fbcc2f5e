import type { WorkflowAction } from '@/lib/workflow/states'

type ErrorBody = null | { errors?: { message: string }[] }

/**
 * Asks the server to move a document through the workflow (`POST /api/<collection>/<id>/workflow/<action>`)
 * and returns the server's own explanation when it refuses, or `null` when the move was made.
 */
export const requestTransition = async ({
  action,
  body = {},
  collection,
  id,
}: {
  action: WorkflowAction
  body?: {
    assignTo?: null | number | string
    comment?: string
    dueAt?: null | string
    publishAt?: null | string
    reason?: string
  }
  collection: string
  id: number | string
}): Promise<null | string> => {
  const response = await fetch(`/api/${collection}/${id}/workflow/${action}`, {
    body: JSON.stringify(body),
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  if (response.ok) {
    return null
  }
  const answer = (await response.json().catch(() => null)) as ErrorBody
  return answer?.errors?.[0]?.message ?? `The server answered ${response.status}.`
}
