import { describe, expect, it } from 'vitest'

import { cleanPastedHtml } from './cleanPastedHtml'

describe('cleanPastedHtml', () => {
  it('should unwrap the Google Docs wrapper so pasted text does not all turn bold', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-weight:700">Trade</span><span style="font-size:11pt"> grew.</span></p></b>'
    expect(cleanPastedHtml(html)).toBe('<p><strong>Trade</strong><span> grew.</span></p>')
  })

  it('should strip Word comments, Office XML, classes and styles', () => {
    const html =
      '<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--><style>p.MsoNormal{margin:0}</style><p class="MsoNormal" style="margin:0cm">Astana&nbsp;and Tashkent<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    expect(cleanPastedHtml(html)).toBe('<p>Astana and Tashkent</p>')
  })

  it('should keep links, lists and italics', () => {
    expect(
      cleanPastedHtml(
        '<ul><li><a href="https://example.org" style="color:blue">Source</a> <span style="font-style:italic">note</span></li></ul>',
      ),
    ).toBe('<ul><li><a href="https://example.org">Source</a> <em>note</em></li></ul>')
  })
})
