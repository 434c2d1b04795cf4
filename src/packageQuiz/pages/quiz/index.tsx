import { useState } from 'react';
import { View, Text, Image } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { quizDay } from '@domain/quiz/rules';
import { KIND_LABELS, TOPIC_LABELS, type QuizEntry, type QuizResult, type UnitChoice } from '@domain/quiz/types';
import { Choice } from '@/components/form/Choice';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import { makeShareCard, shareCard } from '@/services/share-card';
import { clockText, useQuizRound } from '../../hooks/useQuizRound';
import './index.scss';

const LETTERS = 'ABCDEF';
const letters = (options: number[]) => options.map((i) => LETTERS[i]).join('') || '未作答';

function Entry({
  entry,
  busy,
  error,
  onStart,
}: {
  entry: QuizEntry;
  busy: boolean;
  error: string | null;
  onStart: (u: UnitChoice | null) => void;
}) {
  const [picked, setPicked] = useState<UnitChoice | null>(entry.unit);
  return (
    <View className='card quiz__entry'>
      <Text className='quiz__title'>测测你的“安全力”</Text>
      <Text className='muted'>
        每轮 {entry.roundSize} 道题（单选、多选、判断），限时 {entry.limitMs / 60_000}{' '}
        分钟，交卷后可看到答案、解析和出处。 可以多答几轮，每天计一次参与、保留最好成绩。
      </Text>
      {entry.campaign && (
        <Text className='muted'>
          答题时间：{entry.campaign.from} 至 {entry.campaign.to}
        </Text>
      )}
      {entry.unit ? (
        <Text className='quiz__unit' id='quiz-unit'>
          参与单位：{entry.unit.name}
        </Text>
      ) : (
        <View>
          <Text className='section-title'>选择参与单位</Text>
          <View className='quiz__units'>
            <Choice on={picked === null} label='个人参与' onClick={() => setPicked(null)} />
            {entry.units.map((u) => (
              <Choice key={u.code} on={picked?.code === u.code} label={u.name} onClick={() => setPicked(u)} />
            ))}
          </View>
        </View>
      )}
      {entry.closed && (
        <View className='quiz__closed' role='alert'>
          {entry.closed}
        </View>
      )}
      {error && (
        <View className='quiz__error' role='alert'>
          {error}
        </View>
      )}
      <Button
        type='primary'
        block
        loading={busy}
        disabled={!!entry.closed}
        onClick={() => onStart(entry.unit ?? picked)}
      >
        开始答题
      </Button>
    </View>
  );
}

function Review({ result }: { result: QuizResult }) {
  return (
    <>
      {result.questions.map((q, i) => (
        <View key={q._id} className={`card quiz__review ${q.right ? '' : 'quiz__review--wrong'}`}>
          <Text className='quiz__meta'>
            第 {i + 1} 题 · {KIND_LABELS[q.kind]} · {q.right ? '答对了' : q.chosen.length === 0 ? '未作答' : '答错了'}
          </Text>
          <Text className='quiz__stem'>{q.stem}</Text>
          {q.options.map((o, k) => (
            <Text key={o} className={`quiz__option-line ${q.answer.includes(k) ? 'quiz__option-line--right' : ''}`}>
              {LETTERS[k]}. {o}
            </Text>
          ))}
          <Text className='quiz__answer'>
            正确答案：{letters(q.answer)} · 你的答案：{letters(q.chosen)}
          </Text>
          <Text className='quiz__explain'>解析：{q.explanation}</Text>
          <Text className='muted'>出处：{q.source}</Text>
          {q.articleId && (
            <Text className='link' onClick={() => go(routes.article(q.articleId!))}>
              阅读相关文章 ›
            </Text>
          )}
        </View>
      ))}
    </>
  );
}

function ShareCard({ result }: { result: QuizResult }) {
  const [image, setImage] = useState<string>();
  const [making, setMaking] = useState(false);
  const make = async () => {
    setMaking(true);
    try {
      setImage(
        await makeShareCard({
          score: result.score,
          unit: result.unit,
          day: quizDay(Date.now()),
        }),
      );
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setMaking(false);
    }
  };
  return (
    <View className='card'>
      {image ? (
        <>
          <Image
            className='quiz__card'
            src={image}
            mode='widthFix'
            aria-label={`我的安全力 ${result.score} 分 分享图`}
          />
          <Button type='primary' block onClick={() => void shareCard(image)}>
            分享给好友或朋友圈
          </Button>
        </>
      ) : (
        <Button type='primary' fill='outline' block loading={making} onClick={() => void make()}>
          生成分享图
        </Button>
      )}
    </View>
  );
}

/** 测测你的“安全力”: pick a unit (or the QR names it), answer 10 questions against the clock, see why. */
export default function QuizPage() {
  const scene = useRouter().params.scene;
  const entry = useRemote<QuizEntry>(
    () => callFunction('quiz', 'entry', scene ? { scene: decodeURIComponent(scene) } : {}),
    [scene],
  );
  const r = useQuizRound();

  if (r.stage === 'answering' && r.round && r.question) {
    const q = r.question;
    const total = r.round.questions.length;
    const last = r.index === total - 1;
    return (
      <View className='page quiz'>
        <View className='quiz__bar'>
          <Text id='quiz-progress' aria-label={`第 ${r.index + 1} 题，共 ${total} 题`}>
            {r.index + 1}/{total}
          </Text>
          <Text id='quiz-clock' className={r.left <= 30 ? 'quiz__clock--low' : ''} aria-label='剩余时间'>
            剩余 {clockText(r.left)}
          </Text>
        </View>
        <View className='quiz__track'>
          <View className='quiz__fill' style={{ width: `${((r.index + 1) / total) * 100}%` }} />
        </View>
        <View className='card'>
          <Text className='quiz__meta'>
            {KIND_LABELS[q.kind]} · {TOPIC_LABELS[q.topic]}
            {q.kind === 'multiple' ? '（可多选）' : ''}
          </Text>
          <Text className='quiz__stem'>{q.stem}</Text>
          <View className='quiz__options'>
            {q.options.map((o, k) => (
              <Choice
                key={o}
                kind={q.kind === 'multiple' ? 'checkbox' : 'radio'}
                on={r.chosen.includes(k)}
                label={`${LETTERS[k]}. ${o}`}
                onClick={() => r.toggle(k)}
              />
            ))}
          </View>
        </View>
        {r.left === 0 && (
          <View className='quiz__error' role='alert'>
            {r.busy ? '时间到了，正在交卷…' : '时间到了，请交卷'}
          </View>
        )}
        {r.error && (
          <View className='quiz__error' role='alert'>
            {r.error}
          </View>
        )}
        <View className='quiz__nav'>
          <Button disabled={r.index === 0} onClick={() => r.go(r.index - 1)}>
            上一题
          </Button>
          {last ? (
            <Button type='primary' loading={r.busy} onClick={() => void r.submit()}>
              交卷（已答 {r.answered}/{total}）
            </Button>
          ) : (
            <Button type='primary' onClick={() => r.go(r.index + 1)}>
              下一题
            </Button>
          )}
        </View>
      </View>
    );
  }

  if (r.stage === 'result' && r.result) {
    const res = r.result;
    return (
      <View className='page quiz'>
        <View className='card quiz__score'>
          <Text className='quiz__score-label'>我的安全力</Text>
          <Text className='quiz__score-value' id='quiz-score'>
            {res.score} 分
          </Text>
          <Text className='muted'>
            答对 {res.correct}/{res.total} 题 · 今日最好成绩 {res.best} 分{res.unit ? ` · ${res.unit}` : ' · 个人参与'}
          </Text>
        </View>
        <ShareCard result={res} />
        <Review result={res} />
        <Button type='primary' block onClick={r.again}>
          再答一轮
        </Button>
      </View>
    );
  }

  return (
    <View className='page quiz'>
      <PageState remote={entry}>
        {(e) => <Entry entry={e} busy={r.busy} error={r.error} onStart={(u) => void r.start(u)} />}
      </PageState>
    </View>
  );
}
