import { join } from 'node:path';
import { expect, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'compare');
const herald = { path: join(FIXTURES, 'river-herald.txt'), title: 'River valley flood count' };
const post = { path: join(FIXTURES, 'valley-post.txt'), title: 'Mayor counts flooded homes' };

test('compare two articles, see the different figures in the matrix and the list, accept by keyboard, find it in the report', async ({
  app,
}) => {
  await app.importFiles(herald.path, post.path);

  await test.step('Compare proposes the group of the two counts; accepting makes it a matrix row', async () => {
    await app.compareArticles();
    await app.acceptComparedGroup('2,400 homes were flooded');
    const row = app.matrixRow('homes were flooded');
    await expect(row).toHaveCount(1);
    const value = row
      .getByRole('list', { name: /^Discrepancies in / })
      .getByRole('listitem')
      .filter({ hasText: 'different value' });
    await expect(value).toHaveCount(1);
    await expect(value).toContainText('proposed');
    await expect(row.getByRole('button').filter({ hasText: '“2,400 homes”' })).toContainText('different value');
  });

  await test.step('one Ctrl+Z takes the accepted group back; redo accepts it again', async () => {
    await app.undo();
    await expect(app.matrixRow('homes were flooded')).toHaveCount(0);
    await expect(app.comparison().getByRole('button', { name: 'Accept group', exact: true })).toHaveCount(1);
    await app.redo();
    await expect(app.matrixRow('homes were flooded')).toHaveCount(1);
  });

  await test.step('the differences list lines the panes up on both quotes and Enter accepts', async () => {
    await app.moveToDifference('different value');
    await expect(app.pane(herald.title)).toBeVisible();
    await expect(app.pane(post.title)).toBeVisible();
    await app.acceptDifference('different value');
    await app.undo();
    await expect(app.difference('different value').first()).toContainText('Proposed');
    await app.acceptDifference('different value');
    await app.openView('Claims matrix');
    const value = app.matrixRow('homes were flooded').getByRole('listitem').filter({ hasText: 'different value' });
    await expect(value).toContainText('accepted');
  });

  await test.step('a contradiction the analyst marks between the two claims shows in the matrix', async () => {
    await app.openView('Articles');
    await app.selectAnnotation('2,400 homes');
    await app.relateClaims('Contradicts', '1,900 homes');
    await app.openView('Claims matrix');
    const marked = app.matrixRow('homes were flooded').getByRole('listitem').filter({ hasText: 'contradiction' });
    await expect(marked).toContainText('marked by you');
  });

  await test.step('the exported report states it with both quotes and outlets', async () => {
    const { content } = await app.downloadReport('md');
    const line = content.split('\n').find((l) => l.includes('value (accepted by the analyst)'));
    expect(line, content).toBeDefined();
    expect(line).toContain('“2,400 homes”');
    expect(line).toContain('“1,900 homes”');
    expect(content).toContain('contradiction (marked by the analyst)');
  });
});
