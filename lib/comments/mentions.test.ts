import { describe, expect, it } from 'vitest'

import { mentionedAddresses, splitMentions } from './mentions'

describe('mentions in a comment', () => {
  it('should find each mentioned address once, lower-cased, without trailing punctuation', () => {
    expect(
      mentionedAddresses('@Ana@Crossroads.example please check, cc @bo@x.org. Thanks @ana@crossroads.example'),
    ).toEqual(['ana@crossroads.example', 'bo@x.org'])
  })

  it('should not take a plain address or an at sign inside a word for a mention', () => {
    expect(mentionedAddresses('write to ana@crossroads.example or me@home, not a@b@c')).toEqual([])
    expect(mentionedAddresses('(@ana@crossroads.example)')).toEqual(['ana@crossroads.example'])
  })

  it('should split the text around mentions without losing a character', () => {
    const body = 'See @ana@x.org: the value.'
    const parts = splitMentions(body)
    expect(parts).toEqual([
      { isMention: false, text: 'See ' },
      { isMention: true, text: '@ana@x.org' },
      { isMention: false, text: ': the value.' },
    ])
    expect(parts.map((part) => part.text).join('')).toBe(body)
  })
})
