/**
 * Writes lib/import/article/fixtures/footnotes.docx, the Word file the article import tests read:
 * a title, a byline, a section heading and paragraphs with two real Word footnotes. The text is
 * made up for the test (no real figures). Run with `npx tsx scripts/make-docx-fixture.ts`.
 */
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import fs from 'node:fs'

const document = new Document({
  footnotes: {
    1: {
      children: [
        new Paragraph(
          'Synthetic Statistics Office, “Test table 1,” https://synthetic.example/table-1. Access Date: 15.10.2025.',
        ),
      ],
    },
    2: { children: [new Paragraph('Synthetic Ministry, “Test note,” https://synthetic.example/note-2')] },
  },
  sections: [
    {
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'A synthetic test article about corridors' }),
        new Paragraph('By Test Author and Second Writer'),
        new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'The first section' }),
        new Paragraph({
          children: [
            new TextRun('Synthetic trade between Kazakhstan and Uzbekistan reached $9.9 billion in 2099.'),
            new FootnoteReferenceRun(1),
            new TextRun(' It is a test sentence.'),
          ],
        }),
        new Paragraph({
          children: [
            new TextRun({ bold: true, text: 'Bold words' }),
            new TextRun(' and a second note.'),
            new FootnoteReferenceRun(2),
          ],
        }),
      ],
    },
  ],
})

fs.writeFileSync('lib/import/article/fixtures/footnotes.docx', await Packer.toBuffer(document))
