import type { Config, Plugin } from 'payload'

const MB = 1024 * 1024

/**
 * Payload's own upload routes (media): files of at most 20 MB, and the whole
 * multipart request at most 21 MB, counted while it streams in (busboy), refused with 413.
 */
export const UPLOAD_LIMITS = {
  fileBytes: 20 * MB,
  requestBytes: 21 * MB,
} as const

/** Sets `UPLOAD_LIMITS` on Payload's multipart parser, aborting the upload once a limit is passed. */
export const limitUploads =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    upload: {
      ...config.upload,
      abortOnLimit: true,
      limits: { ...config.upload?.limits, fieldSize: MB, fields: 20, fileSize: UPLOAD_LIMITS.fileBytes },
      requestSizeLimit: UPLOAD_LIMITS.requestBytes,
      responseOnLimit: `The file is larger than ${UPLOAD_LIMITS.fileBytes / MB} MB; make it smaller and upload it again.`,
    },
  })
