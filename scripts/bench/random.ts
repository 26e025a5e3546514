/** A small seeded pseudo-random generator (mulberry32), so the synthetic corpus is the same on every machine. */
export type Random = () => number

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A 32-bit FNV-1a hash: turns a key like `article 12 zh` into a seed, so each text is independent of the others. */
export function seedOf(key: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** An integer in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

/** One element; `skew` > 1 favours the start of the list, the way common words dominate real text. */
export function pick<T>(random: Random, list: readonly T[], skew = 1): T {
  return list[Math.floor(list.length * random() ** skew)]
}
