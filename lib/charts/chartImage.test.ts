import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'

import { chartAddressToPaths, fileNameToChartImage, segmentsToChartRequest } from './chartAddress'
import { composeChartSvg, markupToChartSvg, SITE_NAME, wrapText } from './chartImage'

const BAR_SVG =
  '<svg aria-labelledby="ranking-title" class="chart chart--bars" role="img" viewBox="0 0 640 76"><line class="chart__zero" x1="90" x2="90" y1="0" y2="72"/><g transform="translate(0,6)"><text class="chart__bar-label" x="80">Armenia &amp; Georgia</text><rect class="chart__bar" height="22" width="200" x="90" y="0"/></g></svg>'

/** Element names and the text of the SVG, read by a real XML parser: it throws on markup that is not well-formed. */
const parseXml = (xml: string) => {
  const parser = new SaxesParser({ xmlns: true })
  const elements: string[] = []
  const texts: string[] = []
  parser.on('opentag', (tag) => elements.push(tag.local))
  parser.on('text', (text) => texts.push(text))
  parser.write(xml).close()
  return { elements, text: texts.join(' ') }
}

describe('composeChartSvg', () => {
  const image = composeChartSvg({
    chartMarkup: BAR_SVG,
    source: 'Source: National Statistics Office <Armstat>',
    subtitle: 'million USD · 2 countries',
    title: 'Exports & imports: latest by country',
  })

  it('should produce well-formed XML when the texts contain markup characters', () => {
    expect(() => parseXml(image.svg)).not.toThrow()
  })

  it('should print the title, unit line, source line and site name inside the image', () => {
    const { text } = parseXml(image.svg)
    expect(text).toContain('Exports & imports: latest by country')
    expect(text).toContain('million USD · 2 countries')
    expect(text).toContain('Source: National Statistics Office <Armstat>')
    expect(text).toContain(SITE_NAME)
    expect(text).toContain('Armenia & Georgia')
  })

  it('should declare the image size it draws at and drop the page-only aria attributes', () => {
    expect(image.svg).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${image.width}" height="${image.height}"`),
    )
    expect(image.width).toBe(640 + 48)
    expect(image.height).toBeGreaterThan(76 + 48)
    expect(image.svg).not.toContain('aria-labelledby')
  })

  it('should draw the legend entries when the chart has a legend', () => {
    const withLegend = composeChartSvg({
      chartMarkup: `<ul class="series-legend"><li>Armenia</li></ul>${BAR_SVG}`,
      legend: [{ colour: '#2f5e9e', label: 'Armenia × Georgia', shape: 'line' }],
      source: 'Source: x',
      subtitle: 'percent',
      title: 'Trade',
    })
    const { elements, text } = parseXml(withLegend.svg)
    expect(text).toContain('Armenia × Georgia')
    expect(elements).not.toContain('ul')
  })

  it('should refuse a chart without a viewBox with a message saying what is needed', () => {
    expect(() =>
      composeChartSvg({ chartMarkup: '<svg class="chart"></svg>', source: '', subtitle: '', title: '' }),
    ).toThrow(/viewBox/)
    expect(() => markupToChartSvg('<p>no chart</p>')).toThrow(/rendered none/)
  })
})

describe('wrapText', () => {
  it('should break at spaces without exceeding the width when words fit', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four'])
  })
})

describe('chart addresses', () => {
  it('should give the image and embed addresses of a chart, keeping the query string', () => {
    expect(
      chartAddressToPaths({ chartId: 'indicator-gdp-percent', page: '/compare', search: '?countries=a,b' }),
    ).toEqual({
      embed: '/embed/compare/indicator-gdp-percent?countries=a,b',
      page: '/compare?countries=a,b',
      png: '/charts/compare/indicator-gdp-percent.png?countries=a,b',
      svg: '/charts/compare/indicator-gdp-percent.svg?countries=a,b',
    })
  })

  it('should read a chart request back from the address segments and refuse other shapes', () => {
    expect(segmentsToChartRequest(['indicators', 'gdp', 'ranking'])).toEqual({
      chartId: 'ranking',
      page: 'indicators',
      slug: 'gdp',
    })
    expect(segmentsToChartRequest(['compare', 'indicator-gdp-percent'])?.page).toBe('compare')
    expect(segmentsToChartRequest(['articles', 'x', 'y'])).toBeNull()
    expect(fileNameToChartImage('ranking.png')).toEqual({ chartId: 'ranking', format: 'png' })
    expect(fileNameToChartImage('ranking.gif')).toBeNull()
  })
})
