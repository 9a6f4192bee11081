import { useT } from '../../../i18n/use-t';
import { selectionSize, useBucketSelection, useSelectionActions } from '../../../state/selection-store';
import { Text } from '../../layout/text';
import { Button, Flex } from '../../layout/controls';

/** How much is selected in this bucket (folders count once, with everything in them). */
export function SelectionToolbar({ bucket }: { bucket: string }) {
  const t = useT();
  const selection = useBucketSelection(bucket);
  const { selectionCleared } = useSelectionActions();
  const { objects, folders } = selectionSize(selection);
  const empty = objects === 0 && folders === 0;
  const parts = [
    objects === 0
      ? ''
      : objects === 1
        ? t('browse.selection.object1')
        : t('browse.selection.objects', { count: objects }),
    folders === 0
      ? ''
      : folders === 1
        ? t('browse.selection.folder1')
        : t('browse.selection.folders', { count: folders }),
  ].filter(Boolean);
  return (
    <Flex
      align="center"
      gap={12}
      wrap
      role="toolbar"
      aria-label={t('browse.selection.toolbar')}
      style={{ minHeight: 32 }}
    >
      <Text role="status" tone={empty ? 'secondary' : undefined} strong={!empty}>
        {empty
          ? t('browse.selection.none')
          : t('browse.selection.count', { parts: parts.join(t('browse.selection.and')) })}
      </Text>
      {!empty && (
        <Button size="small" onClick={() => selectionCleared(bucket)}>
          {t('browse.selection.clear')}
        </Button>
      )}
    </Flex>
  );
}
