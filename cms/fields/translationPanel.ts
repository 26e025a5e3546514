import type { UIField } from 'payload'

/** The edit view's translation panel (status, outdated fields with diffs, workflow buttons, history), in the sidebar. */
export const translationPanelField: UIField = {
  name: 'translationWorkflow',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/TranslationPanel#TranslationPanel' } },
}
