/**
 * A caption file is kept only when it really is WebVTT, and nothing else a browser could run. file-type calls
 * anything starting with `WEBVTT` a caption file; `WEBVTT /*…*\/ = 1; document.title = …` starts so and is also a
 * script. The W3C's WebVTT parser (the one behind its validator) checks the whole file; a JavaScript parser then
 * makes sure the same bytes are not also a program (real captions never are: a cue timing line is a syntax error).
 */
import { parse as parseJavaScript } from 'acorn'
import webvtt from 'webvtt-parser'

/** Captions are text of a few kilobytes per minute; anything near this size is not a caption file. */
export const maxCaptionBytes = 5 * 1024 * 1024

export type CaptionProblem =
  | { reason: 'captionsTooLarge' }
  | { reason: 'captionsNotUtf8' }
  | { reason: 'captionsInvalid'; line: number }
  | { reason: 'captionsWithoutCues' }
  | { reason: 'captionsAreScript' }

/** What is wrong with a caption file, or undefined when it is plain, valid WebVTT with at least one cue. */
export function captionProblem(bytes: Uint8Array): CaptionProblem | undefined {
  if (bytes.byteLength > maxCaptionBytes) return { reason: 'captionsTooLarge' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { reason: 'captionsNotUtf8' }
  }
  const parsed = new webvtt.WebVTTParser().parse(text, 'metadata')
  if (parsed.errors.length > 0) return { reason: 'captionsInvalid', line: parsed.errors[0].line }
  if (parsed.cues.length === 0) return { reason: 'captionsWithoutCues' }
  if (isJavaScript(text)) return { reason: 'captionsAreScript' }
  return undefined
}

/** Whether a browser would run `text` as a classic script or as a module. */
function isJavaScript(text: string): boolean {
  for (const sourceType of ['script', 'module'] as const) {
    try {
      parseJavaScript(text, { ecmaVersion: 'latest', sourceType })
      return true
    } catch {
      // not a program of this kind
    }
  }
  return false
}
