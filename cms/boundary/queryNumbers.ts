/** Query parameters Payload reads as counts: anything but a whole number is a mistake worth saying. */
const countParameters = ['depth', 'limit', 'page'] as const

/** Why a count parameter is unacceptable, if one is (`limit=-1`, `depth=1e3`, `page=abc`). */
export function countParameterProblem(search: URLSearchParams): string | undefined {
  for (const name of countParameters) {
    for (const value of search.getAll(name)) {
      if (!/^\d{1,7}$/.test(value)) return `${name} must be a whole number (got "${value.slice(0, 20)}").`
    }
  }
  return undefined
}
