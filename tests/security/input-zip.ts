import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib'

/** One part of a hand-built ZIP: real bytes, or `zeros` bytes of 0 deflated without ever being held. */
export type ZipPart = { declaredSize?: number; name: string } & ({ data: string | Uint8Array } | { zeros: number })

type Packed = { compressed: Uint8Array; crc: number; name: string; size: number }

const CHUNK = 1024 * 1024

/** Deflates `size` zero bytes a megabyte at a time, so a 200 MB bomb costs a few hundred KB to build. */
const deflateZeros = async (size: number): Promise<Omit<Packed, 'name'>> => {
  const deflate = createDeflateRaw({ level: 9 })
  const output: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => output.push(chunk))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  const zeros = Buffer.alloc(CHUNK)
  let crc = 0
  for (let written = 0; written < size; written += CHUNK) {
    const part = zeros.subarray(0, Math.min(CHUNK, size - written))
    crc = crc32(part, crc)
    if (!deflate.write(part)) {
      await new Promise((resolve) => deflate.once('drain', resolve))
    }
  }
  deflate.end()
  await done
  return { compressed: Buffer.concat(output), crc, size }
}

const pack = async (part: ZipPart): Promise<Packed> => {
  if ('zeros' in part) {
    return { ...(await deflateZeros(part.zeros)), name: part.name }
  }
  const data: Buffer =
    typeof part.data === 'string'
      ? Buffer.from(part.data)
      : Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength)
  return { compressed: deflateRawSync(data, { level: 9 }), crc: crc32(data), name: part.name, size: data.length }
}

/**
 * A ZIP archive (deflate, no ZIP64) built by hand, so tests can make what no zip library would:
 * bombs, and directories that lie about sizes (`declaredSize`).
 */
export const buildZip = async (parts: ZipPart[]): Promise<Uint8Array> => {
  const locals: Uint8Array[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const { compressed, crc, name, size } = await pack(part)
    const declared = part.declaredSize ?? size
    const nameBytes = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(compressed.length, 18)
    local.writeUInt32LE(declared, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(8, 10)
    entry.writeUInt32LE(crc >>> 0, 16)
    entry.writeUInt32LE(compressed.length, 20)
    entry.writeUInt32LE(declared, 24)
    entry.writeUInt16LE(nameBytes.length, 28)
    entry.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, compressed)
    directory.push(entry, nameBytes)
    offset += local.length + nameBytes.length + compressed.length
  }
  const directoryBytes = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directoryBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]))
}

/** The parts every XLSX file has besides its sheet, enough for exceljs to open it. */
export const XLSX_FRAME: ZipPart[] = [
  {
    data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    name: '[Content_Types].xml',
  },
  {
    data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    name: '_rels/.rels',
  },
  {
    data: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
    name: 'xl/workbook.xml',
  },
  {
    data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    name: 'xl/_rels/workbook.xml.rels',
  },
]

/** A worksheet of `rows` rows with one inline-text cell each. */
export const sheetWithRows = (rows: number): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from(
    { length: rows },
    (_, index) => `<row r="${index + 1}"><c r="A${index + 1}" t="inlineStr"><is><t>x</t></is></c></row>`,
  ).join('')}</sheetData></worksheet>`

/**
 * Runs `work` while sampling the process's resident memory: how far it rose above where it started
 * (MB), and what `work` threw, if anything.
 */
export const measureMemory = async (work: () => Promise<unknown>): Promise<{ error: unknown; growthMb: number }> => {
  const start = process.memoryUsage.rss()
  let peak = start
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 2)
  const error = await work().then(
    () => null,
    (thrown: unknown) => thrown,
  )
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage.rss())
  return { error, growthMb: (peak - start) / (1024 * 1024) }
}
