import { describe, expect, it } from 'vitest'

import { transitionAuditRow } from './transitionAuditRow'

const base = {
  collection: 'observations' as const,
  documentId: 7,
  from: 'draft' as const,
  title: 'Synthetic capacity: Kazakhstan, 2024',
  to: 'in_review' as const,
  transition: { action: 'submit' as const, comment: 'Imported from a spreadsheet', to: 'in_review' as const },
}

describe('transitionAuditRow', () => {
  it('should describe a submission by a user with its states, comment and path', () => {
    expect(
      transitionAuditRow({ ...base, actor: { collection: 'users', email: 'a@example.org', id: 3, name: 'Ana' } }),
    ).toEqual({
      action: 'submit',
      actor: 3,
      actorName: 'Ana',
      comment: 'Imported from a spreadsheet',
      documentCollection: 'observations',
      documentId: '7',
      documentTitle: 'Synthetic capacity: Kazakhstan, 2024',
      fromStatus: 'draft',
      summary: 'Submit for review: Synthetic capacity: Kazakhstan, 2024 (Draft → In review)',
      toStatus: 'in_review',
      via: 'workflow',
    })
  })

  it('should name the system when nobody is signed in and link only accounts of the users collection', () => {
    expect(transitionAuditRow({ ...base, actor: null })).toMatchObject({ actor: null, actorName: 'System' })
    expect(transitionAuditRow({ ...base, actor: { collection: 'other-auth', id: 9 } })).toMatchObject({
      actor: null,
      actorName: '9',
    })
  })

  it('should say when the jobs queue made the transition', () => {
    expect(transitionAuditRow({ ...base, actor: null, transition: { ...base.transition, scheduled: true } }).via).toBe(
      'schedule',
    )
  })
})
