/**
 * Runs the MDN HTTP Observatory's tests and grading against a host on given ports and prints the result as JSON.
 * Run in a child process (see `observatory.ts`) so `NODE_EXTRA_CA_CERTS` can make it trust a throwaway certificate.
 *
 * Two differences from the package's `scan()` CLI, both forced by running offline on loopback:
 * - `scan()` cannot take ports (it calls `retrieve(hostname)` without options), so this calls `retrieve` with
 *   `httpPort` / `httpsPort` and grades the results exactly as `scan()` does (same tests, modifiers, extra-credit rule).
 * - The HSTS preload list (`conf/hsts-preload.json`) is downloaded by the package's install script, which cannot run
 *   offline. Loopback addresses are never on that list, so an empty list gives the same answer for this host.
 */
import fs from 'node:fs'

// @ts-expect-error -- the package ships JavaScript without type declarations
import { ALL_TESTS, NUM_TESTS } from '@mdn/mdn-http-observatory/src/constants.js'
// @ts-expect-error -- as above
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js'
// @ts-expect-error -- as above
import { getGradeForScore, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js'
// @ts-expect-error -- as above
import { retrieve } from '@mdn/mdn-http-observatory/src/retriever/retriever.js'

const [hostname, httpPort, httpsPort] = process.argv.slice(2)

const readFileSync = fs.readFileSync
fs.readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
  if (String(file).endsWith('hsts-preload.json') && !fs.existsSync(String(file))) return '{}'
  return (readFileSync as (...args: unknown[]) => unknown)(file, ...rest)
}) as typeof fs.readFileSync

interface TestResult {
  pass: boolean | null
  result: string | null
  expectation: string
  scoreModifier: number
}

const requests = await retrieve(hostname, { httpPort, httpsPort })
if (!requests.responses.auto) throw new Error(`The Observatory could not connect to ${hostname}.`)
const results: Record<string, TestResult> = {}
let passed = 0
let withExtraCredit = 100
let uncurved = 100
for (const test of ALL_TESTS as ((requests: unknown) => TestResult & { constructor: { name: string } })[]) {
  const output = test(requests)
  if (output.result) {
    output.scoreModifier = getScoreModifier(output.result) as number
    passed += output.pass ? 1 : 0
    withExtraCredit += output.scoreModifier
    if (output.scoreModifier < 0) uncurved += output.scoreModifier
  }
  results[output.constructor.name] = { pass: output.pass, result: output.result, expectation: output.expectation, scoreModifier: output.scoreModifier }
}
const final = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved) as { grade: string; score: number }
console.log(
  JSON.stringify({
    grade: final.grade,
    score: final.score,
    statusCode: requests.responses.auto.status,
    testsFailed: (NUM_TESTS as number) - passed,
    verified: requests.responses.auto.verified,
    tests: results,
  }),
)
