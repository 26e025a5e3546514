// Remembers a reader's explicit language choice, and on the root page sends them once to their best language.
const storageKey = 'concord-language'
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('[data-language-choice]')
  if (!link) return
  localStorage.setItem(storageKey, link.dataset.languageChoice)
  // The site server reads the same choice from a cookie when it answers `/`.
  document.cookie = `${storageKey}=${link.dataset.languageChoice}; Path=/; Max-Age=31536000; SameSite=Lax`
})

const chooser = document.querySelector('[data-language-chooser]')
if (chooser) {
  const locales = JSON.parse(chooser.dataset.locales)
  const chosen = localStorage.getItem(storageKey)
  const byCode = (code) => locales.find((locale) => locale.code === code)
  const best = () => {
    for (const wanted of navigator.languages ?? [navigator.language]) {
      const lower = wanted.toLowerCase()
      const exact = locales.find((locale) => locale.tag.toLowerCase() === lower)
      const primary = locales.find((locale) => locale.tag.toLowerCase().split('-')[0] === lower.split('-')[0])
      if (exact ?? primary) return exact ?? primary
    }
    return undefined
  }
  const target = byCode(chosen) ?? best()
  if (target && !sessionStorage.getItem('concord-redirected')) {
    sessionStorage.setItem('concord-redirected', '1')
    location.replace(`/${target.segment}/`)
  }
}
