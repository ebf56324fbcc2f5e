import React from 'react'

import { EmbedCode } from '@/components/site/EmbedCode'
import { chartAddressToPaths } from '@/lib/charts/chartAddress'

import './charts.css'

/** Where a chart's page is: its path and, for a comparison, the query string that chooses it. */
export type ChartAddress = { page: string; search?: string }

type Props = {
  /** Gives the chart SVG and PNG downloads and embed code; without it the figure offers none (e.g. inside an embed). */
  address?: ChartAddress
  children: React.ReactNode
  /** The same figures as a table: the accessible alternative, and the exact values. */
  dataTable: React.ReactNode
  id: string
  /** Notes under the chart: what is left out and why, sources. */
  notes?: React.ReactNode
  subtitle: React.ReactNode
  title: React.ReactNode
  titleLevel?: 'h2' | 'h3'
}

/**
 * A chart with its title, unit line, notes and a data table that opens without JavaScript; with an
 * address, links to its image as SVG and PNG and the code to embed it, all without JavaScript.
 */
export const ChartFigure = ({ address, children, dataTable, id, notes, subtitle, title, titleLevel = 'h3' }: Props) => {
  const Title = titleLevel
  const paths = address ? chartAddressToPaths({ ...address, chartId: id }) : null
  return (
    <figure aria-labelledby={`${id}-title`} className="chart-figure">
      <figcaption className="chart-figure__head">
        <Title className="chart-figure__title" id={`${id}-title`}>
          {title}
        </Title>
        <p className="chart-figure__subtitle">{subtitle}</p>
      </figcaption>
      <div className="chart-figure__body">{children}</div>
      {notes ? <div className="chart-figure__notes">{notes}</div> : null}
      <details className="chart-figure__data">
        <summary>Show the figures as a table</summary>
        {dataTable}
      </details>
      {paths ? (
        <div className="chart-figure__share">
          <p className="chart-figure__downloads">
            Download this chart:{' '}
            <a download href={paths.svg}>
              SVG
            </a>{' '}
            ·{' '}
            <a download href={paths.png}>
              PNG (2×, for slides)
            </a>
          </p>
          <EmbedCode
            embedPath={paths.embed}
            id={id}
            summary="Embed this chart"
            title={typeof title === 'string' ? title : 'Crossroads chart'}
          />
        </div>
      ) : null}
    </figure>
  )
}
