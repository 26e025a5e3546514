import type { ExchangeDocument, ExchangeProblem } from './model'
import { parseXml, XmlSyntaxError } from './xml'
import { readXliff12, xliff12Namespace } from './xliff12'
import { readXliff20, xliff20Namespace } from './xliff20'

export interface ParsedXliff {
  document?: ExchangeDocument
  problems: ExchangeProblem[]
}

/**
 * Parses an exchange file of either supported version. Malformed XML, another root element or another XLIFF
 * version give a problem and no document; problems inside a readable file come with the document.
 */
export function parseXliff(text: string): ParsedXliff {
  let root
  try {
    root = parseXml(text)
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { problems: [{ reason: error.message }] }
    throw error
  }
  const version = root.attributes.version
  if (root.name !== 'xliff') return { problems: [{ reason: `The root element is <${root.name}>, not <xliff>.` }] }
  if (version === '2.0' && root.uri === xliff20Namespace) return readXliff20(root)
  if (version === '1.2' && root.uri === xliff12Namespace) return readXliff12(root)
  return {
    problems: [
      {
        reason: `XLIFF version "${version ?? 'none'}" in namespace "${root.uri}" is not supported; use XLIFF 2.0 or 1.2 as exported.`,
      },
    ],
  }
}
