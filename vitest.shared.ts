import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(fileURLToPath(import.meta.url))

export const sharedResolve = {
  alias: [
    { find: '@payload-config', replacement: path.resolve(root, 'payload.config.ts') },
    { find: /^@\/(.*)$/, replacement: `${root}/$1` },
  ],
}
