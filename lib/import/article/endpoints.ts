import type { Endpoint, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { hasRole } from '@/access/roles'
import { ImportLimitError } from '@/lib/import/archiveLimits'
import { readFormWithin, readJsonWithin, RequestTooLargeError } from '@/lib/import/requestBody'
import { ImportRolledBackError } from '@/lib/import/rollback'

import type { DocumentFormat } from './parse'
import type { ArticleDraftRequest } from './server'

import { createArticleDraft, prepareArticleImport, readDocument } from './server'

const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

/** An uploaded or pasted document with its form fields; a larger request is refused unread. */
export const MAX_DOCUMENT_REQUEST_BYTES = MAX_DOCUMENT_BYTES + 1024 * 1024

/** A reviewed draft (title, body, notes, figures) sent back to be created. */
export const MAX_DRAFT_REQUEST_BYTES = 5 * 1024 * 1024

const staffUser = (req: PayloadRequest): null | User =>
  req.user && hasRole(req.user, 'admin', 'editor', 'analyst') ? (req.user as User) : null

const refuse = (message: string, status = 400) => Response.json({ error: message }, { status })

export type ParseResponse = Awaited<ReturnType<typeof prepareArticleImport>>

/** Reads an uploaded or pasted document into draft proposals, writing nothing. */
const parseEndpoint: Endpoint = {
  handler: async (req) => {
    const user = staffUser(req)
    if (!user) {
      return refuse('Sign in as staff to import articles.', 401)
    }
    let form: FormData
    try {
      form = await readFormWithin({ maxBytes: MAX_DOCUMENT_REQUEST_BYTES, req, what: 'document' })
    } catch (error) {
      if (error instanceof RequestTooLargeError) {
        return refuse(error.message, error.status)
      }
      return refuse('The upload could not be read; upload a DOCX, Markdown or plain-text file.')
    }
    const file = form.get('file')
    const format: DocumentFormat = form.get('format') === 'markdown' ? 'markdown' : 'text'
    let document
    try {
      if (file instanceof Blob && file.size > 0) {
        if (file.size > MAX_DOCUMENT_BYTES) {
          return refuse('The document is larger than 10 MB.')
        }
        const name = 'name' in file && typeof file.name === 'string' ? file.name : 'document.txt'
        document = await readDocument({ bytes: new Uint8Array(await file.arrayBuffer()), format, name })
      } else {
        document = await readDocument({ format, text: String(form.get('text') ?? '') })
      }
    } catch (error) {
      if (error instanceof ImportLimitError) {
        return refuse(error.message)
      }
      return refuse('The file could not be read; upload a DOCX, Markdown or plain-text file.')
    }
    if (!document.text.trim()) {
      return refuse('Upload a document or paste its text.')
    }
    const undo = String(form.get('undo') ?? '')
      .split(',')
      .filter((id) => /^[a-z]+:\d{1,7}$/.test(id))
      .slice(0, 10_000)
    const result = await prepareArticleImport({ ...document, payload: req.payload, undo, user })
    if (result.articles.length === 0) {
      return refuse('No article text was found in the document.')
    }
    return Response.json(result)
  },
  method: 'post',
  path: '/import/article/parse',
}

/** Creates one draft article (with new authors and ticked observations) from a reviewed proposal. */
const createEndpoint: Endpoint = {
  handler: async (req) => {
    const user = staffUser(req)
    if (!user) {
      return refuse('Sign in as staff to import articles.', 401)
    }
    let request: ArticleDraftRequest | undefined
    try {
      request = (await readJsonWithin({ maxBytes: MAX_DRAFT_REQUEST_BYTES, req, what: 'draft' })) as
        ArticleDraftRequest | undefined
    } catch (error) {
      if (error instanceof RequestTooLargeError) {
        return refuse(error.message, error.status)
      }
      throw error
    }
    if (!request?.title || request.title.trim().length < 5) {
      return refuse('Give the article a title of at least five characters.')
    }
    if (!request.dek?.trim()) {
      return refuse('Give the article a summary (dek).')
    }
    try {
      return Response.json(await createArticleDraft({ payload: req.payload, request, user }))
    } catch (error) {
      const failure = error instanceof ImportRolledBackError ? error.failure : error
      const data = (failure as { data?: { errors?: { message: string }[] } }).data
      const detail = data?.errors?.map((fieldError) => fieldError.message).join(' ') || (failure as Error).message
      if (error instanceof ImportRolledBackError && error.notUndone.length > 0) {
        return refuse(
          `The import failed: ${detail} ${error.message.slice((failure as Error).message.length).trim()}`,
          422,
        )
      }
      return refuse(`Nothing was created: ${detail}`, 422)
    }
  },
  method: 'post',
  path: '/import/article/create',
}

export const articleImportEndpoints: Endpoint[] = [parseEndpoint, createEndpoint]
