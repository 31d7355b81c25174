import * as vscode from 'vscode';

/** One command, one class, as in VS Code's markdown extension. */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

export class CommandManager implements vscode.Disposable {
  private readonly registrations = new Map<string, vscode.Disposable>();

  register<T extends Command>(command: T): T {
    if (!this.registrations.has(command.id)) {
      this.registrations.set(command.id, vscode.commands.registerCommand(command.id, command.execute, command));
    }
    return command;
  }

  dispose(): void {
    for (const registration of this.registrations.values()) {
      registration.dispose();
    }
    this.registrations.clear();
  }
}
