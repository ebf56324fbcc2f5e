export const eventTexts: Record<string, { title: string; summary: string }> = {
  'evt-001': {
    title: 'Five armies train together at Birlik 2025 in Samarkand region',
    summary:
      'In October 2025 Uzbekistan hosted the Birlik (Unity) 2025 exercise at the Katakorgan training ground in Samarkand region. Forces from Uzbekistan, Kazakhstan, Tajikistan, Kyrgyzstan and Azerbaijan took part.',
  },
  'evt-002': {
    title: 'Putin phones the Kazakh, Uzbek and Tajik leaders',
    summary:
      "On 14 October 2025 Russia's President Vladimir Putin held phone calls with the leaders of Kazakhstan, Uzbekistan and Tajikistan.",
  },
  'evt-003': {
    title: 'Astana–Samarkand direct flights take off',
    summary:
      'A direct air service between Astana and Samarkand began on 7 November 2025, operated by an Astana-based airline.',
  },
  'evt-004': {
    title: 'New direct air link between Astana and Bishkek',
    summary: 'An Astana-based airline began direct flights between Astana and Bishkek on 10 November 2025.',
  },
  'evt-005': {
    title: 'Gabala hosts 12th OTS summit, with security and defence on the agenda',
    summary:
      "Azerbaijan hosted the 12th summit of the Organization of Turkic States in Gabala in October 2025. The meeting brought security and defence cooperation onto the organisation's agenda.",
  },
  'evt-006': {
    title: 'Armenia and Azerbaijan initial a peace agreement in Washington',
    summary:
      'On 8 August 2025 Armenia and Azerbaijan initialled a peace agreement in Washington, DC, with the United States acting as mediator.',
  },
  'evt-007': {
    title: 'Azerbaijan prevails in the Second Karabakh War',
    summary: 'The 2020 war between Azerbaijan and Armenia ended in victory for Azerbaijan.',
  },
  'evt-008': {
    title: 'Azerbaijan and Uzbekistan raise their ties to an alliance',
    summary: 'In 2024 Azerbaijan and Uzbekistan upgraded their relationship to the level of an alliance.',
  },
  'evt-009': {
    title: 'Azerbaijani and Kazakh forces train together in 2024 exercise',
    summary:
      'Azerbaijan and Kazakhstan took part in a joint military exercise in 2024, which the source calls Birstik-2024 (probably Birlestik-2024). Other Central Asian participants are not named.',
  },
  'evt-010': {
    title: 'Azerbaijan offers to host joint OTS military drills in 2026',
    summary:
      'Azerbaijan has proposed hosting joint military exercises of the Organization of Turkic States, planned for 2026. The plan remains a proposal.',
  },
  'evt-011': {
    title: 'Russia shoots down an Azerbaijani passenger plane',
    summary:
      "In 2024 Russia shot down an Azerbaijani passenger aircraft, an incident cited in analysis of Moscow's declining influence in Baku.",
  },
  'evt-012': {
    title: 'Church-led coup attempt in Armenia, described as Russian-backed',
    summary:
      'In 2025 Armenia faced an attempted coup led by the Armenian Apostolic Church. The source describes the attempt as backed by Russia.',
  },
  'evt-013': {
    title: 'US launches TRIPP transit route across southern Armenia',
    summary:
      'The United States has launched the Trump International Road for Peace and Prosperity (TRIPP), a route across southern Armenia linking Azerbaijan with Nakhchivan. The source gives no date.',
  },
  'evt-014': {
    title: 'Vice President Vance travels to Armenia and Azerbaijan',
    summary:
      'US Vice President JD Vance visits Armenia and Azerbaijan; the source describes the trip as under way or imminent at the time of writing.',
  },
  'evt-015': {
    title: 'C5+1 with the United States widens to a 6+1 including Azerbaijan',
    summary:
      'The C5+1 dialogue between the United States and Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan has been widened to include Azerbaijan, creating a 6+1 format. No date is given.',
  },
  'evt-016': {
    title: 'Kazakhstan brings a second Dostyk–Moyinty track into service',
    summary:
      'Kazakhstan has opened a second track on the Dostyk–Moyinty railway, a line that matters for its rail links with China. The opening date is not stated.',
  },
  'evt-017': {
    title: 'Kazakh grain starts moving to Armenia via Azerbaijan and Georgia',
    summary:
      'Kazakhstan has begun shipping grain to Armenia along a route through Azerbaijan and Georgia. The start date is not given.',
  },
  'evt-018': {
    title: 'Armenia commissions the 62 MW Masrik-1 solar plant',
    summary:
      "Masrik-1, a 62 MW solar plant in Armenia's Gegharkunik region, was commissioned in June 2025. FRV, China Machinery Engineering Corporation and the EU are linked to the project.",
  },
  'evt-019': {
    title: "Tokyo hosts first Central Asia–Japan leaders' summit",
    summary:
      'On 19–20 December 2025 Tokyo hosted the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan for the first leaders-level meeting of the Central Asia plus Japan Dialogue. It was the fifth summit of the year between the Central Asian states and an outside partner.',
  },
  'evt-020': {
    title: 'Central Asia plus Japan Dialogue is founded',
    summary: 'In 2004 Japan and the five Central Asian states established the Central Asia plus Japan Dialogue.',
  },
  'evt-021': {
    title: 'Uzbekistan and Japan agree an expanded strategic partnership',
    summary: 'In December 2025 Uzbekistan and Japan raised their relations to an expanded strategic partnership.',
  },
  'evt-022': {
    title: 'Turkmenistan concludes eight investment deals with Japanese firms',
    summary: 'In December 2025 Turkmenistan signed eight investment agreements with Japanese companies.',
  },
  'evt-023': {
    title: 'Central Asia–Japan business forum unveils solar, medical and mining projects',
    summary:
      'A Central Asia–Japan business forum in December 2025 announced solar, medical and mining projects, with Uzbekistan among the partners. JBIC, NEXI, JOGMEC, Sumitomo, Chubu Electric Power, Shikoku Electric Power and Sojitz were involved.',
  },
  'evt-024': {
    title: "Kazakhstan's first gallium shipment on the Tokyo summit agenda",
    summary:
      "Kazakhstan's first-ever shipment of gallium was discussed at the Tokyo summit with Japan. The date of the shipment is not stated.",
  },
  'evt-025': {
    title: 'Kazakhstan presents SmartMining Plus to Japanese partners',
    summary:
      'In December 2025 Kazakhstan presented Next-Generation SmartMining Plus, a national initiative for digitalising the mining sector, in its dialogue with Japan.',
  },
  'evt-026': {
    title: 'Mirziyoyev calls for Central Asia–Japan summits every two years',
    summary:
      "In December 2025 Uzbekistan's President Shavkat Mirziyoyev proposed holding Central Asia–Japan summits every two years and drafting a joint cooperation strategy.",
  },
  'evt-027': {
    title: 'Central Asia and Japan float a joint digital hub',
    summary:
      'In December 2025 Japan and the five Central Asian states proposed a joint digital hub focused on artificial intelligence, cybersecurity and the internet of things.',
  },
  'evt-028': {
    title: "Japan's brief role in the Stepnogorsk rare-earth project",
    summary:
      'In the 2010s Japan joined a rare-earth project at Stepnogorsk in Kazakhstan, then withdrew after a short time.',
  },
  'evt-029': {
    title: "Tokayev's visit to Kyrgyzstan makes the economic corridor a priority",
    summary:
      'During an official visit to Kyrgyzstan in 2025, President Kassym-Jomart Tokayev made development of the Almaty–Bishkek Economic Corridor a strategic priority.',
  },
  'evt-030': {
    title: 'Almaty–Bishkek Economic Corridor conceived with ADB backing',
    summary:
      'In the mid-2010s Kazakhstan and Kyrgyzstan conceived the Almaty–Bishkek Economic Corridor as a cross-border pilot supported by the Asian Development Bank.',
  },
  'evt-031': {
    title: 'First joint trade-logistics hub set up in the Kordai border area',
    summary:
      'Kazakhstan and Kyrgyzstan have set up their first joint industrial and trade-logistics hub in the Kordai border area as a pilot of the Almaty–Bishkek corridor. No date is given.',
  },
  'evt-032': {
    title: 'Gabala agenda: OTS cybersecurity council and joint security meetings',
    summary:
      'At the October 2025 summit hosted by Azerbaijan in Gabala, proposals before the Organization of Turkic States included a Council on Cybersecurity and joint meetings of foreign ministers and intelligence chiefs.',
  },
  'evt-033': {
    title: 'Work begins on the China–Kyrgyzstan–Uzbekistan railway',
    summary:
      'Construction of the railway linking Kashgar in China with Andijan in Uzbekistan through Kyrgyzstan began in 2025.',
  },
  'evt-034': {
    title: 'Astana hosts the second China–Central Asia summit',
    summary:
      'In June 2025 Chinese President Xi Jinping met the leaders of the five Central Asian states in Astana for the second China–Central Asia summit.',
  },
  'evt-035': {
    title: 'Samarkand hosts the first EU–Central Asia summit',
    summary:
      'At their first summit, held in Samarkand in April 2025, the EU and the five Central Asian states agreed a strategic partnership, and a package worth US$13.2 billion was announced.',
  },
  'evt-036': {
    title: 'Azerbaijani and US think tanks meet in Baku',
    summary: 'A forum of think tanks from Azerbaijan and the United States took place in Baku in November 2025.',
  },
  'evt-037': {
    title: 'Azerbaijan joins seventh Central Asian Consultative Meeting as full member',
    summary:
      'Azerbaijan took part as a full member in the seventh Consultative Meeting of Central Asian heads of state in November 2025. The location, Dushanbe, is as stated in the source and is unverified.',
  },
  'evt-038': {
    title: 'Khujand treaty settles Tajik, Kyrgyz and Uzbek borders',
    summary: 'In March 2025 Tajikistan, Kyrgyzstan and Uzbekistan signed a border treaty in Khujand, Tajikistan.',
  },
  'evt-039': {
    title: 'Bishkek hosts a summit of the Organization of Turkic States',
    summary:
      'Kyrgyzstan hosted a summit of the Organization of Turkic States in Bishkek in November 2024, with Azerbaijan, Kazakhstan, Türkiye and Uzbekistan among the participants.',
  },
  'evt-040': {
    title: "Russia's full-scale invasion of Ukraine",
    summary:
      "Russia's full-scale war against Ukraine is the backdrop to many shifts discussed in Crossroads analyses; it is referred to for context only.",
  },
  'evt-041': {
    title: 'Tokayev in Moscow: Kazakhstan and Russia declare an alliance',
    summary:
      'On 11–12 November 2025 President Tokayev visited Moscow, where Kazakhstan and Russia signed a declaration on comprehensive strategic partnership and alliance. Talks also covered gas supply to border regions, grid upgrades and Russian energy transit across Kazakhstan.',
  },
  'evt-042': {
    title: "Tokayev's US visit yields 29 agreements worth about $17bn",
    summary:
      "During President Tokayev's visit to the United States in November 2025, Kazakhstan signed 29 agreements worth about $17 billion, with President Donald Trump present.",
  },
  'evt-043': {
    title: 'Xi and Tokayev reaffirm their strategic partnership in Beijing',
    summary:
      'On 17 October 2023 President Tokayev visited Beijing, where he and Xi Jinping reaffirmed the comprehensive strategic partnership between Kazakhstan and China.',
  },
  'evt-044': {
    title: 'SCO leaders meet in Tianjin',
    summary:
      'China hosted a summit of the Shanghai Cooperation Organisation in Tianjin in 2025, with Kazakhstan and Russia among the participants.',
  },
  'evt-045': {
    title: 'Kazakhstan–Türkiye strategic council meets for the fifth time in Ankara',
    summary:
      'The fifth session of the Kazakhstan–Türkiye High-Level Strategic Cooperation Council was held in Ankara on 29 July 2025.',
  },
}
