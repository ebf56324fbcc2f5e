import { Resvg } from '@resvg/resvg-js'
import fs from 'node:fs'
import path from 'node:path'

/** The PNG is drawn at twice the SVG's size, sharp enough for slides and print. */
export const PNG_SCALE = 2

/*
 * Fonts come from an npm package, not from the machine: the production image (node:*-slim) has no
 * fonts at all, and resvg silently draws no text without one. Found from the project directory
 * (where `npm start` runs) because the bundler rewrites module-relative lookups.
 */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'].map((file) =>
  path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', file),
)

const checkFonts = () => {
  const missing = FONT_FILES.filter((file) => !fs.existsSync(file))
  if (missing.length) {
    throw new Error(
      `Chart PNGs need the DejaVu fonts, not found at ${missing.join(', ')}. Run npm ci in the project directory and start the server from there.`,
    )
  }
}

/** A composed chart image (lib/charts/chartImage.ts) as PNG, at `PNG_SCALE` times its size. */
export const chartSvgToPng = (svg: string): Buffer => {
  checkFonts()
  return new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { defaultFontFamily: 'DejaVu Sans', fontFiles: FONT_FILES, loadSystemFonts: false },
  })
    .render()
    .asPng()
}
