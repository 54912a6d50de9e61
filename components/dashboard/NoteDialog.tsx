import { useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { Dialog } from './Dialog';

const MAX_NOTE = 2000;

export function NoteDialog({ initial, onSave, onCancel }: { initial: string; onSave: (note: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState(initial);
  return (
    <Dialog title={t('dashboardNoteTitle')} onClose={onCancel} testId="note-dialog">
      {({ bodyId }) => (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSave(note);
          }}
        >
          <label for="note-text" id={bodyId} class="field__label">
            {t('dashboardNoteLabel')}
          </label>
          <textarea
            id="note-text"
            class="note-dialog__text"
            value={note}
            maxLength={MAX_NOTE}
            rows={5}
            autoFocus
            onInput={(event) => setNote(event.currentTarget.value)}
          />
          <div class="dialog__actions">
            <button type="button" class="button" onClick={onCancel}>
              {t('dashboardCancel')}
            </button>
            <button type="submit" class="button button--primary">
              {t('dashboardSave')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
