import * as vscode from 'vscode';
import { NarrativeModelError, type Cancellation, type NarrativeModel } from '../core/draft/narrative';

/** Shown by VS Code when it asks the user to allow the request. */
const JUSTIFICATION = 'Draft Self-Review sends the shared (not confidential) journal entries of your review period, to write a narrative that cites them.';
/** Far more than a self-review: a model that goes on and on is stopped here. */
const MAX_ANSWER_CHARS = 100_000;

/** The first chat model VS Code offers, or undefined: none installed, or none this VS Code can offer. */
export async function pickNarrativeModel(): Promise<NarrativeModel | undefined> {
  try {
    const [chat] = await vscode.lm.selectChatModels();
    return chat ? new ChatNarrativeModel(chat) : undefined;
  } catch {
    return undefined;
  }
}

/** `vscode.lm` behind the core's seam: its errors become NarrativeModelError, its progress is cancellable. */
class ChatNarrativeModel implements NarrativeModel {
  constructor(private readonly chat: vscode.LanguageModelChat) {}

  get name(): string {
    return this.chat.name;
  }

  write(prompt: string, cancellation: Cancellation): Promise<string> {
    return Promise.resolve(
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Drafting your self-review with ${this.chat.name}…`, cancellable: true },
        async (_progress, progressToken) => {
          const linked = new vscode.CancellationTokenSource();
          const subscriptions = [progressToken.onCancellationRequested(() => linked.cancel())];
          if (isToken(cancellation)) {
            subscriptions.push(cancellation.onCancellationRequested(() => linked.cancel()));
          }
          try {
            const response = await this.chat.sendRequest([vscode.LanguageModelChatMessage.User(prompt)], { justification: JUSTIFICATION }, linked.token);
            let answer = '';
            for await (const part of response.text) {
              answer += part;
              if (linked.token.isCancellationRequested || answer.length > MAX_ANSWER_CHARS) {
                break;
              }
            }
            if (linked.token.isCancellationRequested) {
              throw new NarrativeModelError('cancelled', 'Cancelled.');
            }
            return answer;
          } catch (error) {
            throw narrativeError(error, linked.token);
          } finally {
            subscriptions.forEach((subscription) => subscription.dispose());
            linked.dispose();
          }
        },
      ),
    );
  }
}

function narrativeError(error: unknown, token: vscode.CancellationToken): NarrativeModelError {
  if (error instanceof NarrativeModelError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (token.isCancellationRequested || error instanceof vscode.CancellationError) {
    return new NarrativeModelError('cancelled', message);
  }
  if (error instanceof vscode.LanguageModelError) {
    if (error.code === vscode.LanguageModelError.NoPermissions.name) {
      return new NarrativeModelError('no-permission', message);
    }
    if (error.code === vscode.LanguageModelError.NotFound.name || error.code === vscode.LanguageModelError.Blocked.name) {
      return new NarrativeModelError('unavailable', message);
    }
  }
  return new NarrativeModelError('failed', message);
}

function isToken(cancellation: Cancellation): cancellation is vscode.CancellationToken {
  return typeof (cancellation as Partial<vscode.CancellationToken>).onCancellationRequested === 'function';
}
