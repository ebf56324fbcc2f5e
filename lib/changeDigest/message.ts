import type { DigestChange } from './changes'

const KIND_TEXT: Record<DigestChange['kind'], string> = {
  analysis: 'New analysis',
  published: 'New figure',
  revised: 'Revised',
  withdrawn: 'Withdrawn',
}

/** "Revised: Kazakhstan – China: Bilateral trade volume, 2024". */
export const changeHeading = (change: DigestChange): string => `${KIND_TEXT[change.kind]}: ${change.title}`

/** One change as a line of the digest: what changed, old → new, the source, the address. */
export const changeToText = (change: DigestChange, absolute: (path: string) => string): string => {
  const values =
    change.kind === 'analysis'
      ? null
      : change.before && change.after
        ? `${change.before} → ${change.after}`
        : change.after
          ? change.after
          : change.before
            ? `${change.before} (no longer published)`
            : null
  return [
    changeHeading(change),
    values ? `  ${values}` : null,
    change.source ? `  Source: ${change.source}` : null,
    `  ${change.why}. ${absolute(change.path)}`,
  ]
    .filter(Boolean)
    .join('\n')
}

/**
 * The daily digest as plain text. It names nothing about the account (no name, no address, no
 * list of what else the person follows) so a forwarded digest gives nothing away.
 */
export const digestToMail = ({
  absolute,
  changes,
  unsubscribeUrl,
}: {
  absolute: (path: string) => string
  changes: DigestChange[]
  unsubscribeUrl: string
}): { subject: string; text: string } => {
  const figures = changes.filter((change) => change.kind !== 'analysis').length
  const analyses = changes.length - figures
  const counts = [
    figures ? `${figures} ${figures === 1 ? 'figure' : 'figures'}` : null,
    analyses ? `${analyses} ${analyses === 1 ? 'analysis' : 'analyses'}` : null,
  ].filter(Boolean)
  return {
    subject: `Crossroads: ${counts.join(' and ')} changed in what you follow`,
    text: [
      'Approved by our editors since your last digest:',
      '',
      changes.map((change) => changeToText(change, absolute)).join('\n\n'),
      '',
      '—',
      'You get this daily digest because you turned it on in My Crossroads.',
      `Stop it with one click: ${unsubscribeUrl}`,
    ].join('\n'),
  }
}
