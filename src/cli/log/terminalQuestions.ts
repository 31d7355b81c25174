import * as readline from 'readline';

/**
 * Questions on the terminal: each one on stderr, so that stdout carries only
 * the result. The line reader starts at the first question, so that commands
 * that ask nothing never hold stdin open. Ctrl+C and Ctrl+D end the input.
 */
export class TerminalQuestions {
  private reader: readline.Interface | undefined;
  private closed = false;
  private pending: ((answer: string | undefined) => void) | undefined;

  ask = (question: string): Promise<string | undefined> => {
    if (this.closed) {
      return Promise.resolve(undefined);
    }
    const reader = this.open();
    return new Promise((resolve) => {
      this.pending = resolve;
      reader.question(question, (answer) => {
        this.pending = undefined;
        resolve(answer);
      });
    });
  };

  close(): void {
    this.reader?.close();
  }

  private open(): readline.Interface {
    if (!this.reader) {
      this.reader = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      this.reader.on('SIGINT', () => this.reader!.close());
      this.reader.on('close', () => {
        this.closed = true;
        this.pending?.(undefined);
        this.pending = undefined;
      });
    }
    return this.reader;
  }
}
