import React from 'react'

import './charts.css'

type Props = {
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

/** A chart with its title, unit line, notes and a data table that opens without JavaScript. */
export const ChartFigure = ({ children, dataTable, id, notes, subtitle, title, titleLevel = 'h3' }: Props) => {
  const Title = titleLevel
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
    </figure>
  )
}
