/**
 * A value read once per release (releases never change once live), kept for the live release and the one before
 * it (still answering requests that began before a switch). A long-running site server sees a new release with every
 * publish, so anything kept per release without a bound would grow for as long as it runs.
 */
export function perRelease<Release, T>(key: (release: Release) => string, read: (release: Release) => T, kept = 2): (release: Release) => T {
  const values = new Map<string, T>()
  return (release) => {
    const root = key(release)
    if (values.has(root)) return values.get(root)!
    const value = read(release)
    values.set(root, value)
    while (values.size > kept) values.delete(values.keys().next().value!)
    return value
  }
}
