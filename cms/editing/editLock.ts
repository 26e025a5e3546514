/**
 * How long an edit lock outlives its holder's last change. Payload's default is 300 s, which blocks the next
 * colleague of an editor → translator → reviewer hand-off for five minutes after the last keystroke. Payload renews
 * the lock on the holder's form changes (at most every 10 s), drops it when they save (the update operation clears
 * it) and when they leave the document inside the admin; 60 s is then six renewals of slack for someone who is
 * typing, and a short wait for the next person when a tab was simply closed.
 */
export const defaultEditLockSeconds = 60

/** Bounds of `CONCORD_EDIT_LOCK_SECONDS`: under 15 s an active editor loses the lock between renewals. */
export const editLockBounds = { min: 15, max: 3600 } as const

/** The part of the environment the lock duration is read from. */
export type EditLockEnvironment = { readonly [name: string]: string | undefined }

/** The lock duration from `CONCORD_EDIT_LOCK_SECONDS` (whole seconds within `editLockBounds`), else the default. */
export function editLockSeconds(env: EditLockEnvironment = process.env): number {
  const raw = env.CONCORD_EDIT_LOCK_SECONDS?.trim()
  if (!raw) return defaultEditLockSeconds
  const seconds = Number(raw)
  if (!Number.isInteger(seconds) || seconds < editLockBounds.min || seconds > editLockBounds.max) {
    throw new Error(
      `CONCORD_EDIT_LOCK_SECONDS must be a whole number of seconds from ${editLockBounds.min} to ${editLockBounds.max}; got "${raw}".`,
    )
  }
  return seconds
}

/** Payload's `lockDocuments` setting for the editorial collections. */
export function editLockConfig(env: EditLockEnvironment = process.env): { duration: number } {
  return { duration: editLockSeconds(env) }
}
