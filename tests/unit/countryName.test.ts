import { describe, expect, it } from 'vitest'

import { countryName, isKnownCountryCode } from '../../cms/fields/countryName'

describe('country names from Intl.DisplayNames', () => {
  it('should name a country in each locale’s own language', () => {
    expect(countryName('VN', 'en')).toBe('Vietnam')
    expect(countryName('VN', 'zh')).toBe('越南')
    expect(countryName('ZA', 'fr')).toBe('Afrique du Sud')
    expect(countryName('MN', 'mn')).toBe('Монгол')
    expect(countryName('EG', 'ar')).toBe('مصر')
  })

  it('should accept ISO 3166-1 alpha-2 codes and refuse anything else', () => {
    expect(isKnownCountryCode('CN')).toBe(true)
    expect(isKnownCountryCode('cn')).toBe(false)
    expect(isKnownCountryCode('XQ')).toBe(false)
    expect(isKnownCountryCode('CHN')).toBe(false)
  })
})
