import * as assert from 'assert';
import { relativeSettingPath } from '../../src/core/workspace/settingPath';

suite('relativeSettingPath (the journal folder picked in a dialog)', () => {
  const workspace = 'file:///home/ann/project';

  test('inside the workspace folder: relative, with / between folders', () => {
    assert.strictEqual(relativeSettingPath(workspace, 'file:///home/ann/project/notes/wins'), 'notes/wins');
    assert.strictEqual(relativeSettingPath(`${workspace}/`, 'file:///home/ann/project/notes/'), 'notes');
  });

  test('the workspace folder itself is "."', () => {
    assert.strictEqual(relativeSettingPath(workspace, workspace), '.');
  });

  test('escaped characters are written as they are', () => {
    assert.strictEqual(relativeSettingPath(workspace, 'file:///home/ann/project/my%20wins'), 'my wins');
  });

  test('outside, or a folder whose name only starts like it: not relative', () => {
    assert.strictEqual(relativeSettingPath(workspace, 'file:///home/ann/project-old/journal'), undefined);
    assert.strictEqual(relativeSettingPath(workspace, 'file:///home/ann'), undefined);
  });
});
