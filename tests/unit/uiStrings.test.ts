import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../cms/locales'
import { projectRoot } from '../../cms/paths'

const folder = path.join(projectRoot, 'site', 'i18n')
const read = (code: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(folder, `${code}.json`), 'utf8'))
const english = read('en')
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()

describe('UI strings', () => {
  it('should have a strings file for every registry locale and no other', () => {
    const files = fs.readdirSync(folder).filter((file) => file.endsWith('.json')).map((file) => file.replace('.json', ''))
    expect(files.sort()).toEqual([...localeCodes].sort())
  })

  it.each(localeCodes.filter((code) => code !== 'en'))('should translate every English key into %s, with the same placeholders', (code) => {
    const strings = read(code)
    expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort())
    for (const [key, value] of Object.entries(english)) {
      expect(strings[key].trim(), `${code}: ${key}`).not.toBe('')
      expect(placeholders(strings[key]), `${code}: ${key}`).toEqual(placeholders(value))
    }
  })
})
