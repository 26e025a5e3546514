import { describe, expect, it } from 'vitest'

import { perRelease } from '../../publishing/serve/perRelease'

describe('values kept per release by the site server', () => {
  it('should read a release once and keep only the live release and the one before', () => {
    const reads: string[] = []
    const valueOf = perRelease((root: string) => root, (root) => {
      reads.push(root)
      return { root }
    })
    expect(valueOf('r1')).toBe(valueOf('r1'))
    valueOf('r2')
    valueOf('r3')
    valueOf('r3')
    expect(reads).toEqual(['r1', 'r2', 'r3'])
    // r1 was let go when r3 arrived; r2 is still kept.
    valueOf('r2')
    valueOf('r1')
    expect(reads).toEqual(['r1', 'r2', 'r3', 'r1'])
  })
})
