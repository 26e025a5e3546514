/**
 * A chart of the figures that have targets: one bar per figure on its own scale, with the target as a dashed line
 * at the same place on every row, so "how far from the target" reads at a glance whatever the unit. Green bars
 * meet their target, red ones miss it; bars beyond the chart are cut with a zigzag.
 */
import type { BenchResults } from './results'
import { formatTarget, formatValue, targetChecks } from './targets'

const width = 780
const labelWidth = 250
const barStart = labelWidth + 10
const barArea = width - barStart - 20
/** Where every row's target sits: 60 % of the bar area, leaving room to show misses up to 1.67× the target. */
const targetX = barStart + barArea * 0.6
const rowHeight = 34
const top = 64

export function benchSvg(results: BenchResults): string {
  const checks = targetChecks(results)
  const height = top + Math.max(1, checks.length) * rowHeight + 40
  const rows = checks.map((check, index) => {
    const y = top + index * rowHeight
    const ratio = check.value / check.target
    const length = Math.min(barArea, ratio * (targetX - barStart))
    const cut = ratio * (targetX - barStart) > barArea
    const colour = check.met ? '#2e7d32' : '#c62828'
    const valueText = `${formatValue(check.value, check.unit)} (target ${formatTarget(check)})`
    const textInside = length > barArea * 0.75
    return [
      `<text x="${labelWidth}" y="${y + 21}" text-anchor="end">${escapeXml(check.label)}</text>`,
      `<rect x="${barStart}" y="${y + 6}" width="${length.toFixed(1)}" height="${rowHeight - 12}" fill="${colour}" rx="2"><title>${escapeXml(valueText)}</title></rect>`,
      cut ? `<path d="M${barStart + barArea - 8} ${y + 6} l6 6 l-6 6 l6 6" stroke="#fff" stroke-width="2" fill="none"/>` : '',
      `<text x="${textInside ? barStart + length - (cut ? 16 : 6) : barStart + length + 6}" y="${y + 21}" text-anchor="${textInside ? 'end' : 'start'}" fill="${textInside ? '#fff' : '#222'}">${escapeXml(valueText)}</text>`,
    ].join('')
  })
  const title = `Concord benchmark, size ${results.size} (${results.corpus.articles.toLocaleString('en')} articles × ${results.corpus.locales.length} locales), ${results.startedAt.slice(0, 10)}`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13" role="img" aria-labelledby="title">
<title id="title">${escapeXml(title)}</title>
<rect width="${width}" height="${height}" fill="#fff"/>
<text x="20" y="26" font-size="16" font-weight="bold">${escapeXml(title)}</text>
<text x="20" y="46" fill="#555">Bars: measured; dashed line: target for size M (further right is worse, except pages/s and Lighthouse). Green: met; red: missed.</text>
${rows.join('\n')}
<line x1="${targetX}" y1="${top}" x2="${targetX}" y2="${top + checks.length * rowHeight}" stroke="#222" stroke-dasharray="4 3"/>
${checks.length === 0 ? `<text x="20" y="${top + 20}">No figure with a target was measured in this run.</text>` : ''}
</svg>
`
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
