import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import { ARTICLE_TOPICS } from '@domain/content/types';
import { Choice } from '@/components/form/Choice';
import { FieldError } from '@/components/form/FieldError';
import { TextField } from '@/components/form/TextField';
import { savedThenLeave } from '@/services/saved';
import { useArticleEditor } from '../../hooks/useArticleEditor';
import './index.scss';

export default function ArticleEditPage() {
  const id = useRouter().params.id ?? '';
  const { form, errors, loadError, saving, change, save } = useArticleEditor(id);

  const submit = async () => {
    if (await save()) await savedThenLeave('已保存并发布');
  };

  if (loadError) return <View className='page'>{loadError}</View>;
  if (!form) return <View className='page muted'>加载中…</View>;

  return (
    <View className='page editor'>
      <View className='card'>
        <TextField
          id='edit-title'
          label='标题'
          value={form.title}
          maxlength={40}
          error={errors.title}
          onInput={(v) => change('title', v)}
        />

        <Text className='field-label'>分类</Text>
        <View className='choice-row' id='edit-topic'>
          {ARTICLE_TOPICS.map((t) => (
            <Choice key={t} on={form.topic === t} label={t} onClick={() => change('topic', t)} />
          ))}
        </View>
        <FieldError text={errors.topic} />

        <TextField
          multiline
          id='edit-summary'
          label='摘要'
          className='editor__textarea editor__textarea--short'
          value={form.summary}
          maxlength={120}
          error={errors.summary}
          onInput={(v) => change('summary', v)}
        />

        <TextField
          multiline
          id='edit-body'
          label='正文（段落之间空一行）'
          className='editor__textarea'
          value={form.body}
          maxlength={5000}
          error={errors.body}
          onInput={(v) => change('body', v)}
        />
      </View>
      <FieldError text={errors._ ?? errors.version} />
      <Button id='save-article' type='primary' block loading={saving} onClick={() => void submit()}>
        保存并发布
      </Button>
    </View>
  );
}
