'use client'

import { useRouter } from 'next/navigation'
import React, { useState, useTransition } from 'react'

import {
  compareSelectionToPath,
  compareSelectionToQuery,
  MAX_COUNTRIES,
  MAX_INDICATORS,
  MIN_COUNTRIES,
} from '@/lib/series/compareQuery'

export type PickerOption = { hint?: string; label: string; value: string }
export type PickerGroup = { label: string; options: PickerOption[] }

type Props = {
  countryGroups: PickerGroup[]
  indicatorGroups: PickerGroup[]
  selectedCountries: string[]
  selectedIndicators: string[]
}

/**
 * The comparison picker: a plain GET form of checkboxes that works without JavaScript. With React,
 * each change goes straight to the canonical address (`?countries=a,b&indicators=x`) as a new history
 * entry, so back and forward step through the selections.
 */
export const ComparePicker = ({ countryGroups, indicatorGroups, selectedCountries, selectedIndicators }: Props) => {
  const router = useRouter()
  const [isPending, startTransition] = useTransition()
  const fromProps = { countries: selectedCountries, indicators: selectedIndicators }
  const [selection, setSelection] = useState(fromProps)
  const [shownQuery, setShownQuery] = useState(compareSelectionToQuery(fromProps))
  // Back and forward change the address, not this state: follow the address when it moves.
  if (compareSelectionToQuery(fromProps) !== shownQuery) {
    setShownQuery(compareSelectionToQuery(fromProps))
    setSelection(fromProps)
  }

  const apply = (next: typeof selection) => {
    setSelection(next)
    startTransition(() => router.push(compareSelectionToPath(next), { scroll: false }))
  }

  const toggle = (name: 'countries' | 'indicators', value: string, isOn: boolean) =>
    apply({
      ...selection,
      [name]: isOn ? [...selection[name], value] : selection[name].filter((item) => item !== value),
    })

  const group = (name: 'countries' | 'indicators', groups: PickerGroup[], max: number) =>
    groups.map((item) => (
      <div className="picker__group" key={item.label}>
        <p className="picker__group-label">{item.label}</p>
        <ul>
          {item.options.map((option) => {
            const isChecked = selection[name].includes(option.value)
            const isFull = selection[name].length >= max && !isChecked
            return (
              <li key={option.value}>
                <label className={isFull ? 'picker__option picker__option--full' : 'picker__option'}>
                  <input
                    checked={isChecked}
                    disabled={isFull}
                    name={name}
                    onChange={(event) => toggle(name, option.value, event.currentTarget.checked)}
                    type="checkbox"
                    value={option.value}
                  />
                  <span>
                    {option.label}
                    {option.hint ? <span className="picker__hint"> {option.hint}</span> : null}
                  </span>
                </label>
              </li>
            )
          })}
        </ul>
      </div>
    ))

  return (
    <form
      action="/compare"
      aria-busy={isPending}
      className="picker"
      // Without the runtime (server/scriptFreePages.mjs), public/reader.js sends the form on each change.
      data-submit-on-change=""
      method="get"
      onSubmit={(event) => {
        event.preventDefault()
        apply(selection)
      }}
    >
      <fieldset className="picker__fieldset">
        <legend>
          Countries{' '}
          <span className="picker__count">
            ({selection.countries.length} of {MIN_COUNTRIES}–{MAX_COUNTRIES})
          </span>
        </legend>
        <div className="picker__groups">{group('countries', countryGroups, MAX_COUNTRIES)}</div>
      </fieldset>
      <fieldset className="picker__fieldset">
        <legend>
          Indicators{' '}
          <span className="picker__count">
            ({selection.indicators.length} of 1–{MAX_INDICATORS})
          </span>
        </legend>
        <div className="picker__groups">{group('indicators', indicatorGroups, MAX_INDICATORS)}</div>
      </fieldset>
      <p className="picker__actions">
        <button className="picker__submit" type="submit">
          Compare
        </button>
        <span aria-live="polite" className="muted">
          {isPending ? 'Updating…' : ''}
        </span>
      </p>
    </form>
  )
}
