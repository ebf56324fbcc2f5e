import { test as base, expect } from './fixtures'
import { DEMO } from './helpers/login'
import { createPublished } from './helpers/workflow'

type PublishedEvent = { id: number; location: string; title: string }

/**
 * The attacks issue #14 reported, replayed over HTTP against the production server as the demo
 * analyst would try them: none may change what an anonymous reader gets. `event` is written by the
 * demo editor and published by the demo admin (whose name the audit trail shows).
 */
const test = base.extend<{ event: PublishedEvent }>({
  event: async ({ admin, editor, track }, provide, testInfo) => {
    const title = `Door test summit ${testInfo.workerIndex}-${Date.now().toString(36)}`
    const doc = await createPublished({
      author: editor,
      collection: 'events',
      data: { date: '2025-05-01', datePrecision: 'day', kind: 'summit', location: 'Astana', title },
      publisher: admin,
    })
    track('events', doc.id)
    await provide({ id: doc.id, location: 'Astana', title })
  },
})

test('should keep a published event live when an analyst restores its newest version and deletes it', async ({
  analyst,
  event,
  request,
}) => {
  expect((await analyst.patch(`/api/events/${event.id}`, { data: { location: 'Tashkent' } })).ok()).toBe(true)
  const versions = await (
    await analyst.get(`/api/events/versions?where[parent][equals]=${event.id}&sort=-updatedAt`)
  ).json()
  const restore = await analyst.post(`/api/events/versions/${versions.docs[0].id}`)
  expect(restore.ok(), await restore.text()).toBe(true)
  expect((await restore.json()).message).toContain('Restored as a draft')
  const removal = await analyst.delete(`/api/events/${event.id}`)
  expect(removal.ok()).toBe(false)

  const forReaders = await request.get(`/api/events/${event.id}?depth=0`)
  expect(forReaders.status()).toBe(200)
  expect((await forReaders.json()).location).toBe(event.location)
})

test('should make an analyst’s duplicate of a published event a draft that readers cannot open', async ({
  analyst,
  event,
  request,
}) => {
  const response = await analyst.post(`/api/events/${event.id}/duplicate?draft=false`, {
    data: { title: `${event.title} copy` },
  })
  expect(response.ok(), await response.text()).toBe(true)
  const { doc } = await response.json()
  expect([doc._status, doc.workflowStatus]).toEqual(['draft', 'draft'])
  expect((await request.get(`/api/events/${doc.id}`)).status()).toBe(404)
  await analyst.delete(`/api/events/${doc.id}`)
})

test('should not offer anyone Payload’s own Publish button, and offer an editor the review panel’s', async ({
  event,
  page,
}) => {
  await page.request.post('/api/users/login', { data: DEMO.editor })
  await page.goto(`/admin/collections/events/${event.id}`)
  const panel = page.getByRole('region', { name: 'Review' })
  await expect(panel).toContainText('Readers see the published version.')
  // Opening a document with rich text is not an edit: nothing to submit, no "unsaved changes".
  await expect(page.getByRole('textbox', { name: 'Summary' })).toBeEditable()
  await expect(panel.getByRole('button', { name: 'Submit for review' })).toHaveCount(0)
  await expect(panel.getByRole('button', { name: 'Unpublish' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Publish changes' })).toHaveCount(0)
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/security-editor-edit-view.png' })
})

test('should record every change readers see in the audit trail an editor reads', async ({ admin, editor, event }) => {
  expect((await editor.patch(`/api/events/${event.id}?draft=true`, { data: { location: 'Baku' } })).ok()).toBe(true)
  expect((await admin.post(`/api/events/${event.id}/workflow/publish`)).ok()).toBe(true)
  const trail = await (
    await editor.get(
      `/api/workflow-events?where[documentCollection][equals]=events&where[documentId][equals]=${event.id}&sort=createdAt&depth=0`,
    )
  ).json()
  expect(
    trail.docs.map((row: Record<string, unknown>) => [
      row.action,
      row.liveChange,
      row.via,
      row.actorName,
      row.changedFields,
    ]),
  ).toEqual([
    ['publish', 'published', 'workflow', 'Aigerim Admin', null],
    ['publish', 'changed', 'workflow', 'Aigerim Admin', 'location'],
  ])
})
