import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

import { countryAliasesOf } from '@/lib/countries/aliases'
import { observationSeriesKey } from '@/lib/observationKey'
import { periodToStoredPeriod } from '@/lib/period'
import { textToSlug } from '@/lib/slugify'

import { articles } from './data/articles'
import { authors } from './data/authors'
import { countrySummaries } from './data/countrySummaries'
import { eventTexts } from './data/eventTexts'
import { places } from './data/places'
import { seedCountries, seedEvents, seedIndicators, seedObservations, seedOrganizations } from './data/reference'
import { paragraphsToDoc, seedBlocksToDoc } from './richText'
import { DEMO_BYLINES, DEMO_USERS } from './users'

type Args = { payload: Payload; req?: Partial<PayloadRequest> }

type Id = number | string

const context = { disableRevalidate: true, isSeed: true }

/**
 * Creates the document matched by `where`, or updates it in place, so running the seed again
 * changes nothing and keeps ids (and links to them) stable.
 */
const upsert = async <T extends CollectionSlug>(
  { payload, req }: Args,
  collection: T,
  where: Where,
  data: Record<string, unknown>,
  extra: { filePath?: string } = {},
): Promise<Id> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where,
  })
  const existing = docs[0] as undefined | { id: Id }
  if (existing) {
    await payload.update({
      collection,
      context,
      data: data as never,
      depth: 0,
      id: existing.id,
      overrideAccess: true,
      req,
    })
    return existing.id
  }
  const created = await payload.create({
    collection,
    context,
    data: data as never,
    depth: 0,
    overrideAccess: true,
    req,
    ...extra,
  })
  return (created as { id: Id }).id
}

const flagPath = (iso2: null | string): null | string => {
  if (!iso2) {
    return null
  }
  const require = createRequire(import.meta.url)
  const file = path.join(
    path.dirname(require.resolve('flag-icons/package.json')),
    'flags',
    '4x3',
    `${iso2.toLowerCase()}.svg`,
  )
  return fs.existsSync(file) ? file : null
}

const articleKey = (sourceFile: string, segment: null | number | undefined) => `${sourceFile}#${segment ?? ''}`

/**
 * The demo accounts, created or reset to the README's passwords. Without `demoAccounts` (a
 * production database) nobody's account is touched, and demo accounts found there are reported:
 * their passwords are public.
 */
const seedDemoAccounts = async (args: Args, demoAccounts: boolean): Promise<Map<string, Id>> => {
  const { payload, req } = args
  const userIds = new Map<string, Id>()
  if (!demoAccounts) {
    payload.logger.info('Demo accounts: not created or changed (production).')
    const { docs } = await payload.find({
      collection: 'users',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    })
    if (docs.length) {
      payload.logger.warn({
        msg: `This production database has demo accounts whose passwords may be the public ones in the README: ${docs.map((doc) => doc.email).join(', ')}. Delete them or give them new passwords.`,
      })
    }
    return userIds
  }
  payload.logger.info('Seeding demo accounts…')
  for (const user of DEMO_USERS) {
    userIds.set(user.email, await upsert(args, 'users', { email: { equals: user.email } }, { ...user }))
  }
  return userIds
}

/**
 * Builds the demo: reference data, authors, articles, observations, events and, with
 * `demoAccounts`, one account per role with the README's passwords (never in production).
 */
export const seed = async ({ demoAccounts, ...args }: Args & { demoAccounts: boolean }): Promise<void> => {
  const { payload } = args
  const published = { _status: 'published' }

  const userIds = await seedDemoAccounts(args, demoAccounts)

  payload.logger.info('Seeding countries and flags…')
  const countries = seedCountries()
  const countryIds = new Map<string, Id>()
  const summaries = new Map(countrySummaries.map((entry) => [entry.iso3, entry.summary]))
  for (const country of countries) {
    const flagFile = flagPath(country.iso2)
    let flag: Id | null = null
    if (flagFile) {
      flag = await upsert(
        args,
        'media',
        { alt: { equals: `Flag of ${country.name}` } },
        { alt: `Flag of ${country.name}`, credit: 'flag-icons (MIT licence)' },
        { filePath: flagFile },
      )
    }
    const summary = summaries.get(country.iso3)
    const id = await upsert(
      args,
      'countries',
      { iso3: { equals: country.iso3 } },
      {
        ...published,
        aliases: countryAliasesOf(country.iso2, country.name),
        capital: country.capital,
        flag,
        iso2: country.iso2,
        iso3: country.iso3,
        kind: country.kind,
        leaders: country.leaders,
        memberships: [],
        name: country.name,
        region: country.region,
        slug: textToSlug(country.name),
        summary: summary ? paragraphsToDoc(summary) : null,
      },
    )
    countryIds.set(country.iso3, id)
  }

  payload.logger.info('Seeding organisations…')
  const organizationIds = new Map<string, Id>()
  for (const organization of seedOrganizations()) {
    const id = await upsert(
      args,
      'organizations',
      { acronym: { equals: organization.acronym } },
      {
        ...published,
        acronym: organization.acronym,
        kind: organization.kind,
        members: organization.members.map((iso3) => countryIds.get(iso3)).filter(Boolean),
        name: organization.name,
        slug: textToSlug(organization.acronym),
      },
    )
    organizationIds.set(organization.acronym, id)
  }
  for (const country of countries) {
    const memberships = country.memberships
      .filter((membership) => organizationIds.has(membership.organization))
      .map((membership) => ({ organization: organizationIds.get(membership.organization), status: membership.status }))
    await payload.update({
      collection: 'countries',
      context,
      data: { ...published, memberships } as never,
      id: countryIds.get(country.iso3)!,
      overrideAccess: true,
      req: args.req,
    })
  }

  payload.logger.info('Seeding places…')
  for (const place of places) {
    await upsert(
      args,
      'places',
      { name: { equals: place.name } },
      { ...published, aliases: place.aliases, country: countryIds.get(place.country), name: place.name },
    )
  }

  payload.logger.info('Seeding indicators…')
  const indicatorIds = new Map<string, Id>()
  for (const indicator of seedIndicators()) {
    indicatorIds.set(
      indicator.slug,
      await upsert(args, 'indicators', { slug: { equals: indicator.slug } }, { ...published, ...indicator }),
    )
  }

  payload.logger.info('Seeding authors…')
  const authorIds = new Map<string, Id>()
  for (const author of authors) {
    authorIds.set(
      author.slug,
      await upsert(
        args,
        'authors',
        { slug: { equals: author.slug } },
        {
          ...published,
          affiliation: author.affiliation,
          aliases: author.aliases ?? [],
          bio: paragraphsToDoc(author.bio),
          countriesOfFocus: author.countriesOfFocus.map((iso3) => countryIds.get(iso3)).filter(Boolean),
          links: author.links,
          name: author.name,
          slug: author.slug,
          // Without demo accounts, a byline keeps whatever account an editor linked it to.
          ...(demoAccounts ? { user: userIds.get(DEMO_BYLINES[author.slug] ?? '') ?? null } : {}),
        },
      ),
    )
  }

  payload.logger.info('Seeding articles…')
  const articleIds = new Map<string, Id>()
  for (const article of articles) {
    const id = await upsert(
      args,
      'articles',
      { slug: { equals: article.slug } },
      {
        ...published,
        authors: article.authors.map((slug) => authorIds.get(slug)).filter(Boolean),
        body: seedBlocksToDoc(article.body, article.references),
        countries: article.countries.map((iso3) => countryIds.get(iso3)).filter(Boolean),
        dek: article.dek,
        publishedAt: article.publishedAt,
        section: article.section.toLowerCase(),
        slug: article.slug,
        title: article.title,
        topics: article.topics,
      },
    )
    articleIds.set(articleKey(article.sourceFile, article.segment), id)
  }

  payload.logger.info('Seeding observations…')
  for (const observation of seedObservations()) {
    const article = articleIds.get(articleKey(observation.sourceArticle.sourceFile, observation.sourceArticle.segment))
    const period = observation.period
    const data = {
      ...published,
      country: countryIds.get(observation.country),
      indicator: indicatorIds.get(observation.indicator),
      note: observation.note,
      partner: observation.partner ? countryIds.get(observation.partner) : null,
      period: periodToStoredPeriod(period),
      qualifier: observation.qualifier,
      qualifierNote: observation.qualifierNote,
      source: { article, footnote: observation.footnote },
      subject: observation.subject,
      unit: observation.unit,
      value: observation.value,
      valueMax: observation.valueMax,
    }
    const seriesKey = observationSeriesKey({
      country: data.country!,
      indicator: data.indicator!,
      partner: data.partner,
      period,
      subject: observation.subject,
    })
    await upsert(args, 'observations', { seriesKey: { equals: seriesKey } }, data)
  }

  payload.logger.info('Seeding events…')
  for (const event of seedEvents()) {
    const text = eventTexts[event.id]
    const article = articleIds.get(articleKey(event.sourceArticle.sourceFile, event.sourceArticle.segment))
    const slug = `${textToSlug(text.title).slice(0, 70).replace(/-+$/, '')}-${event.id.replace('evt-', '')}`
    await upsert(
      args,
      'events',
      { slug: { equals: slug } },
      {
        ...published,
        countries: event.countries.map((iso3) => countryIds.get(iso3)).filter(Boolean),
        date: event.date ? `${event.date}T00:00:00.000Z` : null,
        datePrecision: event.precision,
        endDate: event.endDate ? `${event.endDate}T00:00:00.000Z` : null,
        kind: event.kind,
        location: event.location,
        organizations: event.organizations.map((acronym) => organizationIds.get(acronym)).filter(Boolean),
        slug,
        source: { article },
        summary: paragraphsToDoc([text.summary]),
        title: text.title,
      },
    )
  }
  payload.logger.info('Seed complete.')
}
