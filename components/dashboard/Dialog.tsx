import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';

/**
 * A modal built on <dialog>: the browser traps focus, closes it on Escape, hides the rest of the
 * page from assistive technology, and returns focus to the button that opened it.
 */
export function Dialog({
  title,
  onClose,
  children,
  class: className = '',
  role,
  testId,
  returnFocusTo,
}: {
  title: string;
  onClose: () => void;
  /** Where focus goes after closing when not back to the opener (e.g. the opener was deleted). */
  returnFocusTo?: () => HTMLElement | null | undefined;
  children: (ids: { titleId: string; bodyId: string }) => ComponentChildren;
  class?: string;
  role?: 'alertdialog';
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      const target = returnFocusTo?.() ?? opener;
      if (target?.isConnected) target.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={`dialog ${className}`}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} class="dialog__title">
        {title}
      </h2>
      {children({ titleId, bodyId })}
    </dialog>
  );
}

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
  testId,
  returnFocusTo,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
  returnFocusTo?: () => HTMLElement | null | undefined;
}) {
  const { t } = useI18n();
  return (
    <Dialog title={title} onClose={onCancel} role="alertdialog" testId={testId} returnFocusTo={returnFocusTo}>
      {({ bodyId }) => (
        <>
          <p id={bodyId}>{body}</p>
          <div class="dialog__actions">
            {/* Cancel is focused first so Enter never destroys anything by accident. */}
            <button type="button" class="button" onClick={onCancel} autoFocus>
              {t('dashboardCancel')}
            </button>
            <button type="button" class="button button--danger" onClick={onConfirm}>
              {confirmLabel}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
