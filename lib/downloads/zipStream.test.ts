import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { filesToZipStream } from './zipStream'

/** Decodes keeping a byte-order mark, which the CSV download starts with on purpose. */
const strFromU8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

const readAll = async (stream: ReadableStream<Uint8Array>): Promise<{ bytes: Uint8Array; chunks: number }> => {
  const chunks: Uint8Array[] = []
  const reader = stream.getReader()
  for (let result = await reader.read(); !result.done; result = await reader.read()) {
    chunks.push(result.value)
  }
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return { bytes, chunks: chunks.length }
}

describe('filesToZipStream', () => {
  it('should stream an archive that unpacks to the same files, accents included', async () => {
    const files = [
      { content: '\uFEFFcountry,value\r\nTürkiye,4412345678.9\r\n', name: 'data.csv' },
      { content: '{"title":"Ərazi"}\n', name: 'metadata.json' },
      { content: 'Read me', name: 'README.txt' },
    ]
    const { bytes } = await readAll(filesToZipStream(files))
    const unpacked = unzipSync(bytes)
    expect(Object.keys(unpacked)).toEqual(['data.csv', 'metadata.json', 'README.txt'])
    for (const file of files) {
      expect(strFromU8(unpacked[file.name])).toBe(file.content)
    }
  })

  it('should hand a large file over in many chunks rather than as one buffer', async () => {
    // Random digits do not compress to a single small block, so the output must come in pieces.
    const content = Array.from({ length: 60_000 }, (_, index) => `${index},${Math.random()}`).join('\r\n')
    const { bytes, chunks } = await readAll(filesToZipStream([{ content, name: 'large.csv' }]))
    expect(chunks).toBeGreaterThan(3)
    expect(strFromU8(unzipSync(bytes)['large.csv'])).toBe(content)
  })

  it('should make a valid empty archive when there are no files', async () => {
    const { bytes } = await readAll(filesToZipStream([]))
    expect(unzipSync(bytes)).toEqual({})
  })
})
