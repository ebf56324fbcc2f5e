import { createInflateRaw } from 'node:zlib'

/**
 * What an uploaded XLSX or DOCX file (both ZIP archives) may unpack to. The archive's own directory
 * is read and checked first, then every part is inflated as a stream (nothing kept) to confirm its
 * real size and count rows or paragraphs; only then do exceljs or mammoth unpack it for real.
 */
export type ArchiveLimits = {
  /** Parts (files) inside the archive. */
  maxEntries: number
  /** Unpacked bytes of any one part. */
  maxEntryBytes: number
  /** Unpacked bytes of all parts together. */
  maxTotalBytes: number
  /** Unpacked size over packed size of a part larger than 1 MB; deflate never needs more than ~1,000. */
  maxRatio: number
  /**
   * Rows of worksheets or paragraphs of the document, counted in these parts by their start tag;
   * `uncounted` more are allowed (the header row).
   */
  units: { label: 'paragraphs' | 'rows'; maxCount: number; parts: RegExp; tag: string; uncounted: number }
  /** What to tell the analyst to do when the units are over the limit. */
  unitsAdvice: string
}

const MB = 1024 * 1024

/** Data rows an observation import reads from a CSV or XLSX file (a 50,000-row import is benchmarked). */
export const MAX_TABLE_ROWS = 100_000

/** XLSX observation imports (the upload itself is at most 25 MB). */
export const SPREADSHEET_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 500,
  maxEntryBytes: 100 * MB,
  maxRatio: 200,
  maxTotalBytes: 150 * MB,
  units: {
    label: 'rows',
    maxCount: MAX_TABLE_ROWS,
    parts: /^xl\/worksheets\/[^/]+\.xml$/,
    tag: '<row',
    uncounted: 1,
  },
  unitsAdvice: `Split it into several files of at most ${MAX_TABLE_ROWS.toLocaleString('en')} rows each.`,
}

/** DOCX article imports (the upload itself is at most 10 MB). */
export const WORD_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 1_000,
  maxEntryBytes: 50 * MB,
  maxRatio: 200,
  maxTotalBytes: 50 * MB,
  units: {
    label: 'paragraphs',
    maxCount: 50_000,
    parts: /^word\/(?:document|footnotes|endnotes)\.xml$/,
    tag: '<w:p',
    uncounted: 0,
  },
  unitsAdvice: 'Import the articles in it one document at a time.',
}

/** A file refused for its size or shape, with a message the analyst can act on. */
export class ImportLimitError extends Error {
  override name = 'ImportLimitError'
}

export type ArchiveEntry = {
  compressedSize: number
  dataStart: number
  method: number
  name: string
  size: number
}

export const formatBytes = (bytes: number): string => {
  if (bytes >= 1024 * MB) {
    return `${(bytes / (1024 * MB)).toFixed(1)} GB`
  }
  if (bytes >= MB) {
    return `${Math.round(bytes / MB)} MB`
  }
  return `${Math.ceil(bytes / 1024)} KB`
}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const ZIP64_MARK = 0xffffffff

const notAnArchive = (kind: string) =>
  new ImportLimitError(`The file is not a readable ${kind}: its ZIP structure is damaged. Save it again and retry.`)

/** The ZIP64 extra field's sizes, for entries whose 32-bit sizes are marked as too large. */
const readZip64Sizes = (
  view: DataView,
  start: number,
  length: number,
  entry: { compressedSize: number; size: number },
) => {
  let at = start
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true)
    const size = view.getUint16(at + 2, true)
    if (id === 0x0001) {
      let field = at + 4
      const read = () => {
        const value = Number(view.getBigUint64(field, true))
        field += 8
        return value
      }
      return {
        compressedSize: entry.compressedSize === ZIP64_MARK ? read() : entry.compressedSize,
        size: entry.size === ZIP64_MARK ? read() : entry.size,
      }
    }
    at += 4 + size
  }
  return entry
}

/**
 * Reads the archive's central directory and checks entry count, each part's size, the total and
 * the compression ratio against `limits`, without inflating anything. Throws `ImportLimitError`.
 */
export const readArchiveEntries = ({
  bytes,
  kind,
  limits,
}: {
  bytes: Uint8Array
  kind: string
  limits: ArchiveLimits
}): ArchiveEntry[] => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at
      break
    }
  }
  if (end < 0) {
    throw notAnArchive(kind)
  }
  const declaredEntries = view.getUint16(end + 10, true)
  if (declaredEntries > limits.maxEntries) {
    throw new ImportLimitError(
      `The ${kind} holds ${declaredEntries.toLocaleString('en')} files inside; the limit is ${limits.maxEntries.toLocaleString('en')}. Save it again without embedded files, or split it.`,
    )
  }
  const entries: ArchiveEntry[] = []
  let total = 0
  let at = view.getUint32(end + 16, true)
  for (let index = 0; index < declaredEntries; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw notAnArchive(kind)
    }
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const localOffset = view.getUint32(at + 42, true)
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    const sizes = readZip64Sizes(view, at + 46 + nameLength, extraLength, {
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
    })
    at += 46 + nameLength + extraLength + commentLength
    if ((flags & 1) === 1 || (method !== 0 && method !== 8)) {
      throw new ImportLimitError(
        `The ${kind} is encrypted or packed in a way we do not read (${name}). Save it again without a password.`,
      )
    }
    if (sizes.size > limits.maxEntryBytes) {
      throw new ImportLimitError(
        `One part of the ${kind} (${name}) unpacks to ${formatBytes(sizes.size)}; the limit is ${formatBytes(limits.maxEntryBytes)}. Split it into several files.`,
      )
    }
    if (sizes.size > MB && sizes.size > sizes.compressedSize * limits.maxRatio) {
      throw new ImportLimitError(
        `The ${kind} is packed ${Math.round(sizes.size / Math.max(1, sizes.compressedSize)).toLocaleString('en')} to 1 (${name}), which marks a ZIP bomb, not a real file; the limit is ${limits.maxRatio} to 1. Export it again from the program that made it.`,
      )
    }
    total += sizes.size
    if (total > limits.maxTotalBytes) {
      throw new ImportLimitError(
        `The ${kind} unpacks to more than ${formatBytes(total)}; the limit is ${formatBytes(limits.maxTotalBytes)}. Split it into several files.`,
      )
    }
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_HEADER) {
      throw notAnArchive(kind)
    }
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true)
    if (dataStart + sizes.compressedSize > bytes.length) {
      throw notAnArchive(kind)
    }
    entries.push({ compressedSize: sizes.compressedSize, dataStart, method, name, size: sizes.size })
  }
  return entries
}

/** Occurrences of `tag` followed by a space, `>` or `/` in a stream of text chunks. */
const createTagCounter = (tag: string) => {
  let carry = ''
  let count = 0
  return {
    add(chunk: string) {
      const text = carry + chunk
      for (let at = text.indexOf(tag); at >= 0 && at + tag.length < text.length; at = text.indexOf(tag, at + 1)) {
        if (' >/\t\r\n'.includes(text[at + tag.length])) {
          count++
        }
      }
      carry = text.slice(Math.max(0, text.length - tag.length))
    },
    get count() {
      return count
    },
  }
}

/** Inflates one part as a stream, refusing it as soon as it grows past its recorded size. */
const inflateEntry = async (
  bytes: Uint8Array,
  entry: ArchiveEntry,
  onText: ((text: string) => void) | null,
  kind: string,
): Promise<void> => {
  const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) {
      throw notAnArchive(kind)
    }
    onText?.(new TextDecoder().decode(packed))
    return
  }
  const decoder = new TextDecoder()
  await new Promise<void>((resolve, reject) => {
    const inflate = createInflateRaw()
    let size = 0
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > entry.size) {
        inflate.destroy()
        reject(
          new ImportLimitError(
            `The ${kind} records a wrong size for ${entry.name} (it unpacks to more than ${formatBytes(entry.size)}), as ZIP bombs do. Export it again from the program that made it.`,
          ),
        )
        return
      }
      onText?.(decoder.decode(chunk, { stream: true }))
    })
    inflate.on('error', () => reject(notAnArchive(kind)))
    inflate.on('end', resolve)
    inflate.end(packed)
  })
}

/**
 * Checks an uploaded archive against `limits` before anything unpacks it for real: the directory
 * first (`readArchiveEntries`), then each part inflated as a stream to confirm its size and to
 * count rows or paragraphs. Memory stays at one chunk whatever the archive claims or holds.
 */
export const checkArchive = async ({
  bytes,
  kind,
  limits,
}: {
  bytes: Uint8Array
  kind: string
  limits: ArchiveLimits
}): Promise<void> => {
  const entries = readArchiveEntries({ bytes, kind, limits })
  const counter = createTagCounter(limits.units.tag)
  for (const entry of entries) {
    const isCounted = limits.units.parts.test(entry.name)
    await inflateEntry(bytes, entry, isCounted ? (text) => counter.add(text) : null, kind)
    if (counter.count > limits.units.maxCount + limits.units.uncounted) {
      throw new ImportLimitError(
        `The ${kind} has more than ${limits.units.maxCount.toLocaleString('en')} ${limits.units.label}; that is the limit. ${limits.unitsAdvice}`,
      )
    }
  }
}
