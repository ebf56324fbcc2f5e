'use client'

import { Button } from '@payloadcms/ui'
import Link from 'next/link'
import React, { useState } from 'react'

import type { JSONContent } from '@tiptap/core'

import type { ParseResponse } from '@/lib/import/article/endpoints'
import type { ImportDecision } from '@/lib/import/article/parse'
import type { ArticleDraftRequest, ConfirmedFigure, PreparedArticle } from '@/lib/import/article/server'

import styles from './import.module.css'

type Props = {
  article: PreparedArticle
  countries: ParseResponse['countries']
  indicators: ParseResponse['indicators']
  isBusy: boolean
  onUndo: (decision: ImportDecision) => void
  position: null | number
}

/** How each kind of decision is headed in the list, in the order the list shows them. */
const DECISION_GROUPS: { kind: ImportDecision['kind']; title: string }[] = [
  { kind: 'residue', title: 'Dropped as residue' },
  { kind: 'front', title: 'Title, standfirst and page header' },
  { kind: 'join', title: 'Lines re-joined' },
  { kind: 'note', title: 'Notes matched to markers' },
  { kind: 'bio', title: 'Author box and bio (kept out of the body)' },
  { kind: 'disclaimer', title: 'Disclaimer (kept out of the body)' },
]

/** Every choice the importer made on this article, each with one button to undo it. */
const DecisionList = ({
  decisions,
  isBusy,
  onUndo,
}: {
  decisions: ImportDecision[]
  isBusy: boolean
  onUndo: (decision: ImportDecision) => void
}) => (
  <div aria-label="What the importer decided" role="region">
    <h3>What the importer decided</h3>
    {decisions.length === 0 ? <p className={styles.hint}>Nothing was dropped, moved or joined.</p> : null}
    {DECISION_GROUPS.map(({ kind, title }) => {
      const group = decisions.filter((decision) => decision.kind === kind)
      return group.length > 0 ? (
        <details key={kind} open={kind !== 'residue' || group.length <= 8}>
          <summary>
            {title} ({group.length})
          </summary>
          <ul className={styles.decisions}>
            {group.map((decision) => (
              <li key={decision.id}>
                <span>
                  {kind === 'residue' || kind === 'front' || kind === 'bio' ? (
                    <span className={styles.chip}>{decision.label}</span>
                  ) : null}
                  {kind === 'note' ? <strong>{decision.label}: </strong> : null}
                  {decision.text}
                </span>
                <button
                  aria-label={`Undo: ${decision.label}: ${decision.text}`}
                  className={styles.undo}
                  disabled={isBusy}
                  onClick={() => onUndo(decision)}
                  type="button"
                >
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null
    })}
  </div>
)

type FigureChoice = { country: string; indicator: string; isTicked: boolean; partner: string }

/** One labelled choice among records (indicator, country, partner) of a suggested figure. */
const RecordSelect = ({
  emptyLabel,
  label,
  onChange,
  records,
  value,
}: {
  emptyLabel: string
  label: string
  onChange: (value: string) => void
  records: { id: number | string; name: string }[]
  value: string
}) => (
  <label>
    {label}
    <select aria-label={label} onChange={(event) => onChange(event.target.value)} value={value}>
      <option value="">{emptyLabel}</option>
      {records.map((record) => (
        <option key={String(record.id)} value={String(record.id)}>
          {record.name}
        </option>
      ))}
    </select>
  </label>
)

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

const inlineText = (node: JSONContent): string =>
  node.type === 'text'
    ? (node.text ?? '')
    : node.type === 'footnote'
      ? `[${String(node.attrs?.id)}]`
      : (node.content ?? []).map(inlineText).join(' ')

/** The body as the analyst will find it in the editor, in plain blocks with note markers. */
const BodyPreview = ({ body }: { body: JSONContent }) => (
  <div aria-label="Body preview" className={styles.preview} role="region">
    {(body.content ?? []).map((node, index) =>
      node.type === 'heading' ? <h4 key={index}>{inlineText(node)}</h4> : <p key={index}>{inlineText(node)}</p>,
    )}
  </div>
)

const formatValue = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 6 })

/** One article found in a document: fields to correct, its notes, and suggestions to confirm. */
export const ArticleProposal = ({ article, countries, indicators, isBusy, onUndo, position }: Props) => {
  const [title, setTitle] = useState(article.title)
  const [dek, setDek] = useState(article.dek)
  const [authors, setAuthors] = useState(article.authors.join(', '))
  const [mentions, setMentions] = useState(
    () =>
      new Set(
        article.countries
          .filter((country) => country.confidence === 'high')
          .map((country) => String(country.countryId)),
      ),
  )
  // Countries named only in the bio or a note that the analyst chose to count after all.
  const [counted, setCounted] = useState<string[]>([])
  const [acceptedEvents, setAcceptedEvents] = useState<Set<string>>(() => new Set())
  const [figures, setFigures] = useState<Record<string, FigureChoice>>(() =>
    Object.fromEntries(
      article.figures.map((figure) => {
        const indicator = indicators.find((candidate) => candidate.units.includes(figure.unit))
        return [
          figure.key,
          {
            country: String(figure.countryIds[0] ?? article.countries[0]?.countryId ?? ''),
            indicator: indicator ? String(indicator.id) : '',
            isTicked: false,
            partner:
              indicator?.kind === 'bilateral' && figure.countryIds[1] !== undefined ? String(figure.countryIds[1]) : '',
          },
        ]
      }),
    ),
  )
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const [created, setCreated] = useState<null | {
    articleId: number | string
    eventIds: unknown[]
    observationIds: unknown[]
  }>(null)

  const ticked = article.figures.filter((figure) => figures[figure.key]?.isTicked)
  const heading = position
    ? `Article ${position}: ${article.title || 'untitled'}`
    : `2. Review: ${article.title || 'untitled'}`
  const headingCount = (article.body.content ?? []).filter((node) => node.type === 'heading').length
  const paragraphCount = (article.body.content ?? []).filter((node) => node.type !== 'heading').length

  const create = async () => {
    setBusy(true)
    setError(null)
    const confirmedFigures: ConfirmedFigure[] = ticked.map((figure) => {
      const choice = figures[figure.key]
      return {
        country: choice.country,
        footnote: figure.footnote,
        indicator: choice.indicator,
        partner: choice.partner || null,
        period: figure.period,
        qualifier: figure.qualifier,
        unit: figure.unit,
        value: figure.value,
        valueMax: figure.valueMax,
      }
    })
    const countryMentions = [
      ...article.countries.map(({ countryId, firstMention }) => ({ countryId, firstMention })),
      ...article.countriesShownOnly.filter((country) => counted.includes(String(country.countryId))),
    ]
    const request: ArticleDraftRequest = {
      authors: authors
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      body: article.body,
      dek,
      events: article.events
        .filter((event) => acceptedEvents.has(event.key))
        .map((event) => ({ countries: event.countryIds, date: event.date, title: event.title })),
      figures: confirmedFigures,
      mentions: countryMentions
        .filter((country) => mentions.has(String(country.countryId)))
        .map((country) => ({ countryId: country.countryId, text: country.firstMention })),
      notes: article.notes,
      title,
    }
    try {
      const response = await fetch('/api/import/article/create', {
        body: JSON.stringify(request),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const body = (await response.json()) as {
        articleId: number | string
        error?: string
        eventIds: unknown[]
        observationIds: unknown[]
      }
      if (!response.ok) {
        setError(body.error ?? `The server answered ${response.status}.`)
        return
      }
      setCreated(body)
    } finally {
      setBusy(false)
    }
  }

  const setFigure = (key: string, change: Partial<FigureChoice>) =>
    setFigures({ ...figures, [key]: { ...figures[key], ...change } })

  return (
    <section aria-label={heading} className={styles.section}>
      <h2>{heading}</h2>
      {created ? (
        <p className={styles.success} role="status">
          Draft article created with {created.observationIds.length} observation drafts
          {created.eventIds.length > 0 ? ` and ${plural(created.eventIds.length, 'event draft')}` : ''}.{' '}
          <Link href={`/admin/collections/articles/${created.articleId}`}>Open the draft</Link>
        </p>
      ) : null}
      <div className={styles.columns}>
        <div>
          <label className={styles.field}>
            Title
            <input onChange={(event) => setTitle(event.target.value)} value={title} />
          </label>
          <label className={styles.field} style={{ marginTop: 'calc(var(--base) / 2)' }}>
            Summary (dek)
            <textarea onChange={(event) => setDek(event.target.value)} rows={2} value={dek} />
          </label>
          <label className={styles.field} style={{ marginTop: 'calc(var(--base) / 2)' }}>
            Authors (comma-separated)
            <input onChange={(event) => setAuthors(event.target.value)} value={authors} />
          </label>
          <p className={styles.hint}>
            {article.authorMatches.map((match) => (
              <span className={styles.chip} key={match.name}>
                {match.name}: {match.authorId === null ? 'new author (created as a draft)' : 'existing author'}
              </span>
            ))}
          </p>
          {article.bylineNote ? <p className={styles.hint}>{article.bylineNote}</p> : null}
          <p className={styles.hint}>
            {plural(headingCount, 'section heading')}, {plural(paragraphCount, 'paragraph')},{' '}
            {plural(article.notes.length, 'note')}.
          </p>
          <BodyPreview body={article.body} />
          {article.notes.length > 0 ? (
            <table aria-label="Notes" className={styles.table}>
              <thead>
                <tr>
                  <th>Note</th>
                  <th>Source</th>
                  <th>Accessed</th>
                </tr>
              </thead>
              <tbody>
                {article.notes.map((note) => (
                  <tr key={note.id}>
                    <td>{note.id}</td>
                    <td>
                      {note.title}
                      {note.url ? <div className={styles.hint}>{note.url}</div> : null}
                    </td>
                    <td>{note.accessed ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {article.disclaimer ? (
            <p className={styles.hint}>
              <strong>Disclaimer, kept out of the body:</strong> {article.disclaimer}
            </p>
          ) : null}
          {article.bio ? (
            <p className={styles.hint}>
              <strong>Author bio, kept out of the body:</strong> {article.bio}
            </p>
          ) : null}
          {article.cleanup
            .filter((entry) => entry.label === 'Repeated pull quotes')
            .map((entry) => (
              <p className={styles.hint} key={entry.label}>
                <strong>Repeated pull quotes removed:</strong> {entry.lines.join(' · ')}
              </p>
            ))}
          <DecisionList decisions={article.decisions} isBusy={isBusy} onUndo={onUndo} />
        </div>

        <aside aria-label="Suggestions">
          <h3>Countries mentioned</h3>
          {article.countries.length === 0 ? <p className={styles.hint}>None of our countries is named.</p> : null}
          {article.countries.map((country) => (
            <label key={String(country.countryId)} style={{ display: 'block' }}>
              <input
                checked={mentions.has(String(country.countryId))}
                onChange={(event) => {
                  const next = new Set(mentions)
                  if (event.target.checked) {
                    next.add(String(country.countryId))
                  } else {
                    next.delete(String(country.countryId))
                  }
                  setMentions(next)
                }}
                type="checkbox"
              />{' '}
              {country.name} ({country.count}×)
              {country.confidence === 'low' ? (
                <span className={styles.hint}> — only as its capital (“{country.firstMention}”): check</span>
              ) : null}
            </label>
          ))}
          {article.countriesShownOnly
            .filter((country) => counted.includes(String(country.countryId)))
            .map((country) => (
              <label key={String(country.countryId)} style={{ display: 'block' }}>
                <input
                  checked={mentions.has(String(country.countryId))}
                  onChange={(event) => {
                    const next = new Set(mentions)
                    if (event.target.checked) {
                      next.add(String(country.countryId))
                    } else {
                      next.delete(String(country.countryId))
                    }
                    setMentions(next)
                  }}
                  type="checkbox"
                />{' '}
                {country.name} (from the {country.where})
              </label>
            ))}
          <p className={styles.hint}>Ticked countries are linked at their first mention in the body.</p>
          {article.countriesShownOnly.some((country) => !counted.includes(String(country.countryId))) ? (
            <>
              <h4>Named only in the bio or a note (not counted)</h4>
              <ul className={styles.decisions}>
                {article.countriesShownOnly
                  .filter((country) => !counted.includes(String(country.countryId)))
                  .map((country) => (
                    <li key={String(country.countryId)}>
                      <span>
                        {country.name} — “{country.firstMention}” in the {country.where}
                      </span>
                      <button
                        aria-label={`Count ${country.name}`}
                        className={styles.undo}
                        onClick={() => {
                          setCounted([...counted, String(country.countryId)])
                          setMentions(new Set([...mentions, String(country.countryId)]))
                        }}
                        type="button"
                      >
                        Count it
                      </button>
                    </li>
                  ))}
              </ul>
            </>
          ) : null}

          <h3>Events found</h3>
          {article.events.length === 0 ? <p className={styles.hint}>No dated events found.</p> : null}
          {article.events.map((event) => (
            <label className={styles.count} key={event.key} style={{ display: 'block', marginBottom: 'var(--base)' }}>
              <input
                checked={acceptedEvents.has(event.key)}
                onChange={(change) => {
                  const next = new Set(acceptedEvents)
                  if (change.target.checked) {
                    next.add(event.key)
                  } else {
                    next.delete(event.key)
                  }
                  setAcceptedEvents(next)
                }}
                type="checkbox"
              />{' '}
              <strong>Create event draft: {event.date}</strong>
              {event.countryIds.length > 0
                ? ` — ${event.countryIds
                    .map((id) => countries.find((country) => String(country.id) === String(id))?.name ?? id)
                    .join(', ')}`
                : ''}
              <div className={styles.hint}>“{event.sentence.slice(0, 160)}”</div>
            </label>
          ))}

          <h3>Figures found</h3>
          {article.figures.length === 0 ? <p className={styles.hint}>No figures found.</p> : null}
          {article.figures.map((figure) => {
            const choice = figures[figure.key]
            const options = indicators.filter((indicator) => indicator.units.includes(figure.unit))
            const chosen = indicators.find((indicator) => String(indicator.id) === choice.indicator)
            return (
              <div
                aria-label={`Figure ${figure.phrase}`}
                className={styles.count}
                key={figure.key}
                role="group"
                style={{ marginBottom: 'var(--base)' }}
              >
                <label style={{ display: 'block', fontWeight: 600 }}>
                  <input
                    checked={choice.isTicked}
                    onChange={(event) => setFigure(figure.key, { isTicked: event.target.checked })}
                    type="checkbox"
                  />{' '}
                  Create observation: {formatValue(figure.value)}
                  {figure.valueMax !== null ? `–${formatValue(figure.valueMax)}` : ''} {figure.unit}
                  {figure.period ? `, ${figure.period}` : ''}
                </label>
                <div className={styles.hint}>
                  “{figure.sentence.slice(0, 160)}”{figure.footnote ? ` — note ${figure.footnote}` : ' — no note'}
                  {figure.qualifier !== 'actual' ? ` — ${figure.qualifier}` : ''}
                </div>
                {choice.isTicked ? (
                  <div className={styles.grid}>
                    <RecordSelect
                      emptyLabel="Choose…"
                      label="Indicator"
                      onChange={(value) => setFigure(figure.key, { indicator: value })}
                      records={options}
                      value={choice.indicator}
                    />
                    <RecordSelect
                      emptyLabel="Choose…"
                      label="Country"
                      onChange={(value) => setFigure(figure.key, { country: value })}
                      records={countries}
                      value={choice.country}
                    />
                    {chosen?.kind === 'bilateral' ? (
                      <RecordSelect
                        emptyLabel="None"
                        label="Partner"
                        onChange={(value) => setFigure(figure.key, { partner: value })}
                        records={countries}
                        value={choice.partner}
                      />
                    ) : null}
                  </div>
                ) : null}
              </div>
            )
          })}
        </aside>
      </div>

      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles.actions}>
        <Button
          buttonStyle="primary"
          disabled={
            busy ||
            created !== null ||
            ticked.some((figure) => !figures[figure.key].indicator || !figures[figure.key].country)
          }
          margin={false}
          onClick={() => void create()}
        >
          {[
            'Create draft article',
            ticked.length > 0 ? `and ${ticked.length} observations` : '',
            acceptedEvents.size > 0 ? `and ${plural(acceptedEvents.size, 'event')}` : '',
          ]
            .filter(Boolean)
            .join(' ')}
        </Button>
      </div>
    </section>
  )
}
