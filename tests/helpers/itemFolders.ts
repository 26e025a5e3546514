import fs from 'node:fs'
import path from 'node:path'

/**
 * The item pages of a built section folder (`<site>/<segment>/news`), sorted: folders holding an `index.html`,
 * without the section's own files (its list page, compressed copies) and its `page/` folder of later list pages.
 */
export function itemFolders(sectionFolder: string): string[] {
  if (!fs.existsSync(sectionFolder)) return []
  return fs
    .readdirSync(sectionFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'page' && fs.existsSync(path.join(sectionFolder, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()
}
