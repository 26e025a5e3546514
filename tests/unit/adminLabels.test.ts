// Sets a throwaway data folder and secret before the config is imported (importing it may create the secret file).
import '../helpers/isolateData'

import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { adminLanguageCodes } from '../../cms/i18n/adminLanguages'

let config: SanitizedConfig

// Importing the whole config (Payload, Lexical, sharp) takes a while on a busy machine.
beforeAll(async () => {
  config = await (await import('../../cms/payload.config')).default
}, 120_000)

/** Where a label is not translated in every admin language: a plain string, a missing language, an empty text. */
function problem(label: unknown): string | undefined {
  if (label === undefined || label === false) return undefined
  // Payload's own fields (`createdAt`, `_status`, upload and auth fields) label themselves through its i18n.
  if (typeof label === 'function') return undefined
  if (typeof label === 'string') return `a plain string "${label}"`
  if (typeof label !== 'object' || label === null) return `a ${typeof label}`
  const missing = adminLanguageCodes.filter((language) => !(label as Record<string, unknown>)[language])
  return missing.length > 0 ? `no text in ${missing.join(', ')}` : undefined
}

/** What people see of a field (hidden and disabled fields are never shown). */
function visible(field: Field): boolean {
  const admin = (field as { admin?: { hidden?: boolean; disabled?: boolean } }).admin
  return !('hidden' in field && field.hidden === true) && admin?.hidden !== true && admin?.disabled !== true
}

function fieldProblems(fields: Field[], at: string): string[] {
  const problems: string[] = []
  const check = (where: string, label: unknown, required = false) => {
    const found = label === undefined && required ? 'no label' : problem(label)
    if (found) problems.push(`${where}: ${found}`)
  }
  for (const field of fields.filter(visible)) {
    const where = `${at}.${'name' in field ? field.name : `(${field.type})`}`
    if ('name' in field) check(`${where} label`, (field as { label?: unknown }).label, true)
    check(`${where} description`, (field as { admin?: { description?: unknown } }).admin?.description)
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) check(`${where} option`, typeof option === 'string' ? option : option.label, true)
    }
    if (field.type === 'array') {
      check(`${where} row label`, field.labels?.singular)
      check(`${where} rows label`, field.labels?.plural)
    }
    if (field.type === 'blocks') {
      for (const block of field.blocks) {
        check(`${where}.${block.slug} label`, block.labels?.singular, true)
        check(`${where}.${block.slug} plural label`, block.labels?.plural, true)
        problems.push(...fieldProblems(block.fields, `${where}.${block.slug}`))
      }
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        check(`${where} tab label`, tab.label)
        problems.push(...fieldProblems(tab.fields, where))
      }
    }
    if ('fields' in field) problems.push(...fieldProblems(field.fields, where))
  }
  return problems
}

describe('admin labels in the built config', () => {
  const shown = () => config.collections.filter((collection) => collection.admin?.hidden !== true)

  it('should label every collection shown in the admin in every admin language', () => {
    const problems = shown().flatMap((collection) =>
      [
        ['singular label', collection.labels.singular],
        ['plural label', collection.labels.plural],
        ['group', collection.admin.group],
        ['description', collection.admin.description],
      ]
        .map(([what, label]) => [what, problem(label)])
        .filter(([, found]) => found)
        .map(([what, found]) => `${collection.slug} ${what}: ${found}`),
    )
    expect(problems).toEqual([])
  })

  it('should label every field, choice, block and description in every admin language', () => {
    const problems = shown().flatMap((collection) => fieldProblems(collection.fields, collection.slug))
    expect(problems).toEqual([])
  })

  it('should show the collections staff work with and hide only the server’s own records', () => {
    const hidden = config.collections.filter((collection) => collection.admin?.hidden === true).map((collection) => collection.slug)
    expect(hidden.filter((slug) => !slug.startsWith('payload-')).sort()).toEqual(['auth-throttles'])
  })
})
