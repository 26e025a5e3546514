import { describe, expect, it } from 'vitest'

import { answerQuery, itemKey, itemPageKey, recordRead } from '../../site/lib/dependencies'
import { changedKeys } from '../../site/render/state'

const before = { articles: { 1: 'cardA.pageA', 2: 'cardB.pageB' } }

describe('the dependency keys a publish invalidates', () => {
  it('should name only the item’s page half after an edit of its text, not its card or its collection', () => {
    expect([...changedKeys(before, { articles: { 1: 'cardA.pageA2', 2: 'cardB.pageB' } })]).toEqual(['page:articles:1'])
  })

  it('should name the item and its collection when what its card shows changed', () => {
    expect([...changedKeys(before, { articles: { 1: 'cardA2.pageA', 2: 'cardB.pageB' } })].sort()).toEqual(['all:articles', 'item:articles:1'])
  })

  it('should name every half and the collection of an item that came or went', () => {
    expect([...changedKeys(before, { articles: { 1: 'cardA.pageA' } })].sort()).toEqual(['all:articles', 'item:articles:2', 'page:articles:2'])
    expect([...changedKeys(before, { articles: { ...before.articles, 3: 'cardC.pageC' } })].sort()).toEqual(['all:articles', 'item:articles:3', 'page:articles:3'])
  })
})

describe('a query’s answer', () => {
  it('should refuse to read what only an item’s own page shows, which a publish may change without asking queries again', () => {
    expect(() => answerQuery(() => recordRead(itemPageKey('articles', 1)))).toThrow(/a query may read only what item cards hold/)
    expect(() => answerQuery(() => recordRead(itemKey('articles', 1)))).not.toThrow()
  })
})
