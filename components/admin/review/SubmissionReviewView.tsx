import type { AdminViewServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { hasRole } from '@/access/roles'
import { getSubmission } from '@/lib/workflow/reviewQueue'

import { ReviewFrame } from './ReviewFrame'
import { SubmissionReview } from './SubmissionReview.client'

/**
 * /admin/review-batch/<submission>: every figure submitted together (a spreadsheet import), to
 * approve some and send the others back with a comment each, in one decision.
 */
export const SubmissionReviewView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const segments = (props.params?.segments as string[] | undefined) ?? []
  const submission = decodeURIComponent(segments[1] ?? '')
  if (!req.user || !hasRole(req.user, 'admin', 'editor')) {
    return (
      <ReviewFrame title="Review a submission" viewProps={props}>
        {null}
      </ReviewFrame>
    )
  }
  const figures = submission ? await getSubmission({ payload: req.payload, submission, user: req.user }) : []
  return (
    <ReviewFrame title="Review a submission" viewProps={props}>
      <p className="review__meta">
        <Link href="/admin/review">← Review queue</Link> · {figures.length} figures submitted together
      </p>
      {figures.length === 0 ? (
        <p>No figures belong to this submission, or you may not see them.</p>
      ) : (
        <SubmissionReview figures={figures} />
      )}
    </ReviewFrame>
  )
}
