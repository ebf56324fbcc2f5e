import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nextConfigHeaders } from './lib/security/headers.mjs'
import { readSetting } from './server/settings.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // With REDIS_URL, rendered pages and data live in Redis for every server (server/nextCacheHandler.mjs);
  // unset, Next.js keeps them on disk and in memory as before.
  ...(readSetting('REDIS_URL')
    ? {
        cacheHandler: path.join(path.dirname(fileURLToPath(import.meta.url)), 'server/nextCacheHandler.mjs'),
        cacheMaxMemorySize: 0,
      }
    : {}),
  poweredByHeader: false,
  // Native renderer and its font files, loaded from node_modules at run time (lib/charts/chartImageToPng.ts).
  serverExternalPackages: ['@resvg/resvg-js', 'dejavu-fonts-ttf'],
  // Next.js gzips every response again, cached pages included (about 40 % of the throughput of a
  // small cached page, see README "Performance"). Behind a proxy or CDN that compresses and caches,
  // start with NEXT_COMPRESS=false; on its own, the server keeps compressing.
  compress: readSetting('NEXT_COMPRESS'),
  // Security headers on every route; `npm start` adds the production Content-Security-Policy
  // (server/index.mjs), `next dev` gets a relaxed one from here.
  headers: async () => nextConfigHeaders({ isDevelopment: process.env.NODE_ENV !== 'production' }),
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // An indicator pinned to a day (`?asOf=2026-06-30`) is a page of its own, cached like the current
  // one, instead of making every indicator page read its query string.
  rewrites: async () => ({
    afterFiles: [],
    beforeFiles: [
      {
        destination: '/indicators/:slug/as-of/:asOf',
        has: [{ key: 'asOf', type: 'query', value: '(?<asOf>.+)' }],
        source: '/indicators/:slug',
      },
    ],
    fallback: [],
  }),
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
