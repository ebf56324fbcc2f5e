import { Zip, ZipDeflate } from 'fflate'

import type { DownloadFile } from './dataset'

const CHUNK_BYTES = 64 * 1024

/**
 * A ZIP archive of the files, compressed a chunk at a time as the reader pulls: the archive is
 * never held whole in memory, and a slow client slows the compression instead of queueing it.
 */
export const filesToZipStream = (files: DownloadFile[]): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder()
  let fileIndex = 0
  let entry: null | { bytes: Uint8Array; offset: number; stream: ZipDeflate } = null
  let hasEnqueued = false
  let isDone = false
  let zip: Zip

  /** Feeds the next slice of input to the archive; false once every file has been added. */
  const feedNextSlice = (): boolean => {
    if (!entry) {
      const file = files[fileIndex]
      if (!file) {
        zip.end()
        return false
      }
      fileIndex += 1
      const stream = new ZipDeflate(file.name, { level: 6 })
      zip.add(stream)
      entry = { bytes: encoder.encode(file.content), offset: 0, stream }
    }
    const end = Math.min(entry.offset + CHUNK_BYTES, entry.bytes.length)
    const isLastSlice = end === entry.bytes.length
    entry.stream.push(entry.bytes.subarray(entry.offset, end), isLastSlice)
    entry.offset = end
    if (isLastSlice) {
      entry = null
    }
    return true
  }

  return new ReadableStream<Uint8Array>({
    // A pull that enqueues nothing is not repeated by the stream, and deflate may hold a small
    // slice back, so feed until the archive has produced output or is finished.
    pull: () => {
      hasEnqueued = false
      let hasMoreInput = true
      while (!hasEnqueued && !isDone && hasMoreInput) {
        hasMoreInput = feedNextSlice()
      }
    },
    start: (controller) => {
      zip = new Zip((error, chunk, isFinal) => {
        if (error) {
          isDone = true
          controller.error(error)
          return
        }
        controller.enqueue(chunk)
        hasEnqueued = true
        if (isFinal) {
          isDone = true
          controller.close()
        }
      })
    },
  })
}
