import { View, Text, Input, Textarea } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { ARTICLE_TOPICS } from '@domain/content/types';
import { Choice } from '@/components/form/Choice';
import { FieldError } from '@/components/form/FieldError';
import { useArticleEditor } from '../../hooks/useArticleEditor';
import './index.scss';

export default function ArticleEditPage() {
  const id = useRouter().params.id ?? '';
  const { form, errors, loadError, saving, change, save } = useArticleEditor(id);

  const submit = async () => {
    if (await save()) {
      await Taro.showToast({ title: '已保存并发布', icon: 'success' });
      void Taro.navigateBack();
    }
  };

  if (loadError) return <View className='page'>{loadError}</View>;
  if (!form) return <View className='page muted'>加载中…</View>;

  return (
    <View className='page editor'>
      <View className='card'>
        <Text className='field-label'>标题</Text>
        <Input
          id='edit-title'
          className='field-input'
          value={form.title}
          maxlength={40}
          onInput={(e) => change('title', e.detail.value)}
        />
        <FieldError text={errors.title} />

        <Text className='field-label'>分类</Text>
        <View className='choice-row'>
          {ARTICLE_TOPICS.map((t) => (
            <Choice key={t} on={form.topic === t} label={t} onClick={() => change('topic', t)} />
          ))}
        </View>
        <FieldError text={errors.topic} />

        <Text className='field-label'>摘要</Text>
        <Textarea
          id='edit-summary'
          className='field-textarea editor__textarea editor__textarea--short'
          value={form.summary}
          maxlength={120}
          onInput={(e) => change('summary', e.detail.value)}
        />
        <FieldError text={errors.summary} />

        <Text className='field-label'>正文（段落之间空一行）</Text>
        <Textarea
          id='edit-body'
          className='field-textarea editor__textarea'
          value={form.body}
          maxlength={5000}
          onInput={(e) => change('body', e.detail.value)}
        />
        <FieldError text={errors.body} />
      </View>
      <FieldError text={errors._ ?? errors.version} />
      <Button id='save-article' type='primary' block loading={saving} onClick={() => void submit()}>
        保存并发布
      </Button>
    </View>
  );
}
