import * as vscode from 'vscode';

/** Base for objects that own disposables, after VS Code's own markdown extension. */
export abstract class Disposable implements vscode.Disposable {
  private isDisposed = false;
  private readonly disposables: vscode.Disposable[] = [];

  dispose(): void {
    if (this.isDisposed) {
      return;
    }
    this.isDisposed = true;
    for (const disposable of this.disposables.splice(0).reverse()) {
      disposable.dispose();
    }
  }

  protected _register<T extends vscode.Disposable>(disposable: T): T {
    if (this.isDisposed) {
      disposable.dispose();
    } else {
      this.disposables.push(disposable);
    }
    return disposable;
  }

  protected get disposed(): boolean {
    return this.isDisposed;
  }
}
