'use client'

import React, { useEffect, useId, useState } from 'react'

export type PickerOption = { description?: string; id: number | string; label: string; raw: Record<string, unknown> }

type Props = {
  collection: 'countries' | 'media' | 'observations'
  /** Field searched with `like`. */
  field: string
  label: string
  onCancel: () => void
  onPick: (option: PickerOption) => void
  toOption: (doc: Record<string, unknown>) => PickerOption
}

/**
 * Search-as-you-type list of records from the admin's own REST API (the editor's session cookie
 * applies, so drafts the editor may see are offered too). Enter picks the first match.
 */
export const ReferencePicker = ({ collection, field, label, onCancel, onPick, toOption }: Props) => {
  const [query, setQuery] = useState('')
  const [options, setOptions] = useState<PickerOption[]>([])
  const [status, setStatus] = useState<'error' | 'idle' | 'loading'>('idle')
  const listId = useId()

  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      setStatus('loading')
      const params = new URLSearchParams({ depth: '1', draft: 'true', limit: '8' })
      if (query.trim()) {
        params.set(`where[${field}][like]`, query.trim())
      }
      try {
        const response = await fetch(`/api/${collection}?${params}`, {
          credentials: 'include',
          signal: controller.signal,
        })
        if (!response.ok) {
          throw new Error(String(response.status))
        }
        const { docs } = (await response.json()) as { docs: Record<string, unknown>[] }
        setOptions(docs.map(toOption))
        setStatus('idle')
      } catch (error) {
        if ((error as Error).name !== 'AbortError') {
          setStatus('error')
        }
      }
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [collection, field, query, toOption])

  return (
    <div className="rich-text__prompt" role="group" aria-label={label}>
      <label>
        {label}
        <input
          aria-controls={listId}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              if (options[0]) {
                onPick(options[0])
              }
            }
            if (event.key === 'Escape') {
              onCancel()
            }
          }}
          placeholder="Type to search"
          type="search"
          value={query}
        />
      </label>
      <button className="rich-text__button" onClick={onCancel} type="button">
        Cancel
      </button>
      <ul className="rich-text__options" id={listId}>
        {options.map((option) => (
          <li key={option.id}>
            <button className="rich-text__option" onClick={() => onPick(option)} type="button">
              <strong>{option.label}</strong>
              {option.description ? <span>{option.description}</span> : null}
            </button>
          </li>
        ))}
        {status === 'idle' && options.length === 0 ? (
          <li className="rich-text__empty">Nothing matches “{query}”.</li>
        ) : null}
        {status === 'error' ? (
          <li role="alert">Could not search {collection}; check your connection and try again.</li>
        ) : null}
      </ul>
    </div>
  )
}
