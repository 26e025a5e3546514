// Copy buttons beside read-only fields (permanent link, embed code: site/components/CopyField.astro). Without this
// script the buttons stay hidden and the text can still be selected and copied by hand.
for (const button of document.querySelectorAll('[data-copy]')) {
  const field = document.getElementById(button.dataset.copy)
  const status = document.querySelector(`[data-copy-status="${button.dataset.copy}"]`)
  if (!field) continue
  button.hidden = false
  button.addEventListener('click', async () => {
    let copied = false
    try {
      await navigator.clipboard.writeText(field.value)
      copied = true
    } catch {
      // No clipboard access (an insecure origin, a refused permission): select the text so the reader can copy it.
      field.select()
    }
    if (status) status.textContent = copied ? button.dataset.copied : button.dataset.failed
  })
}
