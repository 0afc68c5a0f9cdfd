import { createStore, type Store } from '../state/store';

export interface DialogButton {
  id: string;
  label: string;
  primary?: boolean;
}

export interface DialogRequest {
  message: string;
  detail?: string;
  buttons: DialogButton[];
  /** The answer when the dialog is dismissed with Escape. */
  cancelId: string;
  resolve(buttonId: string): void;
}

/** Modal questions ("Lưu thay đổi?"), one at a time, answered with a button id. */
export class DialogService {
  readonly store: Store<DialogRequest | null> = createStore<DialogRequest | null>(null);

  ask(message: string, buttons: DialogButton[], cancelId: string, detail?: string): Promise<string> {
    return new Promise((resolve) => {
      this.store.get()?.resolve(this.store.get()?.cancelId ?? cancelId);
      this.store.set({
        message,
        buttons,
        cancelId,
        ...(detail ? { detail } : {}),
        resolve: (id) => {
          this.store.set(null);
          resolve(id);
        },
      });
    });
  }
}
