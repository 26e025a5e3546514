import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'

export const fixtureCorpus = path.join(projectRoot, 'tests', 'fixtures', 'corpus')

/** A throwaway copy of the fixture corpus that a test may break; removed by the returned function. */
export function copyFixtureCorpus(): { root: string; remove: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-corpus-'))
  fs.cpSync(fixtureCorpus, root, { recursive: true })
  return { root, remove: () => fs.rmSync(root, { recursive: true, force: true }) }
}

/** Rewrites one file of a corpus copy. */
export function editFile(root: string, relative: string, edit: (text: string) => string) {
  const file = path.join(root, relative)
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')))
}
