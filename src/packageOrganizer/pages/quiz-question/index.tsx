import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import {
  DIFFICULTIES,
  DIFFICULTY_LABELS,
  KIND_LABELS,
  QUESTION_KINDS,
  QUIZ_TOPICS,
  TOPIC_LABELS,
} from '@domain/quiz/types';
import { Choice } from '@/components/form/Choice';
import { FieldError } from '@/components/form/FieldError';
import { TextField } from '@/components/form/TextField';
import { savedThenLeave } from '@/services/saved';
import { useQuestionEditor } from '../../hooks/useQuestionEditor';
import '../article-edit/index.scss';
import './index.scss';

const LETTERS = 'ABCDEF';

/** 新增 / 编辑题目: kind, topic, difficulty, stem, options with the right ones marked, explanation and source. */
export default function QuizQuestionPage() {
  const id = useRouter().params.id ?? '';
  const { form, change, errors, saving, save } = useQuestionEditor(id);
  if (!form) return <View className='page muted'>{errors._ ?? '加载中…'}</View>;

  const slots = form.kind === 'judge' ? ['正确', '错误'] : form.options;
  const mark = (i: number) =>
    change(
      'answer',
      form.kind === 'multiple'
        ? form.answer.includes(i)
          ? form.answer.filter((a) => a !== i)
          : [...form.answer, i].sort()
        : [i],
    );

  const submit = async () => {
    if (!(await save())) return;
    await savedThenLeave();
  };

  return (
    <View className='page editor'>
      <View className='card'>
        <Text className='field-label'>题型</Text>
        <View className='choice-row'>
          {QUESTION_KINDS.map((k) => (
            <Choice
              key={k}
              on={form.kind === k}
              label={KIND_LABELS[k]}
              onClick={() => {
                change('kind', k);
                change('answer', []);
              }}
            />
          ))}
        </View>
        <Text className='field-label'>分类</Text>
        <View className='choice-row'>
          {QUIZ_TOPICS.map((t) => (
            <Choice key={t} on={form.topic === t} label={TOPIC_LABELS[t]} onClick={() => change('topic', t)} />
          ))}
        </View>
        <Text className='field-label'>难度</Text>
        <View className='choice-row'>
          {DIFFICULTIES.map((d) => (
            <Choice
              key={d}
              on={form.difficulty === d}
              label={DIFFICULTY_LABELS[d]}
              onClick={() => change('difficulty', d)}
            />
          ))}
        </View>
        <TextField
          multiline
          id='question-stem'
          label='题干'
          className='editor__textarea editor__textarea--short'
          value={form.stem}
          maxlength={200}
          error={errors.stem}
          onInput={(v) => change('stem', v)}
        />
        <Text className='field-label'>选项（点“设为正确”标出正确答案）</Text>
        {slots.map((o, i) => (
          <View key={i} className='editor__option'>
            {form.kind === 'judge' ? (
              <Text>
                {LETTERS[i]}. {o}
              </Text>
            ) : (
              <TextField
                id={`question-option-${i}`}
                label={`选项 ${LETTERS[i]}`}
                value={o}
                onInput={(v) =>
                  change(
                    'options',
                    form.options.map((x, k) => (k === i ? v : x)),
                  )
                }
              />
            )}
            <Choice
              kind={form.kind === 'multiple' ? 'checkbox' : 'radio'}
              on={form.answer.includes(i)}
              label='设为正确'
              onClick={() => mark(i)}
            />
          </View>
        ))}
        <FieldError text={errors.options ?? errors.answer} />
        <TextField
          multiline
          id='question-explanation'
          label='答案解析'
          className='editor__textarea editor__textarea--short'
          value={form.explanation}
          maxlength={400}
          error={errors.explanation}
          onInput={(v) => change('explanation', v)}
        />
        <TextField
          id='question-source'
          label='出处（法规或标准名称）'
          value={form.source}
          error={errors.source}
          onInput={(v) => change('source', v)}
        />
        <TextField
          id='question-article'
          label='关联文章编号（可不填）'
          value={form.articleId}
          error={errors.articleId}
          onInput={(v) => change('articleId', v)}
        />
        <FieldError text={errors._} />
      </View>
      <Button type='primary' block loading={saving} onClick={() => void submit()}>
        保存题目
      </Button>
    </View>
  );
}
