import { describe, expect, it } from 'vitest'

import { approverToText } from './approver'
import { parseAsOf } from './asOf'
import { liveChangeToFigureRevision } from './revisionRow'

const row = (value: number, extra: Record<string, unknown> = {}) => ({
  country: 1,
  id: 7,
  indicator: 2,
  partner: { id: 3 },
  period: { kind: 'year', year: 2024 },
  qualifier: 'actual',
  seriesKey: '2|1|3|2024|-',
  source: { url: 'https://stat.example.org' },
  value,
  ...extra,
})

const editor = { id: 5, name: 'Nino Beridze', role: 'editor' }
const now = '2026-07-01T10:00:00.000Z'

describe('liveChangeToFigureRevision', () => {
  it('should write a first publication with no previous value', () => {
    const data = liveChangeToFigureRevision({
      after: row(10),
      approver: editor,
      before: null,
      isLiveAfter: true,
      isLiveBefore: false,
      now,
    })
    expect(data).toMatchObject({
      kind: 'published',
      observationId: '7',
      partnerId: '3',
      periodLabel: '2024',
      previousValue: null,
      value: 10,
    })
  })

  it('should write old → new value and the new reason for a revision', () => {
    const data = liveChangeToFigureRevision({
      after: row(12, { changeReason: 'Corrected release' }),
      approver: editor,
      before: row(10),
      isLiveAfter: true,
      isLiveBefore: true,
      now,
    })
    expect(data).toMatchObject({
      approverName: 'Nino Beridze',
      kind: 'revised',
      previousValue: 10,
      reason: 'Corrected release',
      value: 12,
    })
  })

  it('should not carry an earlier revision’s reason over to the next one', () => {
    const data = liveChangeToFigureRevision({
      after: row(13, { changeReason: 'Corrected release' }),
      approver: editor,
      before: row(12, { changeReason: 'Corrected release' }),
      isLiveAfter: true,
      isLiveBefore: true,
      now,
    })
    expect(data?.reason).toBeNull()
  })

  it('should write nothing when readers see the same figure', () => {
    const data = liveChangeToFigureRevision({
      after: row(10, { note: 'staff note', changeReason: 'x' }),
      approver: editor,
      before: row(10),
      isLiveAfter: true,
      isLiveBefore: true,
      now,
    })
    expect(data).toBeNull()
  })

  it('should write a withdrawal without a value when the figure is unpublished or deleted', () => {
    const data = liveChangeToFigureRevision({
      after: null,
      approver: editor,
      before: row(10),
      isLiveAfter: false,
      isLiveBefore: true,
      now,
    })
    expect(data).toMatchObject({ figure: null, kind: 'withdrawn', previousValue: 10, value: null })
  })

  it('should write nothing for a draft', () => {
    expect(
      liveChangeToFigureRevision({
        after: row(1),
        approver: editor,
        before: null,
        isLiveAfter: false,
        isLiveBefore: false,
        now,
      }),
    ).toBeNull()
  })
})

describe('approverToText', () => {
  it('should name the role by default and the name only when editors choose names', () => {
    const revision = { approverName: 'Nino Beridze', approverRole: 'editor' }
    expect(approverToText(revision, 'role')).toBe('An editor')
    expect(approverToText(revision, 'name')).toBe('Nino Beridze')
  })

  it('should never show an e-mail address', () => {
    expect(approverToText({ approverName: 'nino@crossroads.example', approverRole: 'editor' }, 'name')).toBe(
      'An editor',
    )
  })
})

describe('parseAsOf', () => {
  it('should pin a day that has ended to its last instant (UTC)', () => {
    expect(parseAsOf('2026-06-30', '2026-07-02')).toEqual({
      date: '2026-06-30',
      end: '2026-06-30T23:59:59.999Z',
      kind: 'pinned',
      label: '30 June 2026',
    })
  })

  it('should refuse impossible dates, other formats, today and the future', () => {
    expect(parseAsOf('2026-02-30', '2026-07-02').kind).toBe('refused')
    expect(parseAsOf('30/06/2026', '2026-07-02').kind).toBe('refused')
    expect(parseAsOf('2026-07-02', '2026-07-02')).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('has not ended'),
    })
    expect(parseAsOf('2027-01-01', '2026-07-02').kind).toBe('refused')
  })

  it('should read no parameter as the current figures', () => {
    expect(parseAsOf(undefined)).toEqual({ kind: 'current' })
  })
})
