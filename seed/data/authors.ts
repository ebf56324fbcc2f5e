import type { SeedAuthor } from './types'

export const authors: SeedAuthor[] = [
  {
    slug: 'ergun-mamedov',
    name: 'Ergün Mamedov',
    affiliation: 'Ankara Hacı Bayram Veli University',
    bio: [
      "Ergün Mamedov has been a doctoral candidate in International Relations at Ankara Hacı Bayram Veli University since 2022. He studied political science and international relations at Kütahya Dumlupınar University from 2016 to 2020 and completed a thesis-based master's degree in International Relations there in 2022.",
      'A Georgian citizen, he works on contemporary diplomacy, political history, the South Caucasus and the Turkic world. He is fluent in Georgian, with intermediate English and basic Russian.',
    ],
    countriesOfFocus: ['KAZ', 'UZB'],
    links: [],
  },
  {
    slug: 'zhanat-momynkulov',
    name: 'Zhanat Momynkulov',
    affiliation: 'L.N. Gumilyov Eurasian National University',
    aliases: [{ name: 'Zhanat Momyunkulov', note: 'Spelling in a footnote of his article' }],
    bio: [
      'Zhanat Momynkulov is a Senior Lecturer in the Department of Political Science at L.N. Gumilyov Eurasian National University in Astana. He holds the degree of Candidate of Philosophical Sciences.',
      'His research on relations between Azerbaijan and Central Asia draws in part on his attendance, as a participant observer, at meetings of the Organization of Turkic States and at regional conferences.',
    ],
    countriesOfFocus: ['AZE', 'KAZ', 'UZB', 'TKM'],
    links: [],
  },
  {
    slug: 'stephen-blank',
    name: 'Stephen Blank',
    affiliation: 'Foreign Policy Research Institute',
    bio: [
      'Stephen Blank is a Senior Fellow at the Foreign Policy Research Institute.',
      "His commentary for Crossroads examines the decline of Russia's influence in the South Caucasus and the openings it creates for the United States and Europe in Armenia, Azerbaijan and Georgia.",
    ],
    countriesOfFocus: ['ARM', 'AZE', 'GEO'],
    links: [],
  },
  {
    slug: 'eldaniz-gusseinov',
    name: 'Eldaniz Gusseinov',
    affiliation: 'Nightingale Int.',
    bio: [
      'Eldaniz Gusseinov is head of research at Nightingale Int., a political foresight agency he co-founded.',
      'He is also a non-resident fellow at the Haydar Aliyev Center for Eurasian Studies at Ibn Haldun University in Istanbul.',
    ],
    countriesOfFocus: ['ARM', 'AZE', 'GEO', 'KAZ'],
    links: [],
  },
  {
    slug: 'sardor-allayarov',
    name: 'Sardor Allayarov',
    affiliation: 'Urgench State University',
    bio: [
      'Sardor Allayarov is a research assistant at Urgench State University in Uzbekistan.',
      'A specialist in international relations, he works on international relations theory, world order, China and Eurasia.',
    ],
    countriesOfFocus: ['ARM', 'AZE', 'KAZ', 'UZB'],
    links: [],
  },
  {
    slug: 'emil-avdaliani',
    name: 'Emil Avdaliani',
    affiliation: 'European University, Tbilisi; Turan Research Center',
    bio: [
      'Emil Avdaliani is a professor of international relations at European University in Tbilisi and a research fellow at the Turan Research Center.',
      'His research covers the history of the Silk Roads and the interests of the great powers in the Middle East and the Caucasus.',
    ],
    countriesOfFocus: ['KAZ', 'UZB', 'TKM', 'JPN'],
    links: [],
  },
  {
    slug: 'rafis-abazov',
    name: 'Rafis Abazov',
    affiliation: 'Kazakh National Agrarian Research University',
    bio: [
      'Rafis Abazov, PhD, directs the Institute for Green and Sustainable Development at Kazakh National Agrarian Research University. His books include The Culture and Customs of the Central Asian Republics (2007) and An Effective Project Manager (2025).',
      'Since 2014 he has run the United Nations Academic Impact global hub on sustainability based in Kazakhstan. He has also facilitated the International Model UN New Silk Way conference, which has involved Afghanistan and other Central Asian countries.',
    ],
    countriesOfFocus: ['KAZ', 'KGZ'],
    links: [],
  },
  {
    slug: 'crossroads-desk',
    name: 'Crossroads Desk',
    affiliation: 'Crossroads editorial team',
    bio: [
      'Crossroads Desk is the byline used for unsigned analyses prepared by the Crossroads editorial team.',
      'Desk pieces synthesise developments across Central Asia and the South Caucasus, with a focus on regional diplomacy, connectivity and the policies of outside powers.',
    ],
    countriesOfFocus: ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM', 'AZE'],
    links: [],
  },
]
