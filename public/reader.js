// The only script a signed-out reader's page loads (server/scriptFreePages.mjs): everything else
// works as plain HTML. A form marked data-submit-on-change (the comparison picker) is sent as soon
// as a choice changes, as the page with Next.js's runtime does, instead of waiting for its button.
document.addEventListener('change', (event) => {
  const form = event.target instanceof Element ? event.target.closest('form[data-submit-on-change]') : null
  if (form instanceof HTMLFormElement) {
    form.setAttribute('aria-busy', 'true')
    form.requestSubmit()
  }
})

// Back and forward show a page as it was left, or refill its form as it was: the boxes ticked then,
// not the selection of the address. Put the form back as the server sent it.
window.addEventListener('pageshow', () => {
  for (const form of document.querySelectorAll('form[data-submit-on-change]')) {
    form.reset()
    form.removeAttribute('aria-busy')
  }
})
