import type { JSONContent } from '@tiptap/core'

import { renderToReactElement } from '@tiptap/static-renderer/pm/react'
import React from 'react'

import { isAllowedHref, richTextExtensions } from './extensions'
import { validateRichTextDoc } from './validate'

export type ResolvedFigure = {
  /** "Bilateral trade turnover, Kazakhstan × Uzbekistan" — for the link title. */
  description: string
  indicatorSlug: null | string
  /** "$3.0 bn", with the qualifier ("at least $1.0 bn") when there is one. */
  text: string
  /** "Jan–Aug 2025", or null for undated figures. */
  period: null | string
}

export type ResolvedReferences = {
  countries: Map<string, { name: string; slug: null | string }>
  figures: Map<string, ResolvedFigure>
  media: Map<string, { alt: string; credit: null | string; height: null | number; url: string; width: null | number }>
}

type Props = {
  doc: unknown
  /** Reader-facing number of each footnote id (reading order). */
  footnoteNumbers?: Map<string, number>
  resolved?: ResolvedReferences
}

/**
 * Renders stored rich text on the server, without a DOM. Mentions, live figures and images are
 * drawn from `resolved` (published records only); what is not there degrades to plain text.
 */
export const RichText = ({ doc, footnoteNumbers, resolved }: Props) => {
  if (!doc || validateRichTextDoc(doc) !== true) {
    return null
  }
  const citedOnce = new Set<string>()
  return (
    <>
      {renderToReactElement({
        content: doc as JSONContent,
        extensions: richTextExtensions,
        options: {
          markMapping: {
            link: ({ children, mark }) => {
              const href = mark.attrs.href as string
              if (!isAllowedHref(href)) {
                return <>{children}</>
              }
              return (
                <a href={href} rel={/^https?:/i.test(href) ? 'noopener noreferrer' : undefined}>
                  {children}
                </a>
              )
            },
          },
          nodeMapping: {
            countryMention: ({ node }) => {
              const country = resolved?.countries.get(String(node.attrs.countryId))
              const label = node.attrs.label ?? country?.name ?? ''
              if (!country?.slug) {
                return <>{label}</>
              }
              return (
                <a className="country-mention" href={`/countries/${country.slug}`}>
                  {label}
                </a>
              )
            },
            figure: ({ node }) => {
              const media = resolved?.media.get(String(node.attrs.mediaId))
              if (!media) {
                return null
              }
              const credit = node.attrs.credit ?? media.credit
              return (
                <figure className="rich-figure">
                  {/* eslint-disable-next-line @next/next/no-img-element -- uploads are already resized by sharp */}
                  <img
                    alt={media.alt}
                    height={media.height ?? undefined}
                    loading="lazy"
                    src={media.url}
                    width={media.width ?? undefined}
                  />
                  {node.attrs.caption || credit ? (
                    <figcaption>
                      {node.attrs.caption}
                      {credit ? <span className="credit"> {credit}</span> : null}
                    </figcaption>
                  ) : null}
                </figure>
              )
            },
            footnote: ({ node }) => {
              const id = String(node.attrs.id)
              const number = footnoteNumbers?.get(id)
              const isFirst = !citedOnce.has(id)
              citedOnce.add(id)
              return (
                <sup className="footnote-ref" id={isFirst ? `cite-${id}` : undefined}>
                  <a aria-label={`Note ${number ?? id}`} href={`#note-${id}`}>
                    {number ?? id}
                  </a>
                </sup>
              )
            },
            indicatorFigure: ({ node }) => {
              const figure = resolved?.figures.get(String(node.attrs.observationId))
              if (!figure) {
                return <span className="indicator-figure indicator-figure--stale">{node.attrs.label}</span>
              }
              const text = figure.period ? `${figure.text} (${figure.period})` : figure.text
              return figure.indicatorSlug ? (
                <a className="indicator-figure" href={`/indicators/${figure.indicatorSlug}`} title={figure.description}>
                  {text}
                </a>
              ) : (
                <span className="indicator-figure">{text}</span>
              )
            },
          },
        },
      })}
    </>
  )
}
