import type { LocaleCode } from '../locales'

/**
 * The machine-translation hook: Concord ships no provider, so nothing leaves the machine unless a deployment
 * registers one. A provider is any object with a name and a `translate` function; register it once at start-up
 * (e.g. in a module imported by `payload.config.ts`).
 *
 * @example registerMachineTranslator({ name: 'in-house MT', translate: async (texts, from, to) => callOurServer(texts, from, to) })
 */
export interface MachineTranslator {
  /** Shown in the audit trail next to each machine translation. */
  name: string
  /** Translates each text from one locale code to another; returns the translations in the same order. */
  translate(texts: string[], from: LocaleCode, to: LocaleCode): Promise<string[]>
}

// Kept on `globalThis`: the admin's bundles may load this module more than once, and all must see one provider.
const registry = Symbol.for('concord.machineTranslator')
type Registry = { [registry]?: MachineTranslator | null }

/** Makes a provider available to the `machineTranslate` action; `null` removes it. */
export function registerMachineTranslator(translator: MachineTranslator | null): void {
  ;(globalThis as Registry)[registry] = translator
}

/** The registered provider, or null (the default: no machine translation). */
export function machineTranslator(): MachineTranslator | null {
  return (globalThis as Registry)[registry] ?? null
}
