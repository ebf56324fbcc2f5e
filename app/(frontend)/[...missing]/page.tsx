import { notFound } from 'next/navigation'

/**
 * Any address no other route claims. Without it Next answers with its built-in 404, outside the site
 * layout (no header, no `lang`), because the admin and the reader site have separate root layouts.
 */
const MissingPage = () => notFound()

export default MissingPage
