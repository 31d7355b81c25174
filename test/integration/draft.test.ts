import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DraftedSelfReview } from '../../src/commands/draftSelfReviewCommand';
import { NO_MODEL_NOTE } from '../../src/core/draft/selfReviewFlow';
import { activateExtension, informationMessagesDuring, workspaceUri, waitFor } from './helpers';

suite('Draft Self-Review', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('with no language model (this workbench has none), the draft is built from the entries, and the user is told why in one line', async () => {
    const before = (await vscode.workspace.fs.readDirectory(workspaceUri())).map(([name]) => name).sort();
    let result: DraftedSelfReview | undefined;
    const shown = await informationMessagesDuring(async () => {
      result = await vscode.commands.executeCommand<DraftedSelfReview>('promotionJournal.draftSelfReview', { period: '2026-01-01..2026-12-31' });
    });
    assert.ok(result, 'a draft');
    assert.strictEqual(result.writtenBy, 'entries');
    assert.strictEqual(result.note, NO_MODEL_NOTE);
    assert.deepStrictEqual(shown, [NO_MODEL_NOTE]);
    assert.strictEqual(result.uri.scheme, 'untitled', 'opened unsaved: nothing is written until the user saves it');
    const uri = result.uri.toString();
    // The workbench makes the new editor active a moment after the command returns. Its document, not a search of
    // textDocuments: an untitled name of an earlier test's closed document may be given again.
    const active = await waitFor(() => vscode.window.activeTextEditor, (editor) => editor?.document.uri.toString() === uri, 5000);
    assert.strictEqual(active?.document.uri.toString(), uri, 'the draft is the active editor');
    const document = active!.document;
    assert.strictEqual(document.languageId, 'markdown');
    const text = document!.getText();
    assert.ok(text.startsWith('# Self-review draft: 1 Jan – 31 Dec 2026\n\nA starting point built from the '), text.slice(0, 200));
    assert.match(text, /^## Iterate and adapt\n\nWhat I did:\n\n- \[Re-scoped Q3 pricing launch after churn data\]\(journal\/2026\/2026-07-14-repriced-q3-launch\.md\) \(14 Jul 2026\): The churn dashboard showed SMB customers/m);
    assert.ok(text.includes('- Cut projected churn from 4.1% to 2.9% for the SMB tier ([Re-scoped Q3 pricing launch after churn data](journal/2026/2026-07-14-repriced-q3-launch.md)).'));
    assert.ok(!text.includes('confidential reorg') && !text.includes('Not for the packet'), 'no confidential entry');
    assert.deepStrictEqual((await vscode.workspace.fs.readDirectory(workspaceUri())).map(([name]) => name).sort(), before, 'no file written');
  });

  test('from the command palette, with no argument, it drafts the review period of the settings without asking anything', async () => {
    let result: DraftedSelfReview | undefined;
    await informationMessagesDuring(async () => {
      result = await vscode.commands.executeCommand<DraftedSelfReview>('promotionJournal.draftSelfReview');
    });
    assert.ok(result);
    assert.strictEqual(result.writtenBy, 'entries');
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === result!.uri.toString());
    assert.match(document?.getText() ?? '', /^# Self-review draft: /);
  });

  test('a bad period in the argument form is refused', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('promotionJournal.draftSelfReview', { period: '2026-12-31..2026-01-01' }), undefined);
  });
});
