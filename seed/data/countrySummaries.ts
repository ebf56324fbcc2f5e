import type { SeedCountrySummary } from './types'

export const countrySummaries: SeedCountrySummary[] = [
  {
    iso3: 'KAZ',
    summary: [
      'Kazakhstan, governed from Astana by President Kassym-Jomart Tokayev, pursues a multi-vector foreign policy that keeps it inside almost every relevant regional format. It is a member of the UN, the OSCE, the SCO, the Eurasian Economic Union, the OIC, the CSTO, CICA and the Organization of Turkic States, and takes part in the Consultative Meeting of Central Asian heads of state and the C5+1 with the United States. In November 2025 Tokayev signed a declaration on comprehensive strategic partnership and alliance with Russia in Moscow, shortly after a US visit that produced 29 agreements worth about $17 billion. Relations with China rest on a comprehensive strategic partnership reaffirmed in Beijing in October 2023, and Türkiye, South Korea, Japan, the EU and the UAE are important investment and energy partners.',
      "Kazakhstan is the region's main transit state between China, Russia and the Caspian. It exports oil through both the Caspian Pipeline Consortium across Russia and the Baku–Tbilisi–Ceyhan pipeline, is upgrading the port of Aktau as part of a strategic partnership with Azerbaijan, and has opened a second track on the 836-km Dostyk–Moyinty railway. Regionally, trade with Uzbekistan reached $3 billion in January–August 2025, the Almaty–Bishkek Economic Corridor is a priority in relations with Kyrgyzstan, and Kazakh grain is beginning to reach Armenia via Azerbaijan and Georgia. Critical minerals are a growing strand of its diplomacy, from tungsten deals with US partners to a first gallium shipment discussed with Japan.",
    ],
  },
  {
    iso3: 'UZB',
    summary: [
      'Uzbekistan, led by President Shavkat Mirziyoyev from Tashkent, has become one of the most active diplomatic players in Central Asia. Its multidimensional strategic partnership with Kazakhstan covers economic, logistics, cultural and military cooperation, with bilateral trade of $3 billion in January–August 2025 and a stated goal of $10 billion. In 2024 it raised relations with Azerbaijan to an alliance, it engages actively with the Organization of Turkic States, and in October 2025 it hosted the five-nation Birlik (Unity) 2025 exercise in Samarkand region. In March 2025 it signed the Khujand Treaty with Tajikistan and Kyrgyzstan, settling border disputes in the Fergana Valley.',
      'Uzbekistan is also a venue and partner for outside powers. Samarkand hosted the first EU–Central Asia summit in April 2025, construction of the China–Kyrgyzstan–Uzbekistan railway between Kashgar and Andijan began in 2025, and in December 2025 Tashkent and Tokyo upgraded their ties to an expanded strategic partnership, with more than $12 billion of joint projects planned, including an economic zone in Samarkand region. Mirziyoyev has proposed regular Central Asia–Japan summits every two years. Uzbekistan allows Indian citizens to enter without a visa, and its carriers fly to India.',
    ],
  },
  {
    iso3: 'KGZ',
    summary: [
      'Kyrgyzstan, with its capital in Bishkek and President Sadyr Japarov at its head, combines deep economic exposure to China with a growing role in regional cooperation. It signed the Khujand Treaty with Tajikistan and Uzbekistan in March 2025, settling border disputes in the Fergana Valley, hosted a summit of the Organization of Turkic States in November 2024, and took part in the Birlik (Unity) 2025 exercise. Its exposure to China is significant: construction of the China–Kyrgyzstan–Uzbekistan railway began in 2025, and the country owes large debts to Chinese lenders.',
      'Relations with Kazakhstan are being rebuilt around the Almaty–Bishkek Economic Corridor, a cross-border zone of about 4.4 million people backed by the Asian Development Bank. Bilateral trade stayed below $2.0 billion in 2025, with raw materials making up more than 70 percent; the corridor aims to cut transport costs by an estimated 15–20 percent and lift trade to $3.0 billion by 2030, starting with a joint hub in the Kordai border area. Connectivity is improving in other directions too: direct Astana–Bishkek flights began on 10 November 2025, Kyrgyz carriers serve India, and Kyrgyzstan allows Indian citizens visa-free entry.',
    ],
  },
  {
    iso3: 'TJK',
    summary: [
      'Tajikistan, governed from Dushanbe by President Emomali Rahmon, is a member of the CSTO alongside Russia. Vladimir Putin held phone calls with the leaders of Tajikistan, Kazakhstan and Uzbekistan on 14 October 2025, and Tajik forces took part in the five-nation Birlik (Unity) 2025 exercise hosted by Uzbekistan that month.',
      "The most significant recent step in Tajikistan's regional policy is the Khujand Treaty, signed with Kyrgyzstan and Uzbekistan in March 2025, which settled border disputes in the Fergana Valley. Tajikistan takes part in the C5+1 with the United States and in the Central Asia plus Japan Dialogue, but like Kyrgyzstan it carries large debts to Chinese lenders, which narrows its room for manoeuvre.",
    ],
  },
  {
    iso3: 'TKM',
    summary: [
      'Turkmenistan, whose president is Serdar Berdimuhamedov, has written permanent neutrality into its constitution, and this shapes its engagement with the region: it takes part in the C5+1 with the United States and in the Central Asia plus Japan Dialogue, and its neutrality makes economic rather than military cooperation the natural channel for its foreign ties. Its gas exports go mainly to China, a dependence that leaves it exposed to decisions taken in Beijing.',
      'Across the Caspian, the dispute with Azerbaijan over the Dostluk field has moved towards cooperation, and a proposed Trans-Caspian Gas Pipeline remains under discussion. Turkmenistan is also widening its economic partners: around the Tokyo summit of December 2025 it signed eight investment agreements with Japanese companies.',
    ],
  },
  {
    iso3: 'AZE',
    summary: [
      "Azerbaijan, led by President Ilham Aliyev, has become a bridge between the South Caucasus and Central Asia. Its victory in the Second Karabakh War in 2020 was followed by a peace agreement with Armenia, initialled in Washington on 8 August 2025 under US mediation. A member of the Organization of Turkic States, it hosted the organisation's 12th summit in Gabala in October 2025, where security and defence entered the agenda, and has offered to host joint OTS military exercises planned for 2026. It raised ties with Uzbekistan to an alliance in 2024, maintains a strategic partnership with Kazakhstan that includes port, cable and energy projects, and has moved from dispute to cooperation with Turkmenistan over the Dostluk field. It took part in the seventh Consultative Meeting of Central Asian heads of state in November 2025 as a full member, and its inclusion has turned the US–Central Asia C5+1 into a 6+1.",
      "Baku's relations with Moscow have cooled, not least after Russia shot down an Azerbaijani passenger aircraft in 2024. Azerbaijan instead relies on a military alliance with Türkiye, a defence and economic partnership with Israel, a strategic partnership with the United States and an energy-for-investment relationship with the European Union. It supplies energy to Armenia, stands to gain from the US-backed TRIPP route, which would link it to Nakhchivan through southern Armenia, and has signalled interest in joining the Shanghai Cooperation Organisation.",
    ],
  },
  {
    iso3: 'ARM',
    summary: [
      'Armenia, led from Yerevan by the government of Prime Minister Nikol Pashinyan, is in the midst of a strategic reorientation. It remains a member of the Eurasian Economic Union and, formally, of the CSTO, where its participation has been frozen since 2024. Russia keeps a military base at Gyumri. Yet Armenia seeks membership of the European Union, wants deeper cooperation with NATO, has signalled interest in the SCO, and is pursuing normalisation with Türkiye and a peaceful nuclear cooperation agreement with the United States. In 2025 it faced a Church-led coup attempt that one contributor to Crossroads describes as Russian-backed.',
      'The peace agreement with Azerbaijan, initialled in Washington on 8 August 2025, is opening new economic links. The planned TRIPP route would cross the southern Syunik region to connect Azerbaijan with Nakhchivan, Azerbaijan supplies energy to Armenia, and Kazakhstan plans to ship up to 20,000 tonnes of grain a month to Armenia via Azerbaijan and Georgia. At home, the 62 MW Masrik-1 solar plant, commissioned in June 2025 in the Gegharkunik region, supplies more than 21,000 households.',
    ],
  },
  {
    iso3: 'GEO',
    summary: [
      "Georgia, whose government is led by Prime Minister Irakli Kobakhidze, is moving against the regional current. Russia occupies Abkhazia and South Ossetia, yet Tbilisi's dependence on Moscow is growing while its path to EU accession has stalled and discord with Brussels is mounting. Georgia has held EU candidate status since December 2023 and has expressed a wish to deepen cooperation with NATO.",
      "Georgia's importance to the wider region lies in transit. The Baku–Tbilisi–Ceyhan pipeline, which also carries Kazakh oil, crosses its territory, Kazakh grain for Armenia moves via Azerbaijan and Georgia, and the Black Sea port of Batumi figures in Kazakhstan's westward routes. Its political drift therefore matters for every east–west corridor that runs through the South Caucasus.",
    ],
  },
  {
    iso3: 'RUS',
    summary: [
      "Russia, under President Vladimir Putin, remains the most deeply embedded outside power in Central Asia, through the CSTO, the Eurasian Economic Union and trade that one estimate puts at more than $45 billion with the region. In November 2025 it signed a declaration on comprehensive strategic partnership and alliance with Kazakhstan, and Kazakh oil still flows through the Caspian Pipeline Consortium across Russian territory. In the South Caucasus its position has weakened: its influence in Armenia and Azerbaijan has fallen sharply, relations with Baku suffered after Russia shot down an Azerbaijani passenger aircraft in 2024, and Armenia is looking to the EU, although Russia keeps a base at Gyumri. Georgia, by contrast, is growing more dependent on Moscow, which occupies Abkhazia and South Ossetia. Russia's war against Ukraine and its 'no-limits' partnership with China form the backdrop to the region's search for other partners.",
    ],
  },
  {
    iso3: 'CHN',
    summary: [
      "China, under President Xi Jinping, is a central infrastructure and financing partner for much of Central Asia. The second China–Central Asia summit in Astana in June 2025 carried forward Beijing's 'shared future' framework, construction of the China–Kyrgyzstan–Uzbekistan railway between Kashgar and Andijan began in 2025, and China hosted the SCO summit in Tianjin the same year. Its comprehensive strategic partnership with Kazakhstan was reaffirmed in 2023. The relationship also creates dependencies: Turkmenistan's gas goes mainly to China, and Kyrgyzstan and Tajikistan owe large debts to Chinese lenders. In the South Caucasus, China's state-owned China Machinery Engineering Corporation built Armenia's Masrik-1 solar plant.",
    ],
  },
  {
    iso3: 'USA',
    summary: [
      "The United States, under President Donald Trump, engages Central Asia through the C5+1, which has widened into a 6+1 with Azerbaijan's inclusion. It mediated the Armenia–Azerbaijan peace agreement initialled in Washington on 8 August 2025 and has launched the TRIPP route across southern Armenia, which would give US companies rail, road and pipeline links between Azerbaijan and Nakhchivan; Vice President JD Vance's visit to Armenia and Azerbaijan underscores that engagement. Washington has a strategic partnership with Azerbaijan and plans a peaceful nuclear cooperation agreement with Armenia. With Kazakhstan, a November 2025 visit by President Tokayev produced 29 agreements worth about $17 billion, including a $2.5 billion John Deere plant and a $1.1 billion tungsten project.",
    ],
  },
  {
    iso3: 'TUR',
    summary: [
      'Türkiye, led by President Recep Tayyip Erdoğan, is a member of the Organization of Turkic States, whose 12th summit in Gabala in October 2025 added security and defence to its agenda. It maintains a military alliance with Azerbaijan and is pursuing normalisation with Armenia. With Kazakhstan it holds a High-Level Strategic Cooperation Council, whose fifth meeting took place in Ankara on 29 July 2025; Türkiye is a major investor in Kazakhstan, and more than 12,000 Kazakh students study at Turkish universities.',
    ],
  },
  {
    iso3: 'IRN',
    summary: [
      "Iran's role in the region, as the Crossroads analyses describe it, is chiefly that of a transit partner. Kazakhstan works with Iran on the International North–South Transport Corridor, which gives Central Asian exporters a route towards the south. In the South Caucasus, Iran is part of the 3+3 regional platform with Russia, Türkiye, Armenia and Azerbaijan (Georgia, the sixth intended member, does not take part in practice), and it has a stake in how new routes such as TRIPP are built after the Armenia–Azerbaijan peace agreement.",
    ],
  },
  {
    iso3: 'IND',
    summary: [
      "India is a fast-growing partner for Central Asia. Kazakhstan, Uzbekistan and Kyrgyzstan allow Indian citizens to enter without a visa, and weekly flights between Central Asia and India, mainly to New Delhi, were expected to reach 45 by the end of 2025. India's exports to the region grew by over 24 percent to $927 million in its 2025 fiscal year, giving it a trade surplus of $652 million, a lopsided balance that Central Asian governments will want to correct.",
    ],
  },
  {
    iso3: 'JPN',
    summary: [
      "Japan, under Prime Minister Sanae Takaichi, raised its profile in Central Asia at the first leaders-level summit of the Central Asia plus Japan Dialogue, a format created in 2004, held in Tokyo on 19–20 December 2025. Japan pledged about $19 billion over five years for regional supply chains, upgraded ties with Uzbekistan to an expanded strategic partnership with more than $12 billion of joint projects planned, and saw Turkmenistan sign eight investment agreements with Japanese companies. Critical minerals are central to its interest, from Kazakhstan's first gallium shipment to the SmartMining Plus initiative, and it cooperates with Kazakhstan on ecology and energy.",
    ],
  },
  {
    iso3: 'EUU',
    summary: [
      "The European Union held its first summit with the five Central Asian states in Samarkand in April 2025, establishing a strategic partnership and announcing a package put at US$13.2 billion; its Global Gateway plan to mobilise €12 billion for Eurasian connectivity, cited elsewhere, probably refers to the same offer. The EU is among Kazakhstan's leading trading partners and a major investor there, with energy cooperation running through the EU–Central Asia Energy Dialogue. In the South Caucasus it has an energy-for-investment relationship with Azerbaijan and faces an Armenian aspiration to membership, while Georgia's accession path has stalled amid mounting discord with Brussels.",
    ],
  },
]
