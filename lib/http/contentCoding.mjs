// @ts-check
import zlib from 'node:zlib'

/** How to read a response body as Next.js compressed it. @type {Record<string, (body: Buffer) => Buffer>} */
const DECODERS = {
  br: zlib.brotliDecompressSync,
  deflate: zlib.inflateSync,
  gzip: zlib.gunzipSync,
  identity: (body) => body,
}

/** How to compress it again the same way. @type {Record<string, (body: Buffer) => Buffer>} */
const ENCODERS = {
  // Quality 5, not brotli's default 11: a rewritten page is compressed while its reader waits.
  br: (body) => zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
  deflate: zlib.deflateSync,
  gzip: zlib.gzipSync,
  identity: (body) => body,
}

/** @param {string} coding @param {Record<string, (body: Buffer) => Buffer>} codecs */
const codecFor = (coding, codecs) => {
  const codec = codecs[coding.trim().toLowerCase() || 'identity']
  if (!codec) {
    throw new Error(`cannot read a response sent with Content-Encoding: ${coding}`)
  }
  return codec
}

/** The body as it was before `Content-Encoding: coding`. @param {Buffer} body @param {string} coding */
export const decodeBody = (body, coding) => (body.length === 0 ? body : codecFor(coding, DECODERS)(body))

/** The body compressed for `Content-Encoding: coding`. @param {Buffer} body @param {string} coding */
export const encodeBody = (body, coding) => codecFor(coding, ENCODERS)(body)
