import type { Payload } from 'payload'

import { Forbidden } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Author, Country, Place, User } from '@/payload-types'

import { countryAliasesOf } from '@/lib/countries/aliases'
import { searchSite } from '@/lib/queries/search'
import { backfillSearchNames } from '@/lib/search/backfillSearchNames'
import { queryToTerms } from '@/lib/search/highlight'
import { places as seededPlaces } from '@/seed/data/places'
import { as } from '@/tests/helpers/actors'
import { createCountry, createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'
import { paragraph } from '@/tests/helpers/richText'

let payload: Payload
let analyst: User
let reader: User
let kyrgyzstan: Country
let kazakhstan: Country
let almaty: Place
let mamedov: Author
let momynkulov: Author
let corridorArticle: Article
let narynArticle: Article
let draftArticle: Article

const search = (query: string) => searchSite(queryToTerms(query))

const namesOf = (docs: { name: string }[]) => docs.map((doc) => doc.name)

const idsOf = (docs: { id: number | string }[]) => docs.map((doc) => doc.id)

const seededAliasesOf = (name: string) => seededPlaces.find((place) => place.name === name)!.aliases

beforeAll(async () => {
  payload = await createTestPayload()
  analyst = await createUser(payload, 'analyst')
  reader = await payload.create({
    collection: 'users',
    data: { email: 'reader@scripts.example', name: 'Reader', password: 'reader-password-1', role: 'reader' },
  })
  kyrgyzstan = await createCountry(payload, {
    aliases: countryAliasesOf('KG', 'Kyrgyzstan'),
    capital: 'Bishkek',
    iso2: 'KG',
    iso3: 'KGZ',
    name: 'Kyrgyzstan',
  })
  kazakhstan = await createCountry(payload, {
    aliases: countryAliasesOf('KZ', 'Kazakhstan'),
    capital: 'Astana',
    iso2: 'KZ',
    iso3: 'KAZ',
    name: 'Kazakhstan',
  })
  almaty = await payload.create({
    collection: 'places',
    data: { _status: 'published', aliases: seededAliasesOf('Almaty'), country: kazakhstan.id, name: 'Almaty' },
  })
  await payload.create({
    collection: 'places',
    data: { _status: 'draft', aliases: [{ name: 'Каракол' }], country: kyrgyzstan.id, name: 'Karakol' },
    draft: true,
  })
  mamedov = await payload.create({ collection: 'authors', data: { _status: 'published', name: 'Ergün Mamedov' } })
  momynkulov = await payload.create({
    collection: 'authors',
    data: { _status: 'published', aliases: [{ name: 'Zhanat Momyunkulov' }], name: 'Zhanat Momynkulov' },
  })
  corridorArticle = await payload.create({
    collection: 'articles',
    data: {
      _status: 'published',
      authors: [momynkulov.id],
      body: paragraph('Two cities, one labour market.'),
      countries: [kazakhstan.id],
      dek: 'A corridor linking Almaty and Bishkek offers a practical path to deeper integration.',
      section: 'analysis',
      title: 'Corridor-based integration and the Almaty–Bishkek Economic Corridor',
    },
  })
  narynArticle = await payload.create({
    collection: 'articles',
    data: {
      _status: 'published',
      authors: [mamedov.id],
      body: paragraph('Dams and debts.'),
      countries: [kyrgyzstan.id],
      dek: 'Winter shortages and the dams meant to end them.',
      section: 'analysis',
      title: 'Hydropower on the Naryn cascade',
    },
  })
  draftArticle = await payload.create({
    collection: 'articles',
    data: {
      _status: 'draft',
      authors: [mamedov.id, momynkulov.id],
      body: paragraph('Not for readers yet.'),
      countries: [kyrgyzstan.id, kazakhstan.id],
      dek: 'An unpublished note on Almaty, Alma-Ata and the Naryn.',
      section: 'analysis',
      title: 'Unpublished: Almaty and Kyrgyzstan',
    },
    draft: true,
  })
  // A change waiting for review: the alias is in the newest draft, not in what readers see.
  await payload.update({
    collection: 'countries',
    data: { aliases: [...(kyrgyzstan.aliases ?? []), { name: 'Draftistan' }] },
    draft: true,
    id: kyrgyzstan.id,
  })
})

afterAll(async () => {
  await payload.destroy()
})

describe('search across scripts', () => {
  it.each(['Кыргызстан', 'Киргизия', "Qirg'iziston", 'Qirgʻiziston', 'Kyrgyz'])(
    'should find Kyrgyzstan and the analysis about it when searching for %s',
    async (query) => {
      const results = await search(query)
      expect(namesOf(results.countries)).toEqual(['Kyrgyzstan'])
      expect(idsOf(results.articles)).toContain(narynArticle.id)
      expect(idsOf(results.articles)).not.toContain(draftArticle.id)
      expect(results.articleReasons[narynArticle.id]).toMatchObject({ country: 'Kyrgyzstan', kind: 'about' })
    },
  )

  it('should say which alias found a country, as the country-names list writes it', async () => {
    expect((await search('Киргизия')).matchedAliases[`countries/${kyrgyzstan.id}`]).toBe('Киргизия')
    expect((await search('Кыргызстан')).matchedAliases[`countries/${kyrgyzstan.id}`]).toBe('Кыргызстан')
    expect((await search("Qirg'iziston")).matchedAliases[`countries/${kyrgyzstan.id}`]).toBe('Qirgʻiziston')
    expect((await search('Kyrgyz')).matchedAliases[`countries/${kyrgyzstan.id}`]).toBeUndefined()
  })

  it.each(['Алматы', 'Alma-Ata', 'Almaty'])(
    'should find Almaty and the analysis naming it when searching for %s',
    async (query) => {
      const results = await search(query)
      expect(namesOf(results.places)).toEqual(['Almaty'])
      expect(idsOf(results.articles)).toEqual([corridorArticle.id])
    },
  )

  it('should say an analysis was found because it names the place an alias stands for', async () => {
    const results = await search('Alma-Ata')
    expect(results.matchedAliases[`places/${almaty.id}`]).toBe('Alma-Ata')
    expect(results.articleReasons[corridorArticle.id]).toEqual({ alias: 'Alma-Ata', kind: 'mentions', place: 'Almaty' })
    expect(results.namesToHighlight).toContain('Almaty')
  })

  it.each(['Zhanat Momynkulov', 'Жанат Момынкулов', 'Momynkulov', 'Момынкулов', 'Momyunkulov'])(
    'should find Zhanat Momynkulov and his analysis when searching for %s',
    async (query) => {
      const results = await search(query)
      expect(namesOf(results.authors)).toEqual(['Zhanat Momynkulov'])
      expect(idsOf(results.articles)).toEqual([corridorArticle.id])
    },
  )

  it.each(['Ergün Mamedov', 'Ergun Mamedov', 'Эргун Мамедов', 'Мамедов'])(
    'should find Ergün Mamedov and his analysis when searching for %s',
    async (query) => {
      const results = await search(query)
      expect(namesOf(results.authors)).toEqual(['Ergün Mamedov'])
      expect(idsOf(results.articles)).toEqual([narynArticle.id])
    },
  )

  it('should never find what is not published through an alias', async () => {
    expect(namesOf((await search('Каракол')).places)).toEqual([])
    expect(namesOf((await search('Karakol')).places)).toEqual([])
    expect(namesOf((await search('Draftistan')).countries)).toEqual([])
    for (const query of ['Киргизия', 'Алматы', 'Alma-Ata', 'Жанат', 'Мамедов', 'Unpublished']) {
      expect(idsOf((await search(query)).articles)).not.toContain(draftArticle.id)
    }
  })

  it('should not find a country by letters inside an alias, only by the start of a word', async () => {
    const results = await search('гизия')
    expect(results.countries).toEqual([])
    expect(results.articles).toEqual([])
  })
})

describe('the search field', () => {
  it('should be written by the server from the name and aliases, whatever an analyst sends', async () => {
    const created = await payload.create({
      collection: 'authors',
      data: { aliases: [{ name: 'Айгерим' }], name: 'Aigerim Testova', searchNames: ' planted' },
      draft: true,
      ...as(analyst),
    })
    const stored = await payload.findByID({ collection: 'authors', draft: true, id: created.id })
    expect(stored.searchNames).toBe(' aigerim testova | aygerim')

    await payload.update({
      collection: 'countries',
      data: { searchNames: ' planted' },
      draft: true,
      id: kazakhstan.id,
      ...as(analyst),
    })
    const draft = await payload.findByID({ collection: 'countries', draft: true, id: kazakhstan.id })
    expect(draft.searchNames).not.toContain('planted')
    expect(draft.searchNames).toContain(' kazakhstan')
  })

  it('should give a new country the names the country-names list knows, and find it by them', async () => {
    const tajikistan = await createCountry(payload, { iso2: 'TJ', iso3: 'TJK', name: 'Tajikistan' })
    const results = await search('Таджикистан')
    expect(namesOf(results.countries)).toEqual(['Tajikistan'])
    expect(results.matchedAliases[`countries/${tajikistan.id}`]).toBe('Таджикистан')
  })

  it('should follow a change of aliases once it is published', async () => {
    const place = await payload.create({
      collection: 'places',
      data: { _status: 'published', country: kyrgyzstan.id, name: 'Osh' },
    })
    expect(namesOf((await search('Ош')).places)).toEqual(['Osh'])
    await payload.update({
      collection: 'places',
      data: { _status: 'published', aliases: [{ name: 'Oš' }, { name: 'Ош' }] },
      id: place.id,
    })
    const results = await search('Ош')
    expect(results.matchedAliases[`places/${place.id}`]).toBe('Ош')
  })

  it('should not let a reader write a country, place or author at all', async () => {
    await expect(
      payload.create({ collection: 'places', data: { country: kyrgyzstan.id, name: 'Naryn' }, ...as(reader) }),
    ).rejects.toThrow(Forbidden)
    await expect(
      payload.update({ collection: 'authors', data: { searchNames: ' planted' }, id: mamedov.id, ...as(reader) }),
    ).rejects.toThrow(Forbidden)
  })
})

describe('a database saved before the search field existed', () => {
  it('should get its search names at start-up, leaving names, aliases and versions as they were', async () => {
    const turkmenistan = await createCountry(payload, {
      aliases: [{ language: 'ru', name: 'Туркменистан' }],
      capital: 'Ashgabat',
      name: 'Turkmenistan',
    })
    const author = await payload.create({
      collection: 'authors',
      data: { _status: 'published', name: 'Dilnoza Karimova' },
    })
    const versionsBefore = await payload.countVersions({
      collection: 'countries',
      where: { parent: { equals: turkmenistan.id } },
    })
    // As an upgraded database has them: the column exists, nothing in it.
    await payload.db.updateOne({
      collection: 'countries',
      data: { searchNames: null },
      id: turkmenistan.id,
      returning: false,
    })
    await payload.db.updateOne({ collection: 'authors', data: { searchNames: null }, id: author.id, returning: false })
    expect(namesOf((await search('Туркменистан')).countries)).toEqual([])

    expect(await backfillSearchNames(payload)).toBeGreaterThanOrEqual(2)

    expect(namesOf((await search('Туркменистан')).countries)).toEqual(['Turkmenistan'])
    expect(namesOf((await search('Каримова')).authors)).toEqual(['Dilnoza Karimova'])
    const stored = await payload.findByID({ collection: 'countries', depth: 0, id: turkmenistan.id })
    expect(stored.aliases?.map((alias) => alias.name)).toEqual(['Туркменистан'])
    expect(stored.name).toBe('Turkmenistan')
    expect(
      await payload.countVersions({ collection: 'countries', where: { parent: { equals: turkmenistan.id } } }),
    ).toEqual(versionsBefore)
    expect(await backfillSearchNames(payload)).toBe(0)
  })
})
