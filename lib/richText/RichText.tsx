import type { JSONContent } from '@tiptap/core'

import { renderToReactElement } from '@tiptap/static-renderer/pm/react'
import React from 'react'

import { isAllowedHref, richTextExtensions } from './extensions'
import { validateRichTextDoc } from './validate'

type Props = {
  doc: unknown
  /** Reader-facing number of each footnote marker (document order). */
  footnoteNumbers?: Map<string, number>
}

/** Renders stored rich text on the server, without a DOM. Invalid documents render nothing. */
export const RichText = ({ doc, footnoteNumbers }: Props) => {
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
              const isExternal = /^https?:/i.test(href)
              return (
                <a href={href} rel={isExternal ? 'noopener noreferrer' : undefined}>
                  {children}
                </a>
              )
            },
          },
          nodeMapping: {
            footnoteRef: ({ node }) => {
              const marker = String(node.attrs.marker)
              const number = footnoteNumbers?.get(marker)
              const isFirst = !citedOnce.has(marker)
              citedOnce.add(marker)
              return (
                <sup className="footnote-ref" id={isFirst ? `cite-${marker}` : undefined}>
                  <a aria-label={`Note ${number ?? marker}`} href={`#note-${marker}`}>
                    {number ?? marker}
                  </a>
                </sup>
              )
            },
          },
        },
      })}
    </>
  )
}
