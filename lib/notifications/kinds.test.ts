import { describe, expect, it } from 'vitest'

import { deliveryOf, wantsKind } from './kinds'
import { digestMailText, notificationMailText } from './notify'

describe('notification preferences', () => {
  it('should keep every kind on until the person switches it off', () => {
    expect(wantsKind(null, 'submitted')).toBe(true)
    expect(wantsKind({ submitted: null }, 'submitted')).toBe(true)
    expect(wantsKind({ submitted: false }, 'submitted')).toBe(false)
  })

  it('should mail each event unless the person chose a digest or no mail', () => {
    expect(deliveryOf(undefined)).toBe('immediately')
    expect(deliveryOf({ delivery: 'dailyDigest' })).toBe('dailyDigest')
    expect(deliveryOf({ delivery: 'none' })).toBe('none')
    expect(deliveryOf({ delivery: 'weekly' as never })).toBe('immediately')
  })
})

describe('notification mail text', () => {
  it('should link to the item and to the preferences', () => {
    const text = notificationMailText({ link: '/admin/review/countries/3', text: 'Ann submitted “Chad”.' })
    expect(text).toMatch(/^Ann submitted “Chad”\.\n\nOpen it: http.*\/admin\/review\/countries\/3\n/)
    expect(text).toMatch(/Choose what you are told.*\/admin\/account\n$/)
  })

  it('should list every notification of a digest with its link', () => {
    const text = digestMailText([
      { link: '/admin/review/countries/3', text: 'First.', title: 'For review: Chad' },
      { link: 'https://elsewhere.example/x', text: 'Second.', title: 'Approved: Mali' },
    ])
    expect(text).toContain('2 notifications since your last digest')
    expect(text).toContain('* For review: Chad\n  First.\n  http')
    expect(text).toContain('* Approved: Mali\n  Second.\n  https://elsewhere.example/x')
  })
})
