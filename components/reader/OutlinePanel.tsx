import { useI18n } from '@/components/I18nContext';
import type { OutlineItem, ReaderController } from './reader-controller';

/** The document's own outline (bookmarks), as nested lists; a click goes to the place it names. */
export function OutlinePanel({ id, items, controller }: { id: string; items: OutlineItem[]; controller: ReaderController }) {
  const { t } = useI18n();
  return (
    <nav id={id} class="reader-outline" aria-label={t('readerOutline')}>
      <h2 class="reader-outline__title">{t('readerOutline')}</h2>
      <OutlineList items={items} controller={controller} />
    </nav>
  );
}

function OutlineList({ items, controller }: { items: OutlineItem[]; controller: ReaderController }) {
  return (
    <ul class="reader-outline__list">
      {items.map((item, i) => (
        <li key={i}>
          {item.dest ? (
            <button type="button" class="reader-outline__item" onClick={() => controller.goToOutlineItem(item)}>
              <bdi>{item.title}</bdi>
            </button>
          ) : item.url ? (
            <a class="reader-outline__item" href={item.url} target="_blank" rel="noopener noreferrer nofollow">
              <bdi>{item.title}</bdi>
            </a>
          ) : (
            <span class="reader-outline__item reader-outline__item--plain">
              <bdi>{item.title}</bdi>
            </span>
          )}
          {item.items.length > 0 && <OutlineList items={item.items} controller={controller} />}
        </li>
      ))}
    </ul>
  );
}
