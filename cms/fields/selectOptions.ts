/** `'money-laundering'` → `{ label: 'Money laundering', value: 'money-laundering' }` for a select field. */
export function selectOptions(values: readonly string[]) {
  return values.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ') }))
}
