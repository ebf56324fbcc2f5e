import { describe, expect, it } from 'vitest'

import { isNameMatching, matchedAliasOf, namesToSearchField, termToSearchFieldPattern, textToSearchForm } from './names'

describe('textToSearchForm', () => {
  it('should fold case and diacritics', () => {
    expect(textToSearchForm('Ergün MAMEDOV')).toBe('ergun mamedov')
    expect(textToSearchForm('Türkiye')).toBe('turkiye')
    expect(textToSearchForm('Qırğızıstan')).toBe('qirgizistan')
  })

  it('should drop every kind of apostrophe, so the Uzbek spellings typed any way are one', () => {
    const spellings = ["Qirg'iziston", 'Qirgʻiziston', 'Qirg’iziston', 'Qirgʼiziston', 'Qirg`iziston']
    expect(new Set(spellings.map(textToSearchForm))).toEqual(new Set(['qirgiziston']))
  })

  it('should transliterate Cyrillic to the Latin spelling of the same name', () => {
    expect(textToSearchForm('Кыргызстан')).toBe(textToSearchForm('Kyrgyzstan'))
    expect(textToSearchForm('Алматы')).toBe(textToSearchForm('Almaty'))
    expect(textToSearchForm('Жанат Момынкулов')).toBe(textToSearchForm('Zhanat Momynkulov'))
    expect(textToSearchForm('Ташкент')).toBe('tashkent')
  })

  it('should transliterate the letters of Kazakh, Tajik, Azerbaijani, Armenian and Georgian', () => {
    expect(textToSearchForm('Қырғызстан')).toBe('qyrghyzstan')
    expect(textToSearchForm('Тоҷикистон')).toBe('tojikiston')
    expect(textToSearchForm('Azərbaycan')).toBe('azerbaycan')
    expect(textToSearchForm('Ղրղզստան')).toMatch(/^[a-z]+$/)
    expect(textToSearchForm('ყირგიზეთი')).toMatch(/^[a-z]+$/)
  })

  it('should turn hyphens, dashes and other punctuation into word breaks', () => {
    expect(textToSearchForm('Alma-Ata')).toBe('alma ata')
    expect(textToSearchForm('Алма-Ата')).toBe('alma ata')
    expect(textToSearchForm('Almaty–Bishkek  corridor.')).toBe('almaty bishkek corridor')
  })

  it('should leave nothing of a text without letters or digits', () => {
    expect(textToSearchForm(" ' - ")).toBe('')
  })
})

describe('namesToSearchField', () => {
  it('should keep each distinct form once, every word after a space, names apart', () => {
    expect(namesToSearchField(['Kyrgyzstan', 'Кыргызстан', 'Kyrgyz Republic', null, ''])).toBe(
      ' kyrgyzstan | kyrgyz republic',
    )
  })

  it('should be empty without names', () => {
    expect(namesToSearchField([])).toBe('')
  })
})

describe('termToSearchFieldPattern', () => {
  it('should match the start of a word in the search field', () => {
    const field = namesToSearchField(['Kyrgyzstan', 'Киргизия'])
    expect(field.includes(termToSearchFieldPattern('Kyrgyz')!)).toBe(true)
    expect(field.includes(termToSearchFieldPattern('киргиз')!)).toBe(true)
    expect(field.includes(termToSearchFieldPattern('gyzstan')!)).toBe(false)
  })

  it('should be null for a term with no letters or digits', () => {
    expect(termToSearchFieldPattern('’')).toBeNull()
  })
})

describe('isNameMatching', () => {
  it('should match every issue example across scripts', () => {
    for (const query of ['Кыргызстан', 'Kyrgyz', 'kyrgyzstan']) {
      expect(isNameMatching('Kyrgyzstan', [query])).toBe(true)
    }
    expect(isNameMatching('Киргизия', ['Киргизия'])).toBe(true)
    expect(isNameMatching('Qirgʻiziston', ["Qirg'iziston"])).toBe(true)
    expect(isNameMatching('Almaty', ['Алматы'])).toBe(true)
    expect(isNameMatching('Alma-Ata', ['alma-ata'])).toBe(true)
    expect(isNameMatching('Alma-Ata', ['alma', 'ata'])).toBe(true)
  })

  it('should need every term to start a word of the same name', () => {
    expect(isNameMatching('Kyrgyzstan', ['kyrgyz', 'trade'])).toBe(false)
    expect(isNameMatching('Kazakhstan', ['stan'])).toBe(false)
  })
})

describe('matchedAliasOf', () => {
  const kyrgyzstan = {
    aliases: [{ name: 'Киргизия' }, { name: 'Кыргызстан' }, { name: 'Qirgʻiziston' }],
    name: 'Kyrgyzstan',
  }

  it('should name the alias, as written, that matched when the name itself does not', () => {
    expect(matchedAliasOf(kyrgyzstan, ['киргизия'])).toBe('Киргизия')
    expect(matchedAliasOf(kyrgyzstan, ["qirg'iziston"])).toBe('Qirgʻiziston')
  })

  it('should name the alias spelt as typed even when the transliterated name matches too', () => {
    expect(matchedAliasOf(kyrgyzstan, ['кыргызстан'])).toBe('Кыргызстан')
  })

  it('should name no alias when the name matches as written or transliterated without an alias', () => {
    expect(matchedAliasOf(kyrgyzstan, ['kyrgyz'])).toBeUndefined()
    expect(matchedAliasOf({ aliases: [], name: 'Tashkent' }, ['ташкент'])).toBeUndefined()
  })

  it('should name no alias when nothing matches', () => {
    expect(matchedAliasOf({ aliases: null, name: 'Kyrgyzstan' }, ['uzbek'])).toBeUndefined()
  })
})
