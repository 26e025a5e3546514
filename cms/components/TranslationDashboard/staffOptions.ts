import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '../../collectionSlugs'

/** The staff a locale can be assigned to, for the dashboard's assignee filter. */
export async function staffOptions(req: PayloadRequest): Promise<{ id: string; label: string }[]> {
  const { docs } = await req.payload.find({
    collection: collectionSlugs.users,
    where: { role: { in: ['translator', 'reviewer', 'editor'] } },
    select: { name: true, email: true },
    sort: 'email',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => ({ id: String(user.id), label: user.name || user.email }))
}
