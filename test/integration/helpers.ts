import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ElementPickShown, StepShown } from '../../src/commands/elementPick';
import type { ExtensionParts, PromotionJournalApi } from '../../src/extension';
import type { JournalTreeNode } from '../../src/tree/treeNodes';

export const EXTENSION_ID = 'promotion-journal.promotion-journal';

/** The public API with the parts the extension hands out to its own tests. */
export type ExtensionUnderTest = PromotionJournalApi & ExtensionParts;

export async function activateExtension(): Promise<ExtensionUnderTest> {
  const extension = vscode.extensions.getExtension<PromotionJournalApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed in the extension host`);
  const api = await extension.activate();
  assert.ok(api.testParts, 'the extension hands its parts to tests (VS Code runs it in test mode)');
  await api.testParts.service.ready();
  return { ...api.testParts, report: api.report, onDidChangeReport: api.onDidChangeReport };
}

export function workspaceUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return folder.uri;
}

export function journalUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceUri(), 'journal', ...segments);
}

/**
 * Polls until the check passes or the time runs out, and returns the last
 * value for the assertion. A read that throws (the tree is not there yet) is
 * retried; after the deadline its error is thrown.
 */
export async function waitFor<T>(read: () => T | Promise<T>, check: (value: T) => boolean, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await read();
      if (check(value) || Date.now() >= deadline) {
        return value;
      }
    } catch (error) {
      if (Date.now() >= deadline) {
        throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A tooltip's markdown as the user reads it, without the escapes. */
export function plain(markdown: vscode.MarkdownString | string | undefined): string {
  const value = typeof markdown === 'string' ? markdown : (markdown?.value ?? '');
  return value.replace(/\\(.)/g, '$1');
}

export function label(api: ExtensionUnderTest, node: JournalTreeNode): string {
  const item = api.tree.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

export function rootLabels(api: ExtensionUnderTest): string[] {
  return api.tree.getChildren().map((node) => label(api, node));
}

export function elementNode(api: ExtensionUnderTest, id: string): Extract<JournalTreeNode, { kind: 'element' }> {
  const node = api.tree.getChildren().find((candidate) => candidate.kind === 'element' && candidate.evidence.element.id === id);
  assert.ok(node && node.kind === 'element', `the tree shows element ${id}`);
  return node;
}

export function entryTitlesUnder(api: ExtensionUnderTest, node: JournalTreeNode): string[] {
  return api.tree.getChildren(node).map((child) => label(api, child));
}

export async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The error messages the extension shows while `action` runs (the tests share the extension's `vscode` API object). */
export function errorMessagesDuring(action: () => Promise<unknown>): Promise<string[]> {
  return messagesDuring('showErrorMessage', action);
}

/** The information messages the extension shows while `action` runs, likewise. */
export function informationMessagesDuring(action: () => Promise<unknown>): Promise<string[]> {
  return messagesDuring('showInformationMessage', action);
}

async function messagesDuring(kind: 'showErrorMessage' | 'showInformationMessage', action: () => Promise<unknown>): Promise<string[]> {
  const shown: string[] = [];
  const original = vscode.window[kind];
  vscode.window[kind] = ((message: string) => {
    shown.push(message);
    return Promise.resolve(undefined);
  }) as typeof vscode.window.showErrorMessage;
  try {
    await action();
  } finally {
    vscode.window[kind] = original as typeof vscode.window.showErrorMessage;
  }
  return shown;
}

/** Resolves when the next pick of elements opens (subscribe before running the command that opens it). */
export function nextElementPick(api: ExtensionUnderTest): Promise<ElementPickShown> {
  return new Promise((resolve) => {
    const subscription = api.elementPick.onDidShow((shown) => {
      subscription.dispose();
      resolve(shown);
    });
  });
}

/** Resolves when the next later step of a flow (the day, the title, the impact) opens. */
export function nextStep(api: ExtensionUnderTest): Promise<StepShown> {
  return new Promise((resolve) => {
    const subscription = api.elementPick.onDidShowStep((shown) => {
      subscription.dispose();
      resolve(shown);
    });
  });
}

/** Extension state as VS Code keeps it, in memory, the test's own: one instance stands for every window and restart. */
export class MemoryMemento implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : defaultValue;
  }
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
}
