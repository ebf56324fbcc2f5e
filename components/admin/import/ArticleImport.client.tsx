'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { ParseResponse } from '@/lib/import/article/endpoints'
import type { ImportDecision } from '@/lib/import/article/parse'

import { ArticleProposal } from './ArticleProposal.client'
import styles from './import.module.css'

/** Upload or paste a document, then review one proposal per article found in it. */
export const ArticleImport = () => {
  const [file, setFile] = useState<File | null>(null)
  const [text, setText] = useState('')
  const [format, setFormat] = useState<'markdown' | 'text'>('markdown')
  const [result, setResult] = useState<null | ParseResponse>(null)
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)
  // Decisions the analyst undid: the document is read again without them, and each can be redone.
  const [undone, setUndone] = useState<ImportDecision[]>([])

  const read = async (nextUndone: ImportDecision[] = []) => {
    setBusy(true)
    setError(null)
    try {
      const form = new FormData()
      if (file) {
        form.set('file', file)
      }
      form.set('text', text)
      form.set('format', format)
      form.set('undo', nextUndone.map((decision) => decision.id).join(','))
      const response = await fetch('/api/import/article/parse', { body: form, credentials: 'include', method: 'POST' })
      const body = (await response.json()) as { error?: string } & Partial<ParseResponse>
      if (!response.ok) {
        setError(body.error ?? `The server answered ${response.status}.`)
        return
      }
      setResult(body as ParseResponse)
      setUndone(nextUndone)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <section className={styles.section}>
        <h2>1. The document</h2>
        <p className={styles.hint}>
          A Word file (DOCX), Markdown or plain text, uploaded or pasted. Footnotes and endnotes in the usual styles
          ([1], [i], ^1, superscripts, a notes list at the end) become footnotes with their links and access dates.
          Nothing is saved until you create the draft.
        </p>
        <div className={styles.grid}>
          <label className={styles.field}>
            Document file (DOCX, Markdown or text)
            <input
              accept=".docx,.md,.markdown,.txt,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              type="file"
            />
          </label>
          <label className={styles.field}>
            Pasted text is
            <select onChange={(event) => setFormat(event.target.value as 'markdown' | 'text')} value={format}>
              <option value="markdown">Markdown</option>
              <option value="text">Plain text</option>
            </select>
          </label>
        </div>
        <label className={styles.field} style={{ marginTop: 'var(--base)' }}>
          Or paste the text
          <textarea onChange={(event) => setText(event.target.value)} rows={8} value={text} />
        </label>
        <div className={styles.actions}>
          <Button
            buttonStyle="primary"
            disabled={busy || (!file && !text.trim())}
            margin={false}
            onClick={() => {
              setResult(null)
              void read()
            }}
          >
            Read the document
          </Button>
        </div>
      </section>

      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}

      {result && result.articles.length > 1 ? (
        <p className={styles.hint} role="note">
          This page holds {result.articles.length} articles (one per “By …” line). Each becomes its own draft below.
        </p>
      ) : null}

      {undone.length > 0 ? (
        <section aria-label="Undone decisions" className={styles.section}>
          <h2>Undone decisions</h2>
          <p className={styles.hint}>The document was read again without these. Redo one to apply it again.</p>
          <ul className={styles.decisions}>
            {undone.map((decision) => (
              <li key={decision.id}>
                <span>
                  <strong>{decision.label}:</strong> {decision.text}
                </span>
                <button
                  aria-label={`Redo: ${decision.label}: ${decision.text}`}
                  className={styles.undo}
                  disabled={busy}
                  onClick={() => void read(undone.filter((other) => other.id !== decision.id))}
                  type="button"
                >
                  Redo
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result?.articles.map((article, index) => (
        <ArticleProposal
          article={article}
          countries={result.countries}
          indicators={result.indicators}
          isBusy={busy}
          key={`${index}-${article.title}-${undone.map((decision) => decision.id).join(',')}`}
          onUndo={(decision) => void read([...undone, decision])}
          position={result.articles.length > 1 ? index + 1 : null}
        />
      ))}
    </>
  )
}
