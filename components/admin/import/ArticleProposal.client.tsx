'use client'

import { Button } from '@payloadcms/ui'
import Link from 'next/link'
import React, { useState } from 'react'

import type { JSONContent } from '@tiptap/core'

import type { ParseResponse } from '@/lib/import/article/endpoints'
import type { ArticleDraftRequest, ConfirmedFigure, PreparedArticle } from '@/lib/import/article/server'

import styles from './import.module.css'

type Props = {
  article: PreparedArticle
  countries: ParseResponse['countries']
  indicators: ParseResponse['indicators']
  position: null | number
}

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
export const ArticleProposal = ({ article, countries, indicators, position }: Props) => {
  const [title, setTitle] = useState(article.title)
  const [dek, setDek] = useState(article.dek)
  const [authors, setAuthors] = useState(article.authors.join(', '))
  const [mentions, setMentions] = useState(() => new Set(article.countries.map((country) => String(country.countryId))))
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
  const [created, setCreated] = useState<null | { articleId: number | string; observationIds: unknown[] }>(null)

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
      }
    })
    const request: ArticleDraftRequest = {
      authors: authors
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      body: article.body,
      dek,
      figures: confirmedFigures,
      mentions: article.countries
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
      const body = (await response.json()) as { articleId: number | string; error?: string; observationIds: unknown[] }
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
          Draft article created with {created.observationIds.length} observation drafts.{' '}
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
          {article.cleanup.length > 0 ? (
            <details>
              <summary>
                Removed during clean-up (
                {plural(
                  article.cleanup.reduce((sum, entry) => sum + entry.lines.length, 0),
                  'line',
                )}
                )
              </summary>
              {article.cleanup.map((entry) => (
                <div key={entry.label}>
                  <strong>{entry.label}</strong>
                  <ul>
                    {entry.lines.map((line, index) => (
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </details>
          ) : null}
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
            </label>
          ))}
          <p className={styles.hint}>Ticked countries are linked at their first mention.</p>

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
                  Create observation: {formatValue(figure.value)} {figure.unit}
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
          {ticked.length > 0 ? `Create draft article and ${ticked.length} observations` : 'Create draft article'}
        </Button>
      </div>
    </section>
  )
}
