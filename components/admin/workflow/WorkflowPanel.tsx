'use client'

import { useAuth, useDocumentInfo, useForm, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import { formatDueAt } from '@/lib/workflow/assignmentRules'
import { WORKFLOW_STATUS_LABELS, type WorkflowStatus } from '@/lib/workflow/states'

import { OpenComments } from './OpenComments'
import { requestTransition } from './requestTransition'

const idOf = (value: unknown) =>
  String(value && typeof value === 'object' ? (value as { id?: unknown }).id : (value ?? ''))

const formatWhen = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

/**
 * Sidebar panel of every editorial edit view: the review status, the editor's comment when changes
 * were requested, "Submit for review" for the saved draft and, for editors, the decisions that
 * change what readers see (publish, unpublish, review). Payload's own Publish button is gone:
 * publishing is a workflow transition, checked on the server (role, state, four eyes).
 */
export const WorkflowPanel = ({ field }: { field?: { admin?: { custom?: { isFourEyes?: boolean } } } }) => {
  const router = useRouter()
  const { user } = useAuth()
  const { collectionSlug, hasPublishedDoc, id } = useDocumentInfo()
  const isModified = useFormModified()
  const { submit: saveForm } = useForm()
  const status = useFormFields(([fields]) => fields.workflowStatus?.value as string | undefined) ?? 'draft'
  const comment = useFormFields(([fields]) => fields.reviewComment?.value as null | string | undefined)
  const scheduledFor = useFormFields(([fields]) => fields.scheduledPublishAt?.value as null | string | undefined)
  const changeAuthors = useFormFields(([fields]) => fields.changeAuthors?.value as unknown)
  const submittedBy = useFormFields(([fields]) => fields.submittedBy?.value as unknown)
  const assignedTo = idOf(useFormFields(([fields]) => fields.assignedTo?.value as unknown))
  const dueAt = useFormFields(([fields]) => fields.dueAt?.value as null | string | undefined)
  const [error, setError] = useState<null | string>(null)
  const [isBusy, setIsBusy] = useState(false)
  const [reviewers, setReviewers] = useState<{ id: number | string; name: string }[]>([])
  const [reviewer, setReviewer] = useState<null | string>(null)
  const [dueDay, setDueDay] = useState('')

  useEffect(() => {
    fetch('/api/workflow/reviewers', { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((answer: { docs: { id: number | string; name: string }[] }) => setReviewers(answer.docs))
      .catch(() => setReviewers([]))
  }, [])

  if (!id) {
    return null
  }
  const role = (user as null | { role?: string })?.role
  const isEditor = role === 'admin' || role === 'editor'
  const wroteThisChange =
    field?.admin?.custom?.isFourEyes !== false &&
    !!user &&
    [...(Array.isArray(changeAuthors) ? changeAuthors : []), submittedBy].some(
      (author) => idOf(author) === idOf(user.id),
    )
  // Unsaved edits to a published or approved document start a new change, which can be submitted.
  const canSubmit =
    status === 'draft' ||
    status === 'changes_requested' ||
    (isModified && (status === 'published' || status === 'approved'))
  // Publishing publishes the saved draft; edits still on screen are not part of it.
  const canPublish = isEditor && ['approved', 'changes_requested', 'draft'].includes(status)

  const transition = async (action: 'publish' | 'submit' | 'unpublish') => {
    setError(null)
    setIsBusy(true)
    if (action === 'submit' && isModified) {
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
    const choice = reviewer ?? assignedTo
    const refusal = await requestTransition({
      action,
      // Only what the person changed: a resubmission keeps its reviewer and due date otherwise.
      body:
        action === 'submit'
          ? { assignTo: choice !== assignedTo ? choice || null : undefined, dueAt: dueDay || undefined }
          : {},
      collection: String(collectionSlug),
      id,
    })
    setIsBusy(false)
    if (refusal) {
      setError(refusal)
      return
    }
    router.refresh()
    window.location.reload()
  }

  const button = (label: string, action: 'publish' | 'submit' | 'unpublish', style = 'secondary') => (
    <button
      className={`btn btn--style-${style} btn--size-small`}
      disabled={isBusy}
      onClick={() => transition(action)}
      type="button"
    >
      {label}
    </button>
  )

  return (
    <section aria-label="Review" className="workflow-panel">
      <p className="workflow-panel__status">
        Review stage: <strong>{WORKFLOW_STATUS_LABELS[status as WorkflowStatus] ?? status}</strong>
      </p>
      <p className="workflow-panel__live">
        {hasPublishedDoc ? 'Readers see the published version.' : 'Not published.'}
      </p>
      {status === 'approved' && scheduledFor ? (
        <p className="workflow-panel__hint">Scheduled for {formatWhen(scheduledFor)}.</p>
      ) : null}
      {status === 'changes_requested' && comment ? (
        <div className="workflow-panel__comment" role="note">
          <strong>Editor’s comment</strong>
          <p>{comment}</p>
        </div>
      ) : null}
      {assignedTo && (status === 'in_review' || status === 'changes_requested') ? (
        <p className="workflow-panel__hint">
          Reviewer: {reviewers.find((person) => idOf(person.id) === assignedTo)?.name ?? 'an editor'}
          {dueAt ? `, due ${formatDueAt(dueAt)}` : ''}
        </p>
      ) : null}
      {canSubmit ? (
        <>
          <label className="workflow-panel__field">
            Reviewer
            <select onChange={(event) => setReviewer(event.target.value)} value={reviewer ?? assignedTo}>
              <option value="">Any editor (the desk)</option>
              {reviewers
                .filter((person) => idOf(person.id) !== idOf(user?.id))
                .map((person) => (
                  <option key={person.id} value={idOf(person.id)}>
                    {person.name}
                  </option>
                ))}
            </select>
          </label>
          <label className="workflow-panel__field">
            Review due (optional)
            <input onChange={(event) => setDueDay(event.target.value)} type="date" value={dueDay} />
          </label>
          {button(status === 'changes_requested' ? 'Resubmit for review' : 'Submit for review', 'submit')}
          {isModified ? <p className="workflow-panel__hint">Your unsaved changes are saved as a draft first.</p> : null}
        </>
      ) : null}
      {isEditor && status === 'in_review' ? (
        <a className="btn btn--style-primary btn--size-small" href={`/admin/review/${collectionSlug}/${id}`}>
          Review this change
        </a>
      ) : null}
      <OpenComments collection={String(collectionSlug)} id={id} />
      {canPublish && !wroteThisChange ? (
        <>
          {button('Publish', 'publish', 'primary')}
          {isModified ? (
            <p className="workflow-panel__hint">Publish publishes the saved draft, not unsaved edits.</p>
          ) : null}
        </>
      ) : null}
      {canPublish && wroteThisChange ? (
        <p className="workflow-panel__hint">
          You wrote or submitted this change, so another editor or an admin publishes it (four-eyes rule).
        </p>
      ) : null}
      {isEditor && hasPublishedDoc ? button('Unpublish', 'unpublish') : null}
      {error ? (
        <p className="workflow-panel__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  )
}
