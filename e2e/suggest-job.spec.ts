import { sha256 } from '../src/service/sha256';
import { generateCorpus, generatedWorkspaceFiles } from './generated-corpus';
import { expect, test } from './fixtures';

const COUNT = 800;
/** Generated articles, each ending with a reported claim the assistant finds (a source, a cue, a claim). */
const corpus = generateCorpus(COUNT, 1200, 0).map(({ document }, n) => {
  const text = `${document.text}\nOfficials said ${n + 2} homes were flooded, according to the regional water authority.\n`;
  return { document: { ...document, text, textSha256: sha256(text) }, spans: [] };
});
const first = corpus[0]!.document.title;
const second = corpus[1]!.document.title;

test.use({ workspaceFiles: generatedWorkspaceFiles(corpus) });
test.describe.configure({ timeout: 240_000 });

test('suggestions for every document run in the background: progress, typing meanwhile, Cancel, run again', async ({
  app,
}) => {
  await app.page.setViewportSize({ width: 1280, height: 800 });
  await expect(app.documentsShown()).toHaveText(`${COUNT} documents`);
  await app.openDocument(first);

  await test.step('tagging in the open document is saved while the batch runs', async () => {
    await app.suggestForAllDocuments();
    await app.tag(first, 'homes were flooded', 'Claim');
    await expect(app.highlights(first, 'Claim')).toHaveCount(1);
    await expect(app.suggestionProgress()).toBeVisible();
  });

  await test.step('the batch shows documents done and time left, and the open document its suggestions', async () => {
    await expect(app.suggestionProgress()).toHaveAttribute(
      'aria-valuetext',
      new RegExp(`^Suggesting: \\d+ of ${COUNT} documents, about \\d+ (s|min) left$`),
    );
    await expect(app.suggestionProgress()).toHaveAttribute('aria-valuemax', String(COUNT));
    await expect(app.suggestion('the regional water authority', 'Source')).toHaveCount(1);
  });

  await test.step('Cancel stops it, and the analyst goes on reviewing', async () => {
    await app.cancelSuggestions();
    await expect(app.suggestionResults()).toContainText('each document has all its suggestions or none');
    await app.openDocument(second);
    await expect(app.suggestion('the regional water authority', 'Source')).toHaveCount(1);
  });

  await test.step('running it again does only the documents it had not done', async () => {
    await app.suggestForAllDocuments();
    await expect(app.suggestionResults()).toContainText(`Suggestions ready for ${COUNT} documents`, {
      timeout: 180_000,
    });
    await expect(app.suggestionResults()).toContainText(/kept from before/);
    await expect(app.suggestionProgress()).toHaveCount(0);
    await expect(app.annotations()).toHaveCount(1);
  });
});
