import type { TextField } from 'payload'

import { isHttpUrl } from '@/lib/text/httpUrl'

/** An optional web address; only http(s) so nothing executable ever reaches a link on the site. */
export const validateHttpUrl = (value: null | string | undefined): string | true =>
  !value || isHttpUrl(value) || 'Use a full http(s) address, e.g. https://example.org/page.'

type Options = { name?: string; required?: boolean }

/** A text field holding a web address, labelled "URL". */
export const urlField = ({ name = 'url', required = false }: Options = {}): TextField => ({
  name,
  type: 'text',
  label: 'URL',
  required,
  validate: validateHttpUrl,
})
