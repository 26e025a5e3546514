import type { Access } from 'payload'

/** The public reads published items only; signed-in staff also see drafts. */
export const publishedOrSignedIn: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}
