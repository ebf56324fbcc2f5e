import type { Period } from '@/lib/period'

import { parsePeriod } from '@/lib/period'
import { textToSlug } from '@/lib/slugify'

import facts from './facts.json'

/**
 * Turns the fact sheet (copied from the think tank's research notes) into records for the
 * collections. Figures and their sources are kept exactly; labels are mapped to our vocabularies.
 */

type FactsCountry = (typeof facts.countries)[number]

const REGIONS: Record<string, string> = {
  'Central Asia': 'central-asia',
  'External power': 'external-power',
  Historical: 'historical',
  'Middle East': 'middle-east',
  'Neighbouring state': 'neighbour',
  Other: 'other',
  'South Caucasus': 'south-caucasus',
}

const COUNTRY_KINDS: Record<string, string> = {
  bloc: 'bloc',
  group: 'aggregate',
  historical: 'historical',
  region: 'aggregate',
  state: 'state',
}

const MEMBERSHIP_STATUS: Record<string, string> = {
  associate: 'partner',
  claimed: 'claimed',
  candidate: 'candidate',
  convener: 'participant',
  'dialogue partner': 'partner',
  'full participant': 'participant',
  member: 'member',
  observer: 'observer',
  participant: 'participant',
  partner: 'partner',
  'permanent member': 'permanent-member',
  signatory: 'signatory',
}

/** Organisations that countries belong to but that the fact sheet names only in memberships. */
const EXTRA_ORGANIZATIONS = [
  { acronym: 'BRICS', kind: 'intergovernmental', name: 'BRICS' },
  { acronym: 'G7', kind: 'intergovernmental', name: 'Group of Seven' },
  { acronym: 'G20', kind: 'intergovernmental', name: 'Group of Twenty' },
  { acronym: 'GCC', kind: 'intergovernmental', name: 'Gulf Cooperation Council' },
  { acronym: 'GUAM', kind: 'intergovernmental', name: 'GUAM Organization for Democracy and Economic Development' },
  { acronym: 'NAM', kind: 'intergovernmental', name: 'Non-Aligned Movement' },
  { acronym: 'UNSC', kind: 'intergovernmental', name: 'United Nations Security Council' },
]

const ORGANIZATION_ALIASES: Record<string, string> = {
  'Central Asia plus Japan Dialogue': 'CA+JP',
  'Consultative Meeting of Heads of State of Central Asia': 'CMHS-CA',
  'UN Security Council': 'UNSC',
}

const ORGANIZATION_KINDS: [RegExp, string][] = [
  [/^company/, 'company'],
  [/military alliance/, 'military-alliance'],
  [/economic union|defunct regional union/, 'economic-union'],
  [/^bloc$/, 'bloc'],
  [/diplomatic format/, 'diplomatic-format'],
  [/treaty/, 'treaty'],
  [/council|dialogue platform|forum|proposed body/, 'forum'],
  [/initiative|programme/, 'initiative'],
  [/corridor|pipeline/, 'infrastructure'],
  [/bank|financial institution/, 'financial-institution'],
  [/agency/, 'state-agency'],
  [/think tank|consultancy/, 'think-tank'],
  [/universit/, 'university'],
  [/intergovernmental/, 'intergovernmental'],
]

export const organizationKind = (factsKind: string): string =>
  ORGANIZATION_KINDS.find(([pattern]) => pattern.test(factsKind))?.[1] ?? 'other'

export const organizationAcronym = (nameOrAcronym: string): string =>
  ORGANIZATION_ALIASES[nameOrAcronym] ?? nameOrAcronym

export type SeedCountry = {
  capital: null | string
  iso2: null | string
  iso3: string
  kind: string
  leaders: { name: string; role: string }[]
  memberships: { organization: string; status: string }[]
  name: string
  region: string
}

export const seedCountries = (): SeedCountry[] =>
  facts.countries.map((country: FactsCountry) => ({
    capital: country.capital ?? null,
    iso2: country.iso2 ?? null,
    iso3: country.iso3,
    kind: COUNTRY_KINDS[country.kind] ?? 'state',
    leaders: (country.leaders ?? []).map(({ name, role }) => ({ name, role })),
    memberships: (country.memberships ?? []).map((membership) => ({
      organization: organizationAcronym(membership.org),
      status: MEMBERSHIP_STATUS[membership.status] ?? 'member',
    })),
    name: country.name,
    region: REGIONS[country.region] ?? 'other',
  }))

export type SeedOrganization = { acronym: string; kind: string; members: string[]; name: string; note: null | string }

export const seedOrganizations = (): SeedOrganization[] => {
  const known = new Set(facts.countries.map((country) => country.iso3))
  return [
    ...facts.organizations.map((organization) => ({
      acronym: organization.acronym,
      kind: organizationKind(organization.kind),
      members: (organization.members ?? []).filter((iso3) => known.has(iso3)),
      name: organization.name,
      note: null,
    })),
    ...EXTRA_ORGANIZATIONS.map((organization) => ({ ...organization, members: [], note: null })),
  ]
}

const INDICATOR_CATEGORY: Record<string, string> = {
  'agreements-signed': 'diplomacy',
  'agreements-value': 'investment',
  'bilateral-trade-growth': 'trade',
  'bilateral-trade-volume': 'trade',
  'capacity-increase-multiple': 'connectivity',
  'corridor-population': 'people',
  'export-growth': 'trade',
  'exports-to-partner': 'trade',
  'grain-transit-volume': 'connectivity',
  'households-supplied': 'energy',
  'infrastructure-project-cost': 'connectivity',
  'intercity-distance': 'connectivity',
  'investment-pledge': 'investment',
  'investment-project-value': 'investment',
  'investor-rank': 'investment',
  'multilateral-summits-count': 'diplomacy',
  'outbound-visits': 'people',
  'power-plant-capacity': 'energy',
  'railway-capacity': 'connectivity',
  'railway-line-length': 'connectivity',
  'raw-materials-share-of-bilateral-trade': 'trade',
  'students-abroad': 'people',
  'trade-balance': 'trade',
  'trading-partner-rank': 'trade',
  'transport-cost-reduction-estimate': 'connectivity',
  'weekly-flights': 'connectivity',
}

const displayScale = (unit: string): { decimals: number; scale: string } => {
  if (unit === 'USD' || unit === 'EUR') {
    return { decimals: 1, scale: '1e9' }
  }
  if (unit === 'visits') {
    return { decimals: 1, scale: '1e6' }
  }
  if (unit === 'percent' || unit === 'multiplier') {
    return { decimals: 1, scale: '1' }
  }
  return { decimals: 0, scale: '1' }
}

export type SeedIndicator = {
  category: string
  decimals: number
  description: string
  kind: 'bilateral' | 'country'
  name: string
  otherUnits: string[]
  scale: string
  slug: string
  unit: string
}

export const seedIndicators = (): SeedIndicator[] =>
  facts.indicators.map((indicator) => {
    const [unit, ...otherUnits] = indicator.unit.split('|')
    return {
      category: INDICATOR_CATEGORY[indicator.slug] ?? 'trade',
      description: indicator.description,
      kind: indicator.kind === 'bilateral' ? 'bilateral' : 'country',
      name: indicator.name,
      otherUnits,
      slug: indicator.slug,
      unit,
      ...displayScale(unit),
    }
  })

/** Our qualifier vocabulary from the source's wording; the wording itself is kept as a note. */
export const qualifierFromText = (text: null | string | undefined): string => {
  const value = (text ?? '').toLowerCase()
  if (!value) {
    return 'actual'
  }
  if (/target|plan to mobilise/.test(value)) {
    return 'target'
  }
  if (/exceeding|more than|\bover\b/.test(value)) {
    return 'lower-bound'
  }
  if (/below|less than|up to|upper bound/.test(value)) {
    return 'upper-bound'
  }
  if (/approx|nearly|about/.test(value)) {
    return 'approx'
  }
  if (/estimate|expected/.test(value)) {
    return 'estimate'
  }
  return 'actual'
}

export type SeedObservation = {
  country: string
  footnote: null | string
  id: string
  indicator: string
  note: null | string
  partner: null | string
  period: Period
  qualifier: string
  qualifierNote: null | string
  sourceArticle: { segment: null | number; sourceFile: string }
  subject: null | string
  unit: string
  value: number
  valueMax: null | number
}

/**
 * One record per observation in the fact sheet. Where the sheet pairs a partner with a
 * country-level indicator (a project's investor), the partner is kept in the note instead.
 */
export const seedObservations = (): SeedObservation[] => {
  const countryIndicators = new Set(facts.indicators.filter((i) => i.kind !== 'bilateral').map((i) => i.slug))
  const names = new Map(facts.countries.map((country) => [country.iso3, country.name]))
  return facts.observations.map((observation) => {
    const raw = observation as typeof observation & {
      period_note?: null | string
      project?: string
      segment?: number
      value_max?: number
    }
    const partnerMovedToNote = raw.partner && countryIndicators.has(raw.indicator)
    const notes = [
      raw.period_note ? `Period: ${raw.period_note}.` : null,
      partnerMovedToNote ? `Investor: ${names.get(raw.partner!) ?? raw.partner}.` : null,
      `As printed: “${raw.raw_figure}”.`,
    ].filter(Boolean)
    return {
      country: raw.country,
      footnote: raw.footnote ?? null,
      id: raw.id,
      indicator: raw.indicator,
      note: notes.join(' '),
      partner: partnerMovedToNote ? null : (raw.partner ?? null),
      period: parsePeriod(raw.period),
      qualifier: qualifierFromText(raw.qualifier),
      qualifierNote: raw.qualifier ?? null,
      sourceArticle: { segment: raw.segment ?? null, sourceFile: raw.seed_file },
      subject: raw.project ?? null,
      unit: raw.unit,
      value: raw.value,
      valueMax: raw.value_max ?? null,
    }
  })
}

const EVENT_KINDS: Record<string, string> = {
  'construction-start': 'infrastructure',
  'exercise-planned': 'exercise',
  'flight-route': 'infrastructure',
  'format-change': 'other',
  initiative: 'proposal',
  project: 'other',
  'trade-milestone': 'trade',
  'trade-route': 'trade',
}

export type SeedEventDate = { date: null | string; endDate: null | string; precision: string }

/** Fact-sheet event dates (`2025-10`, `2025-10-14`, `2020`, `2010s`, `a..b`, none) to our fields. */
export const eventDateFromFacts = (date: null | string, precision: string): SeedEventDate => {
  if (!date || precision === 'unknown') {
    return { date: null, endDate: null, precision: 'unknown' }
  }
  const decade = /(\d{4})s$/.exec(date)
  if (decade) {
    return { date: `${decade[1]}-01-01`, endDate: null, precision: 'decade' }
  }
  if (date.includes('..')) {
    const [start, end] = date.split('..')
    return { date: start, endDate: end, precision: 'range' }
  }
  if (/^\d{4}$/.test(date)) {
    return { date: `${date}-01-01`, endDate: null, precision: 'year' }
  }
  if (/^\d{4}-\d{2}$/.test(date)) {
    return { date: `${date}-01`, endDate: null, precision: 'month' }
  }
  return { date, endDate: null, precision: 'day' }
}

export type SeedEvent = {
  countries: string[]
  id: string
  kind: string
  location: null | string
  organizations: string[]
  slug: string
  sourceArticle: { segment: null | number; sourceFile: string }
} & SeedEventDate

export const seedEvents = (): SeedEvent[] =>
  facts.events.map((event) => {
    const raw = event as typeof event & { location?: string; segment?: number }
    return {
      countries: raw.countries,
      id: raw.id,
      kind: EVENT_KINDS[raw.kind] ?? raw.kind,
      location: raw.location ?? null,
      organizations: raw.organizations.map(organizationAcronym),
      slug: `${raw.id.replace('evt-', 'event-')}-${textToSlug(raw.title).slice(0, 60).replace(/-+$/, '')}`,
      sourceArticle: { segment: raw.segment ?? null, sourceFile: raw.seed_file },
      ...eventDateFromFacts(raw.date, raw.date_precision),
    }
  })
