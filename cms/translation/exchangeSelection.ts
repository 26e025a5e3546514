import { collectionSlugs } from '../collectionSlugs'
import { itemsLackingTranslation, type SelectItemsArgs } from './xliff/endpoints'
import type { ExchangeItem } from './xliff/exportXliff'

/**
 * What "everything still to translate" means for an agency export: items with a field not yet translated into the
 * locale, and items whose translation is outdated because the source changed since (the workflow's states).
 */
export async function itemsToTranslate(args: SelectItemsArgs): Promise<ExchangeItem[]> {
  const lacking = await itemsLackingTranslation(args)
  const { docs } = await args.payload.find({
    collection: collectionSlugs.translations,
    where: {
      and: [
        { locale: { equals: args.locale } },
        { outdated: { equals: true } },
        ...(args.collection ? [{ collection: { equals: args.collection } }] : []),
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: args.user,
  })
  const numericIds = args.payload.db.defaultIDType === 'number'
  const items = new Map(lacking.map((item) => [`${item.collection}/${item.id}`, item]))
  for (const state of docs) {
    items.set(`${state.collection}/${state.documentId}`, { collection: state.collection, id: numericIds ? Number(state.documentId) : state.documentId })
  }
  return [...items.values()]
}
