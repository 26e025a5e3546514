import { describe, expect, it } from 'vitest'

import { type SegmentJob, SegmentQueue } from '../../site/render/searchQueue'

const label = (job: SegmentJob | undefined) => (job ? `${job.segment}${job.part}` : 'none')

describe('the search index workers’ queue of segments', () => {
  it('should hand out every language’s first segment, then the rest of the costliest language first', async () => {
    const queue = new SegmentQueue(
      [
        { segment: 'en', pages: 25 },
        { segment: 'th', pages: 30 },
        { segment: 'de', pages: 0 },
      ],
      10,
    )
    const first = [await queue.next(), await queue.next()]
    expect(first.map(label)).toEqual(['th0', 'en0'])
    expect(first.map((job) => [job!.first, job!.count, job!.forceLanguage])).toEqual([
      [0, 10, undefined],
      [0, 10, undefined],
    ])
    // Thai took four times as long a page: its older segments come first, English's last.
    queue.firstDone('en', 'en', 100)
    queue.firstDone('th', 'th', 400)
    const rest = [await queue.next(), await queue.next(), await queue.next(), await queue.next(), await queue.next()]
    expect(rest.map(label)).toEqual(['th1', 'th2', 'en1', 'en2', 'none'])
    expect(rest.slice(0, 4).map((job) => [job!.first, job!.count, job!.forceLanguage])).toEqual([
      [10, 10, 'th-x-s1'],
      [20, 10, 'th-x-s2'],
      [10, 10, 'en-x-s1'],
      [20, 5, 'en-x-s2'],
    ])
  })

  it('should make a worker wait for an older segment until its language’s key is known', async () => {
    const queue = new SegmentQueue([{ segment: 'zh', pages: 15 }], 10)
    expect(label(await queue.next())).toBe('zh0')
    let waited: SegmentJob | undefined | 'pending' = 'pending'
    const asked = queue.next().then((job) => (waited = job))
    await Promise.resolve()
    expect(waited).toBe('pending')
    queue.firstDone('zh', 'zh-hans', 50)
    await asked
    expect(waited).toMatchObject({ segment: 'zh', part: 1, first: 10, count: 5, forceLanguage: 'zh-hans-x-s1' })
    expect(await queue.next()).toBeUndefined()
  })
})
