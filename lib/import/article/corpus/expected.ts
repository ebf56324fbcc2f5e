/**
 * What a careful analyst would make of each corpus document by hand: the checklist the scoring test
 * (`corpus.test.ts`) holds the importer to. The documents and every figure in them are test data
 * written for this project; names, numbers and addresses are invented.
 */
export type ExpectedFigure = {
  qualifier?: 'actual' | 'approx' | 'target'
  unit: string
  value: number
  valueMax?: number
}

export type ExpectedArticle = {
  /** Text that must appear nowhere in the title, standfirst or body. */
  absent: string[]
  authors: string[]
  /** ISO3 codes counted as the article's countries. */
  countries: string[]
  disclaimer?: string
  events: { countries: string[]; date: string }[]
  figures: ExpectedFigure[]
  /** Phrases a page break or line wrap split that must end up in one paragraph. */
  joined: string[]
  /** Footnote nodes placed at markers in the body. */
  markers: number
  notes: { accessed: null | string; id: string; url: null | string }[]
  /** ISO3 codes a careless match would find (a currency, an adjective) that must not be counted. */
  notCountries?: string[]
  paragraphs: number
  sections: string[]
  /** ISO3 codes named only in a bio or a note: shown, not counted. */
  shownOnly: string[]
  standfirst: string
  title: string
}

export type ExpectedDocument = { articles: ExpectedArticle[]; file: string; format: 'markdown' | 'text' }

export const EXPECTED_DOCUMENTS: ExpectedDocument[] = [
  {
    articles: [
      {
        absent: [
          'Share on social media',
          'Compartir',
          'Поделиться',
          'also available in',
          'shutterstock',
          'Feature Articles',
          'Earlier Articles',
          'Newsletter',
          'About the author',
          'transport economist',
          'All rights reserved',
          '[iii]',
        ],
        authors: ['Madina Orazbayeva'],
        countries: ['KAZ', 'AZE', 'CHN', 'EUU', 'USA', 'RUS', 'TUR'],
        events: [{ countries: ['EUU'], date: '2025-10-14' }],
        figures: [
          { unit: 'agreements', value: 29 },
          { unit: 'percent', value: 15, valueMax: 20 },
          { unit: 'officers', value: 600 },
          { unit: 'flights/week', value: 45 },
          { qualifier: 'target', unit: 'tonnes', value: 10_000_000 },
          { qualifier: 'approx', unit: 'tonnes', value: 6_000_000 },
          { unit: 'times', value: 3 },
        ],
        joined: [],
        markers: 5,
        notes: [
          { accessed: '2025-10-12', id: 'i', url: 'https://caspian-logistics.example/berth-2023' },
          { accessed: '2025-10-12', id: 'ii', url: 'https://digital.gov.example/az/transit' },
          { accessed: '2025-10-13', id: 'iii', url: 'https://aktauport.example/results-2024' },
          { accessed: '2025-10-20', id: 'iv', url: 'https://ec.example/news/alat-visit' },
          { accessed: '2025-10-21', id: 'v', url: 'https://tda.example/customs-caucasus' },
        ],
        paragraphs: 7,
        sections: ['Bottlenecks on the Water'],
        shownOnly: ['UZB'],
        standfirst:
          'The trans-Caspian ferry link between Kazakhstan and Azerbaijan carries more cargo than ever. Yet queues at Aktau and Alat show that ports, not ships, decide how fast the corridor grows.',
        title: 'Ferries, Fees and Fog: Why the Caspian Crossing Still Stalls',
      },
    ],
    file: 'web-roman-notes.txt',
    format: 'text',
  },
  {
    articles: [
      {
        absent: ['Keywords', 'water diplomacy, hydropower', 'senior research fellow', '\\', 'Abstract', '<sup>'],
        authors: ['Daniyar Seitkali'],
        countries: ['KAZ', 'UZB', 'TJK', 'KGZ'],
        events: [],
        figures: [
          { unit: 'm3', value: 3_500_000_000, valueMax: 4_200_000_000 },
          { qualifier: 'approx', unit: 'm3', value: 2_900_000_000 },
          { qualifier: 'target', unit: 'USD', value: 120_000_000 },
          { qualifier: 'actual', unit: 'USD', value: 45_000_000 },
          { unit: 'hectares', value: 12_000 },
        ],
        joined: ['a late agreement meant dry fields in the Fergana Valley', 'small compared with the cost of a single'],
        markers: 3,
        notCountries: ['USA'],
        notes: [
          { accessed: '2025-11-03', id: '1', url: 'https://icwc.example/schedules_2024' },
          { accessed: '2025-11-04', id: '2', url: 'https://agro.gov.example/uz/losses_report' },
          { accessed: '2025-11-04', id: '3', url: 'https://energo.example/kg/levels' },
        ],
        paragraphs: 4,
        sections: ['1. Introduction', 'A shift to multi-year contracts', '2. Conclusions'],
        shownOnly: ['GEO'],
        standfirst:
          'Upstream and downstream states in the Syr Darya basin have moved from annual barter deals to multi-year contracts. This paper traces how the new arrangements work and where they still fail.',
        title: 'Water, Power and Bargaining in the Syr Darya Basin',
      },
    ],
    file: 'pdf-converted.md',
    format: 'markdown',
  },
  {
    articles: [
      {
        absent: ["AUTHOR'S BIO", 'GRIGORYAN', 'transport analyst', 'shutterstock', 'Caucasus Monitor', 'Subscribe'],
        authors: ['Ani Grigoryan'],
        countries: ['ARM', 'GEO', 'ARE'],
        events: [{ countries: ['ARM'], date: '2025-11-06' }],
        figures: [{ unit: 'tonnes', value: 2_100_000 }],
        joined: [],
        markers: 0,
        notes: [],
        paragraphs: 3,
        sections: [],
        shownOnly: ['IRN', 'RUS'],
        standfirst: 'The country weighs a new operator after the current contract expires',
        title: 'Armenia Rethinks Its Railway Concession',
      },
      {
        absent: ["AUTHOR'S BIO", 'MAMMADOV', 'energy journalist', 'shutterstock', 'Ani Grigoryan'],
        authors: ['Rashad Mammadov'],
        countries: ['AZE', 'SAU', 'ARE', 'GEO', 'TUR'],
        events: [{ countries: ['AZE'], date: '2025-10-21' }],
        figures: [{ unit: 'GW', value: 4 }],
        joined: [],
        markers: 0,
        notes: [],
        paragraphs: 2,
        sections: [],
        shownOnly: ['KAZ', 'TKM'],
        standfirst:
          'Azerbaijan has announced plans for 4 gigawatts of offshore wind capacity, with part of the power meant for hydrogen exports to Europe.',
        title: "Azerbaijan's Green Hydrogen Ambitions Meet Reality",
      },
      {
        absent: ["AUTHOR'S BIO", 'BERIDZE', 'education policy', 'Feature Articles', 'Earlier Articles', 'Newsletter'],
        authors: ['Nino Beridze'],
        countries: ['CHN'],
        events: [],
        figures: [
          { qualifier: 'approx', unit: 'persons', value: 1200 },
          { unit: 'times', value: 5 },
        ],
        joined: [],
        markers: 0,
        notes: [],
        paragraphs: 2,
        sections: [],
        shownOnly: ['GEO'],
        standfirst:
          'Georgian universities enrolled about 1,200 students from China in 2025, fivefold more than five years earlier.',
        title: 'Georgian Students Look East',
      },
    ],
    file: 'multi-article.txt',
    format: 'text',
  },
  {
    articles: [
      {
        absent: [],
        authors: ['Dilnoza Rakhimova', 'Timur Aliev'],
        countries: ['UZB', 'KAZ', 'RUS', 'TUR', 'ARE', 'CHN', 'USA', 'KGZ'],
        events: [{ countries: ['UZB'], date: '2025-09-02' }],
        figures: [
          { unit: 'visits', value: 1_500_000 },
          { unit: 'flights/week', value: 45 },
          { qualifier: 'target', unit: 'rooms', value: 12_000 },
          { qualifier: 'target', unit: 'guides', value: 5000 },
          { unit: 'percent', value: 10, valueMax: 12 },
        ],
        joined: ['saw almost none despite new roads'],
        markers: 0,
        notes: [],
        paragraphs: 8,
        sections: ['Arrivals: the numbers behind the headlines', 'Hotels and Training', 'The Road Ahead'],
        shownOnly: [],
        standfirst:
          'Uzbekistan received more foreign visitors in 2024 than in any year since independence, helped by visa-free entry for citizens of 90 countries. Yet hotel capacity, air links and guide training lag behind the marketing.',
        title: "Uzbekistan's Tourism Boom and Its Limits",
      },
    ],
    file: 'plain-headings.txt',
    format: 'text',
  },
  {
    articles: [
      {
        absent: ['OPINION', 'Share on social media', 'The views expressed', 'labour economist', '<sup>', '***'],
        authors: ['Timur Bekov'],
        countries: ['TJK', 'RUS', 'EUU', 'KOR', 'KAZ'],
        disclaimer:
          "The views expressed in this article are the author's own and do not necessarily reflect those of Crossroads or its funders.",
        events: [{ countries: ['RUS'], date: '2025-01-01' }],
        figures: [
          { qualifier: 'approx', unit: 'percent', value: 40 },
          { unit: 'workers', value: 8000 },
        ],
        joined: [],
        markers: 2,
        notes: [
          { accessed: '2025-11-10', id: '1', url: 'https://worldbank.example/remittances-brief' },
          { accessed: '2025-11-11', id: '2', url: 'https://mvd.example/rules-2025' },
        ],
        paragraphs: 3,
        sections: ['What partners could do'],
        shownOnly: ['UZB', 'ARM'],
        standfirst:
          'Remittances keep Tajik households afloat. A smarter migration policy, not a bigger border fence, is what Dushanbe should ask of its partners.',
        title: 'Tajikistan Needs a Plan for the Day Remittances Fall',
      },
    ],
    file: 'opinion-disclaimer.md',
    format: 'markdown',
  },
]
