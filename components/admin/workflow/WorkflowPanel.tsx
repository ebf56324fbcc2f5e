'use client'

import { useDocumentInfo, useForm, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

const LABELS: Record<string, string> = {
  approved: 'Approved, waiting to be published',
  changes_requested: 'Changes requested',
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
}

/**
 * Sidebar panel of every editorial edit view: the review status, the editor's comment when changes
 * were requested, and "Submit for review" for the saved draft.
 */
export const WorkflowPanel = () => {
  const router = useRouter()
  const { collectionSlug, id } = useDocumentInfo()
  const isModified = useFormModified()
  const { submit: saveForm } = useForm()
  const status = useFormFields(([fields]) => fields.workflowStatus?.value as string | undefined) ?? 'draft'
  const comment = useFormFields(([fields]) => fields.reviewComment?.value as null | string | undefined)
  const [error, setError] = useState<null | string>(null)
  const [isBusy, setIsBusy] = useState(false)

  if (!id) {
    return null
  }
  // Unsaved edits to a published or approved document start a new change, which can be submitted.
  const canSubmit =
    status === 'draft' ||
    status === 'changes_requested' ||
    (isModified && (status === 'published' || status === 'approved'))

  const submit = async () => {
    setError(null)
    setIsBusy(true)
    if (isModified) {
      // Unsaved edits go into the draft first (as "Save Draft" does), so what is submitted is what is on screen.
      const saved = await saveForm({
        action: `/api/${collectionSlug}/${id}?depth=0&draft=true`,
        method: 'PATCH',
        overrides: { _status: 'draft' },
        skipValidation: true,
      })
      if (!saved?.res?.ok) {
        setIsBusy(false)
        setError('The draft could not be saved, so it was not submitted. Fix what the form shows and try again.')
        return
      }
    }
    const response = await fetch(`/api/${collectionSlug}/${id}/workflow/submit`, {
      credentials: 'include',
      method: 'POST',
    })
    setIsBusy(false)
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as null | { errors?: { message: string }[] }
      setError(body?.errors?.[0]?.message ?? `The server answered ${response.status}.`)
      return
    }
    router.refresh()
    window.location.reload()
  }

  return (
    <section aria-label="Review" className="workflow-panel">
      <p className="workflow-panel__status">
        Review stage: <strong>{LABELS[status] ?? status}</strong>
      </p>
      {status === 'changes_requested' && comment ? (
        <div className="workflow-panel__comment" role="note">
          <strong>Editor’s comment</strong>
          <p>{comment}</p>
        </div>
      ) : null}
      {canSubmit ? (
        <>
          <button className="btn btn--style-secondary btn--size-small" disabled={isBusy} onClick={submit} type="button">
            {status === 'changes_requested' ? 'Resubmit for review' : 'Submit for review'}
          </button>
          {isModified ? <p className="workflow-panel__hint">Your unsaved changes are saved as a draft first.</p> : null}
        </>
      ) : null}
      {error ? (
        <p className="workflow-panel__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  )
}
