import type { Dataset } from './dataset'

import { datasetToCsvFile, datasetToMetadata, datasetToZipFiles } from './dataset'
import { filesToZipStream } from './zipStream'

export type DownloadFormat = 'csv' | 'json' | 'zip'

const attachment = (fileName: string) => `attachment; filename="${fileName}"`

/**
 * A page's figures as a file: CSV (the figures alone), JSON (the figures with everything the ZIP's
 * metadata says) or a streamed ZIP of the CSV, metadata.json and a README.
 */
export const datasetToResponse = (dataset: Dataset, format: DownloadFormat): Response => {
  if (format === 'zip') {
    return new Response(filesToZipStream(datasetToZipFiles(dataset)), {
      headers: {
        'Content-Disposition': attachment(`${dataset.fileBase}.zip`),
        'Content-Type': 'application/zip',
      },
    })
  }
  if (format === 'json') {
    return Response.json(
      { ...datasetToMetadata(dataset), figures: dataset.rows },
      { headers: { 'Content-Disposition': attachment(`${dataset.fileBase}.json`) } },
    )
  }
  const csv = datasetToCsvFile(dataset)
  return new Response(csv.content, {
    headers: {
      'Content-Disposition': attachment(csv.name),
      'Content-Type': 'text/csv; charset=utf-8',
    },
  })
}
