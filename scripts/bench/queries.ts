/**
 * Times the database reads behind reader pages directly through the Local API, as a reader (run by
 * scripts/bench/run.ts with `payload run` on the benchmark database). Prints one JSON line.
 */
import type { Client } from '@libsql/client'
import type { Where } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'

import type { SyntheticIds } from './syntheticData'

import {
  comparisonRowsToFigures,
  readComparisonRowsFromSqlite,
  readComparisonRowsThroughPayload,
} from '@/lib/queries/comparisonRead'
import { PROFILE_FIGURE_LIMIT } from '@/lib/queries/countryProfile'
import { INDICATOR_FIGURE_LIMIT } from '@/lib/queries/indicators'
import { asReader } from '@/lib/queries/reader'

import { percentile } from './percentile'

const ids = JSON.parse(process.env.BENCH_IDS || '{}') as Pick<SyntheticIds, 'countryIds' | 'indicatorIds'>
const ROUNDS = Number(process.env.BENCH_QUERY_ROUNDS || 10)

const payload = await getPayload({ config })

const time = async (run: () => Promise<{ docs: unknown[] }>) => {
  const samples: number[] = []
  let docs = 0
  await run()
  for (let round = 0; round < ROUNDS; round++) {
    const startedAt = performance.now()
    docs = (await run()).docs.length
    samples.push(performance.now() - startedAt)
  }
  samples.sort((a, b) => a - b)
  const round1 = (ms: number) => Math.round(ms * 10) / 10
  return { docs, p50: round1(percentile(samples, 0.5)), p95: round1(percentile(samples, 0.95)), rounds: ROUNDS }
}

const observations =
  (where: Where, depth = 1) =>
  () =>
    payload.find({ ...asReader, collection: 'observations', depth, pagination: false, sort: '-period.end', where })

/** The fields a comparison table or chart shows; relationships stay ids, resolved once per page. */
const comparisonFields = {
  country: true,
  indicator: true,
  partner: true,
  period: true,
  periodText: true,
  qualifier: true,
  source: true,
  unit: true,
  value: true,
  valueMax: true,
} as const

try {
  const comparisonWhere: Where = {
    and: [{ indicator: { in: ids.indicatorIds.slice(0, 10) } }, { country: { in: ids.countryIds.slice(0, 6) } }],
  }
  const comparison = await time(observations(comparisonWhere))
  const comparisonDepth0 = await time(() =>
    payload.find({
      ...asReader,
      collection: 'observations',
      depth: 0,
      pagination: false,
      select: comparisonFields,
      sort: '-period.end',
      where: comparisonWhere,
    }),
  )
  const profile = await time(
    observations({ or: [{ country: { equals: ids.countryIds[0] } }, { partner: { equals: ids.countryIds[0] } }] }),
  )
  // The same rows straight from SQLite: what is left once Payload's per-document work is skipped.
  const client = (payload.db as unknown as { client: Client }).client
  const countryIds = ids.countryIds.slice(0, 6)
  const indicatorIds = ids.indicatorIds.slice(0, 10)
  const comparisonSql = await time(async () => ({
    docs: (
      await client.execute({
        args: [...indicatorIds, ...countryIds],
        sql: `select indicator_id, country_id, partner_id, period_kind, period_year, period_start, period_end,
                period_text, value, value_max, unit, qualifier, source_article_id, source_footnote, source_url
              from observations
              where indicator_id in (${indicatorIds.map(() => '?').join(', ')})
                and country_id in (${countryIds.map(() => '?').join(', ')}) and _status = 'published'
              order by period_end desc`,
      })
    ).rows,
  }))
  const indicator = await time(observations({ indicator: { equals: ids.indicatorIds[0] } }))
  // The reads the pages make now: a comparison as one SQL statement (or a lean Local API read on
  // other databases) plus its source articles; profile and indicator pages capped to their newest figures.
  const scope = {
    countries: ids.countryIds.slice(0, 6).map((id) => ({ id, slug: String(id) })),
    indicators: ids.indicatorIds.slice(0, 10).map((id) => ({ id, slug: String(id), unit: '' })),
  }
  // The partners a reader can see, as the page has them: every published country, not only the six compared.
  const { rows: publishedCountries } = await client.execute(`select id from countries where _status = 'published'`)
  const partnerSlugs = new Map(publishedCountries.map(({ id }) => [String(id), String(id)]))
  const comparisonPageSql = await time(async () => ({
    docs: await comparisonRowsToFigures(
      payload,
      scope,
      partnerSlugs,
      await readComparisonRowsFromSqlite(client, scope),
    ),
  }))
  const comparisonPageLocalApi = await time(async () => ({
    docs: await comparisonRowsToFigures(
      payload,
      scope,
      partnerSlugs,
      await readComparisonRowsThroughPayload(payload, scope),
    ),
  }))
  const capped = (where: Where, limit: number) => () =>
    payload.find({ ...asReader, collection: 'observations', depth: 1, limit, sort: '-period.end', where })
  const profileCapped = await time(
    capped(
      { or: [{ country: { equals: ids.countryIds[0] } }, { partner: { equals: ids.countryIds[0] } }] },
      PROFILE_FIGURE_LIMIT,
    ),
  )
  const indicatorCapped = await time(capped({ indicator: { equals: ids.indicatorIds[0] } }, INDICATOR_FIGURE_LIMIT))
  process.stdout.write(
    `BENCH_QUERIES ${JSON.stringify({
      comparison,
      comparisonDepth0,
      comparisonPageLocalApi,
      comparisonPageSql,
      comparisonSql,
      indicator,
      indicatorCapped,
      profile,
      profileCapped,
    })}\n`,
  )
} finally {
  await payload.destroy()
}
