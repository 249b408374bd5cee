/** The heading every Collate dataset card starts with (after a YAML header, for the Hugging Face format). */
const CARD_HEADING = /^(?:---\r?\n[\s\S]*?\r?\n---\r?\n\r?\n?)?# Collate dataset — /;

/**
 * True for the `README.md` an export writes beside its files: it describes the dataset and is not
 * an article, so importing the export's folder skips it.
 */
export function isCollateDatasetCard(fileName: string, text: string): boolean {
  return /\.md$/i.test(fileName) && CARD_HEADING.test(text.replace(/^\uFEFF/, ''));
}
