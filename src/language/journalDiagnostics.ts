import * as vscode from 'vscode';
import type { ElementMatcher } from '../core/elements/elements';
import { isUnreadLink, type EntryProblem, type JournalEntry, type ProblemCode } from '../core/entries/entry';
import { entryDiagnostics } from '../core/editing/entryDiagnostics';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';
import { isUnreadLinkFile, journalEntryFile } from './journalEntryFile';
import { toVscodeRange } from './vscodeRanges';

export const DIAGNOSTIC_SOURCE = 'Promotion Journal';

/** Quick enough to feel live, slow enough not to parse on every keystroke. */
const UPDATE_DELAY_MS = 200;

/**
 * The journal's problems in the Problems panel, for journal entries only.
 * An entry open in the editor gets them from its live text, each at its
 * place. An entry that is not open gets the problems the index already found,
 * at their line: nothing is read again for it, and opening it places them.
 * A link the journal does not read (to a file outside it) keeps the index's
 * problem even when open: the text the editor shows is not the journal's.
 */
export class JournalDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('promotion-journal'));
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Entries not open in the editor, by URI, with the index entry their diagnostics were made from. */
  private fromIndex = new Map<string, { readonly uri: vscode.Uri; readonly entry: JournalEntry }>();
  private matcher: ElementMatcher | undefined;
  /** Each entry's file, worked out once: every change event walks the entries with problems again, and at 100,000 files making their URIs anew took 35 ms a walk. */
  private readonly places = new WeakMap<JournalEntry, { readonly uri: vscode.Uri; readonly key: string }>();

  constructor(private readonly service: JournalService) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((document) => this.updateOpen(document)));
    this._register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        // Output panels and other files change too: only entries are worth a timer.
        if (event.contentChanges.length > 0 && journalEntryFile(service, event.document.uri)) {
          this.schedule(event.document);
        }
      }),
    );
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)));
    this._register(service.onDidChange(() => this.journalChanged()));
    this._register({ dispose: () => this.timers.forEach((timer) => clearTimeout(timer)) });
    this.journalChanged();
  }

  private journalChanged(): void {
    // A new matcher means the journals or the framework were loaded again: open entries are judged anew.
    if (this.matcher !== this.service.matcher) {
      this.matcher = this.service.matcher;
      vscode.workspace.textDocuments.forEach((document) => this.updateOpen(document));
    }
    this.publishFromIndex();
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => this.updateOpen(document), UPDATE_DELAY_MS));
  }

  private updateOpen(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (isUnreadLinkFile(this.service, document.uri)) {
      return; // its problem comes from the index
    }
    this.fromIndex.delete(key);
    const file = journalEntryFile(this.service, document.uri);
    if (!file) {
      if (this.collection.has(document.uri)) {
        this.collection.delete(document.uri); // it left the journal (the journal folder setting changed)
      }
      return;
    }
    const found = entryDiagnostics(file.path, document.getText(), this.service.matcher);
    this.collection.set(
      document.uri,
      found.map((diagnostic) => journalDiagnostic(diagnostic.code, diagnostic.message, toVscodeRange(diagnostic.range))),
    );
  }

  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (isUnreadLinkFile(this.service, document.uri)) {
      return; // its problem from the index stays
    }
    if (this.collection.has(document.uri)) {
      this.collection.delete(document.uri);
    }
    if (journalEntryFile(this.service, document.uri)) {
      this.publishFromIndex(); // what is on disk is what counts now
    }
  }

  /** Sends only what changed: the index keeps an entry's object until its file changes. */
  private publishFromIndex(): void {
    const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const next = new Map<string, { readonly uri: vscode.Uri; readonly entry: JournalEntry }>();
    const changes: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    // Only the entries with problems: a change to one file must not walk the whole journal.
    for (const entry of this.service.withProblems()) {
      const { uri, key } = this.placeOf(entry);
      if (open.has(key) && !isUnreadLink(entry)) {
        continue;
      }
      next.set(key, { uri, entry });
      if (this.fromIndex.get(key)?.entry !== entry) {
        changes.push([uri, entry.problems.map(problemAtItsLine)]);
      }
    }
    const nowReadable: vscode.TextDocument[] = [];
    for (const [key, { uri }] of this.fromIndex) {
      if (next.has(key)) {
        continue;
      }
      // Open and known from the index: an unread link, which may have become a readable entry.
      const document = open.has(key) ? this.readableEntryDocument(uri) : undefined;
      if (document) {
        nowReadable.push(document);
      } else {
        changes.push([uri, undefined]);
      }
    }
    this.fromIndex = next;
    if (changes.length > 0) {
      this.collection.set(changes);
    }
    nowReadable.forEach((document) => this.updateOpen(document));
  }

  private placeOf(entry: JournalEntry): { readonly uri: vscode.Uri; readonly key: string } {
    let place = this.places.get(entry);
    if (!place) {
      const { uri } = this.service.locate(entry);
      place = { uri, key: uri.toString() };
      this.places.set(entry, place);
    }
    return place;
  }

  private readableEntryDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const file = journalEntryFile(this.service, uri);
    return file && file.journal.index.get(file.path) ? vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString()) : undefined;
  }
}

function problemAtItsLine(problem: EntryProblem): vscode.Diagnostic {
  const line = problem.line ?? 0;
  return journalDiagnostic(problem.code, problem.message, new vscode.Range(line, 0, line, 0));
}

function journalDiagnostic(code: ProblemCode, message: string, range: vscode.Range): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, message, severityOf(code));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = code;
  return diagnostic;
}

/** A date problem only leaves the win out of its period; every other problem loses what the entry says. */
function severityOf(code: ProblemCode): vscode.DiagnosticSeverity {
  return code === 'no-date' || code === 'invalid-date' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error;
}
