import { View, Text, Input, Textarea } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import type { Theme } from '@domain/content/types';
import { FieldError } from '@/components/form/FieldError';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import { savedThenLeave } from '@/services/saved';
import '@/components/list/list.scss';
import { useThemeEditor } from '../../hooks/useThemeEditor';
import './index.scss';

/** Without an id: the years to pick from. With one: that year's theme in the editor. */
export default function ThemeEditPage() {
  const id = useRouter().params.id ?? '';
  return id ? <ThemeEditor id={id} /> : <ThemePicker />;
}

function ThemePicker() {
  const themes = useRemote<Theme[]>(() => callFunction('content', 'listThemes'), []);
  return (
    <View className='page'>
      <PageState remote={themes} isEmpty={(t) => t.length === 0} emptyText='暂无年度主题'>
        {(list) => (
          <View className='card'>
            <Text className='section-title'>选择要编辑的年份</Text>
            {list.map((t) => (
              <View
                key={t._id}
                className='theme-pick'
                role='button'
                id={`theme-pick-${t.year}`}
                onClick={() => go(routes.editTheme(t._id))}
              >
                <View className='theme-pick__text'>
                  <Text className='theme-pick__year'>
                    {t.year}年 · 第{t.ordinal}个
                  </Text>
                  <Text className='muted'>{t.title}</Text>
                </View>
                <View className='chevron' />
              </View>
            ))}
          </View>
        )}
      </PageState>
    </View>
  );
}

function ThemeEditor({ id }: { id: string }) {
  const { form, errors, loadError, saving, change, save } = useThemeEditor(id);

  const submit = async () => {
    if (await save()) await savedThenLeave('已保存并发布');
  };

  if (loadError) return <View className='page'>{loadError}</View>;
  if (!form) return <View className='page muted'>加载中…</View>;

  const line = (field: 'year' | 'ordinal' | 'title' | 'source' | 'period', label: string, max: number) => (
    <View id={`theme-${field}`}>
      <Text className='field-label'>{label}</Text>
      <Input
        id={`theme-${field}-input`}
        className='field-input'
        type={field === 'year' || field === 'ordinal' ? 'number' : 'text'}
        value={form[field]}
        maxlength={max}
        onInput={(e) => change(field, e.detail.value)}
      />
      <FieldError text={errors[field]} />
    </View>
  );

  return (
    <View className='page theme-editor'>
      <View className='card'>
        {line('year', '年份', 4)}
        {line('ordinal', '第几个“安全生产月”', 3)}
        {line('title', '主题', 60)}
        {line('period', '活动时间', 60)}
        {line('source', '来源文件标题（如《2026年全市“安全生产月”活动方案》）', 80)}

        <View id='theme-keyDates'>
          <Text className='field-label'>重要日期</Text>
          <Text className='theme-editor__hint'>每行一个：日期 空格 说明，如 2026-06-16 全国安全宣传咨询日</Text>
          <Textarea
            id='theme-keyDates-input'
            className='field-input theme-editor__textarea theme-editor__textarea--short'
            value={form.keyDates}
            maxlength={400}
            onInput={(e) => change('keyDates', e.detail.value)}
          />
          <FieldError text={errors.keyDates} />
        </View>

        <View id='theme-activities'>
          <Text className='field-label'>重点活动</Text>
          <Text className='theme-editor__hint'>每项第一行写活动名称，下一行写内容；两项之间空一行</Text>
          <Textarea
            id='theme-activities-input'
            className='field-input theme-editor__textarea'
            value={form.activities}
            maxlength={3000}
            onInput={(e) => change('activities', e.detail.value)}
          />
          <FieldError text={errors.activities} />
        </View>
      </View>
      <FieldError text={errors._ ?? errors.version} />
      <Button id='save-theme' type='primary' block loading={saving} onClick={() => void submit()}>
        保存并发布
      </Button>
    </View>
  );
}
