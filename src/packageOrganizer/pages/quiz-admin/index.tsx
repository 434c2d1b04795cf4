import { useEffect, useState } from 'react';
import { View, Text, Image, Picker } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow } from '@tarojs/taro';
import { chinaDay } from '@domain/common/china-time';
import { barWidths } from '@domain/activities/stats';
import { KIND_LABELS, TOPIC_LABELS, type Question, type UnitCode, type UnitQuizStats } from '@domain/quiz/types';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import { openFile } from '@/services/open-file';
import { pickXlsx } from '@/services/pick-xlsx';
import '../activity-stats/index.scss';
import './index.scss';

const toast = (title: string) => void Taro.showToast({ title, icon: 'none' });

/** Runs one organizer action with a busy flag and a toast for the outcome. */
function useTask() {
  const [busy, setBusy] = useState<string | null>(null);
  const run = async <T,>(name: string, work: () => Promise<T>, done?: (value: T) => string) => {
    setBusy(name);
    try {
      const value = await work();
      if (done) toast(done(value));
      return value;
    } catch (e) {
      toast(messageOf(e));
      return undefined;
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}

function Stats({ stats }: { stats: UnitQuizStats }) {
  const widths = barWidths(stats.distribution.map((b) => b.count));
  return (
    <>
      <View className='quiz-admin__figures' id='quiz-figures'>
        <View>
          <Text className='quiz-admin__figure'>{stats.participants}</Text>
          <Text className='muted'>参与人数</Text>
        </View>
        <View>
          <Text className='quiz-admin__figure' id='quiz-person-times'>
            {stats.personTimes}
          </Text>
          <Text className='muted'>人次</Text>
        </View>
        <View>
          <Text className='quiz-admin__figure'>{stats.rounds}</Text>
          <Text className='muted'>答题轮次</Text>
        </View>
        <View>
          <Text className='quiz-admin__figure'>{stats.averageScore}</Text>
          <Text className='muted'>平均分</Text>
        </View>
      </View>
      <Text className='section-title'>成绩分布</Text>
      {stats.distribution.map((b, i) => (
        <View key={b.label} className='stats__bar-row'>
          <Text className='stats__bar-label'>{b.label}</Text>
          <View className='stats__bar-track'>
            <View className='stats__bar' style={{ width: `${widths[i]}%` }} />
          </View>
          <Text className='stats__bar-value'>{b.count}</Text>
        </View>
      ))}
      <Text className='section-title'>最薄弱的题目（答对率最低）</Text>
      {stats.weakest.length === 0 ? (
        <Text className='muted'>还没有人答题</Text>
      ) : (
        stats.weakest.map((w) => (
          <View key={w.questionId} className='quiz-admin__weak'>
            <Text>{w.stem}</Text>
            <Text className='muted'>
              {TOPIC_LABELS[w.topic]} · 答对率 {w.rate}%（{w.right}/{w.asked}）
            </Text>
          </View>
        ))
      )}
    </>
  );
}

function BankRow({ q, onRetire }: { q: Question; onRetire: () => void }) {
  return (
    <View className={`quiz-admin__question ${q.status === 'retired' ? 'quiz-admin__question--retired' : ''}`}>
      <Text>{q.stem}</Text>
      <Text className='muted'>
        {KIND_LABELS[q.kind]} · {TOPIC_LABELS[q.topic]} · {q.status === 'retired' ? '已停用' : '启用中'} · 出处：
        {q.source}
      </Text>
      <View className='quiz-admin__actions'>
        <Text className='link' onClick={() => go(routes.quizQuestion(q._id))}>
          编辑
        </Text>
        <Text className='link' onClick={onRetire}>
          {q.status === 'retired' ? '恢复' : '停用'}
        </Text>
      </View>
    </View>
  );
}

/** 网络知识答题管理: the unit's quiz code, the campaign window, the unit's figures and the bank. */
export default function QuizAdminPage() {
  const today = chinaDay(Date.now());
  const [range, setRange] = useState({ from: `${today.slice(0, 8)}01`, to: today });
  const [campaign, setCampaign] = useState({ from: `${today.slice(0, 5)}06-01`, to: `${today.slice(0, 5)}06-30` });
  /** The window stored on the server; null while none is set (the quiz is then open all year). */
  const [saved, setSaved] = useState<{ from: string; to: string } | null>(null);
  const [code, setCode] = useState<UnitCode>();
  const stats = useRemote(() => callFunction('quiz', 'stats', range), [range.from, range.to]);
  const bank = useRemote(() => callFunction('quiz', 'bank'), []);
  const task = useTask();
  // The stored window, when there is one, replaces the June default.
  useEffect(() => {
    callFunction('quiz', 'entry', {})
      .then((e) => {
        if (!e.campaign) return;
        setCampaign(e.campaign);
        setSaved(e.campaign);
      })
      .catch(() => undefined);
  }, []);
  useDidShow(() => {
    if (bank.data) void bank.reload();
  });

  const importBank = () =>
    task.run(
      'import',
      async () => {
        const data = await pickXlsx();
        const r = await callFunction('exports', 'importBank', { data });
        await bank.reload();
        return r;
      },
      (r) => `已导入：新增 ${r.added} 题，更新 ${r.updated} 题`,
    );

  return (
    <View className='page quiz-admin'>
      <View className='card'>
        <Text className='section-title'>本单位答题码</Text>
        <Text className='muted'>群众扫这个码答题，成绩计入本单位的统计表。</Text>
        {code ? (
          <>
            <Image className='quiz-admin__qr' src={code.url} mode='aspectFit' aria-label={`${code.unit}答题码`} />
            {/* The page the code opens stays in an attribute (tests and tools read it), never on screen. */}
            <Text className='quiz-admin__unit' id='quiz-unit-link' data-path={`/${code.path}`}>
              {code.unit}答题码：微信扫一扫即可答题
            </Text>
          </>
        ) : (
          <Button
            type='primary'
            block
            loading={task.busy === 'code'}
            onClick={() => void task.run('code', async () => setCode(await callFunction('quiz', 'unitCode')))}
          >
            生成答题码
          </Button>
        )}
      </View>

      <View className='card'>
        <Text className='section-title'>答题开放时间</Text>
        <Text className='muted' id='campaign-saved'>
          {saved
            ? `当前开放时间：${saved.from} 至 ${saved.to}`
            : '尚未设置开放时间，目前全年可以答题；选择日期后点“保存开放时间”。'}
        </Text>
        <View className='stats__range'>
          <Picker
            mode='date'
            value={campaign.from}
            onChange={(e) => setCampaign({ ...campaign, from: String(e.detail.value) })}
          >
            <View className='stats__date' id='campaign-from'>
              {campaign.from}
            </View>
          </Picker>
          <Text>至</Text>
          <Picker
            mode='date'
            value={campaign.to}
            onChange={(e) => setCampaign({ ...campaign, to: String(e.detail.value) })}
          >
            <View className='stats__date' id='campaign-to'>
              {campaign.to}
            </View>
          </Picker>
        </View>
        <Button
          block
          loading={task.busy === 'campaign'}
          onClick={() =>
            void task.run(
              'campaign',
              async () => {
                const w = await callFunction('quiz', 'setCampaign', campaign);
                setSaved(w);
                return w;
              },
              (w) => `已设置：${w.from} 至 ${w.to}`,
            )
          }
        >
          保存开放时间
        </Button>
      </View>

      <View className='card'>
        <Text className='section-title'>本单位答题统计</Text>
        <View className='stats__range'>
          <Picker mode='date' value={range.from} onChange={(e) => setRange({ ...range, from: String(e.detail.value) })}>
            <View className='stats__date' id='quiz-stats-from'>
              {range.from}
            </View>
          </Picker>
          <Text>至</Text>
          <Picker mode='date' value={range.to} onChange={(e) => setRange({ ...range, to: String(e.detail.value) })}>
            <View className='stats__date' id='quiz-stats-to'>
              {range.to}
            </View>
          </Picker>
        </View>
        <PageState remote={stats}>{(s) => <Stats stats={s} />}</PageState>
      </View>

      <View className='card'>
        <Text className='section-title'>题库</Text>
        <View className='quiz-admin__tools'>
          <Button type='primary' onClick={() => go(routes.quizQuestion())}>
            新增题目
          </Button>
          <Button
            loading={task.busy === 'export'}
            onClick={() =>
              void task.run('export', async () => openFile((await callFunction('exports', 'exportBank')).url))
            }
          >
            导出 Excel
          </Button>
          <Button loading={task.busy === 'import'} onClick={() => void importBank()}>
            导入 Excel
          </Button>
        </View>
        <PageState remote={bank} isEmpty={(b) => b.length === 0} emptyText='题库还没有题目'>
          {(b) => (
            <>
              <Text className='muted' id='bank-size'>
                共 {b.length} 题，启用 {b.filter((q) => q.status === 'active').length} 题
              </Text>
              {b.map((q) => (
                <BankRow
                  key={q._id}
                  q={q}
                  onRetire={() =>
                    void task.run('retire', async () => {
                      await callFunction('quiz', 'retireQuestion', { id: q._id, retired: q.status === 'active' });
                      await bank.reload();
                    })
                  }
                />
              ))}
            </>
          )}
        </PageState>
      </View>
    </View>
  );
}
