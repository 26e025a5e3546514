import type { TranslationWorkflowStrings } from '../../i18n/translationWorkflowStrings'

type Translate = (key: never, vars?: Record<string, unknown>) => string

/** An admin string of the translation workflow in the admin's language. */
export function translationStrings(t: unknown, key: keyof TranslationWorkflowStrings, vars?: Record<string, unknown>): string {
  return (t as Translate)(`concordTranslation:${key}` as never, vars)
}

/** True when a field holds no translation yet: nothing, blank text, or rich text without any text in it. */
export function isEmptyTranslation(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (typeof value !== 'object') return false
  const hasText = (node: unknown): boolean => {
    const { text, children, root } = (node ?? {}) as { text?: unknown; children?: unknown[]; root?: unknown }
    if (typeof text === 'string' && text.trim() !== '') return true
    if (root) return hasText(root)
    return Array.isArray(children) && children.some(hasText)
  }
  return !hasText(value)
}
