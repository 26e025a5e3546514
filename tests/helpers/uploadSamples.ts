import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'

const read = (relative: string) => fs.readFileSync(path.join(projectRoot, relative))

/** Real files of each kind Concord keeps, from the fixture and demo corpora. */
export const samples = {
  png: () => read('tests/fixtures/corpus/media/square.png'),
  jpeg: () => read('content/media/article-asset-recovery-workshop.jpg'),
  pdf: () => read('tests/fixtures/corpus/files/guide.en.pdf'),
  otherPdf: () => read('content/files/guideline-asset-recovery.en.pdf'),
  mp4: () => read('content/files/prosecutor-exchange-interview.mp4'),
  webm: () => read('content/files/mutual-legal-assistance-101.webm'),
  vtt: () => read('content/files/forum-highlights.en.vtt'),
}

/** What the attack scripts do when they run: a title no page has, and a request the test watches for. */
export const ownedTitle = 'owned by an upload'
export const ownedBeacon = '/__owned-by-an-upload'

/**
 * Valid WebVTT (a header, one cue) that is also JavaScript: the header's comment swallows the cue timing, and the
 * cue text closes it. As a script it sets the title and calls home.
 */
export const captionsThatAreScript = Buffer.from(
  `WEBVTT /*\n\n00:00:00.000 --> 00:00:01.000\n*/ = 1; document.title = "${ownedTitle}"; fetch("${ownedBeacon}"); //\n`,
)

/** Starts like WebVTT (file-type calls it captions); as HTML, it loads the script above. */
export const captionsThatLoadAScript = (scriptUrl: string) =>
  Buffer.from(`WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<script src="${scriptUrl}"></script>\n`)

/** A real PNG with an HTML page after its end: an image to an image decoder, a page to an HTML parser. */
export const pngThatIsHtml = (scriptUrl: string) =>
  Buffer.concat([samples.png(), Buffer.from(`<html><title>x</title><script src="${scriptUrl}"></script></html>`)])
