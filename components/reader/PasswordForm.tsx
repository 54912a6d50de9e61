import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';

/** Asks for an encrypted PDF's password; the password goes to pdf.js and is kept nowhere. */
export function PasswordForm({ retry, onSubmit, onCancel }: { retry: boolean; onSubmit: (password: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), [retry]);
  return (
    <form
      class="reader-password"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(password);
      }}
    >
      <label for="reader-password" class="field__label">
        {t('readerPasswordLabel')}
      </label>
      <div class="field__inline">
        <input
          id="reader-password"
          ref={input}
          type="password"
          autocomplete="off"
          value={password}
          aria-invalid={retry ? 'true' : undefined}
          aria-describedby={retry ? 'reader-password-error' : undefined}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <button type="submit" class="button button--primary">
          {t('readerPasswordSubmit')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('readerPasswordCancel')}
        </button>
      </div>
      {retry && (
        <p id="reader-password-error" class="field__error" role="alert">
          {t('readerPasswordWrong')}
        </p>
      )}
    </form>
  );
}
