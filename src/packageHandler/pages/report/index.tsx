import { View, Text, Textarea, Input } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { chinaTime } from '@domain/common/china-time';
import { categoryLabel } from '@domain/reports/categories';
import { channelById } from '@domain/reports/channels';
import {
  nextStatuses,
  REJECT_REASONS,
  REPORT_STATUS_LABELS,
  TRANSITION_VERBS,
  type ReportStatus,
} from '@domain/reports/status';
import {
  SECURITY_LABELS,
  SEVERITIES,
  SEVERITY_LABELS,
  type HandlerReport,
  type HandlerReportEvent,
} from '@domain/reports/types';
import { FieldError } from '@/components/form/FieldError';
import { PhotoGrid } from '@/components/report/PhotoGrid';
import { PageState } from '@/components/PageState';
import { StatusTag } from '@/components/report/StatusTag';
import { useHandlerReport } from '../../hooks/useHandlerReport';
import '../handler.scss';

const label = (value?: string) =>
  value === undefined
    ? ''
    : (REPORT_STATUS_LABELS[value as ReportStatus] ??
      SEVERITY_LABELS[value as 'major'] ??
      SECURITY_LABELS[value as 'held'] ??
      value);

function EventRow({ e }: { e: HandlerReportEvent }) {
  return (
    <View className='handler__event'>
      <Text className='muted'>
        {chinaTime(e.at)} · {e.actorName}
      </Text>
      {/* The change and its note are lines of their own: inline they read as one sentence. */}
      {(e.from || e.to) && <Text>{`${label(e.from) || '—'} → ${label(e.to)}`}</Text>}
      {e.note && <Text>{e.note}</Text>}
    </View>
  );
}

function Facts({ r }: { r: HandlerReport }) {
  const { latitude, longitude, address } = r.location;
  return (
    <View className='card handler__facts'>
      <View className='handler__item-head'>
        <Text className='handler__no'>{r.trackingNo}</Text>
        <StatusTag status={r.status} id='handler-status' />
      </View>
      <Text>{categoryLabel(r.setting, r.category)}</Text>
      <Text className='muted'>
        {channelById(r.channelId)?.name}
        {r.severity ? ` · ${SEVERITY_LABELS[r.severity]}` : ''}
      </Text>
      <Text className='handler__text'>{r.description}</Text>
      {r.notHappeningNow && (
        <Text className='handler__warn' id='handler-not-now'>
          描述含“{r.notHappeningNow.wording}”，举报人已确认险情并非正在发生
        </Text>
      )}
      <Text>场所：{r.place}</Text>
      <Text>发现时间：{chinaTime(r.seenAt)}</Text>
      <View
        className='handler__map'
        onClick={() => {
          if (latitude !== undefined && longitude !== undefined)
            void Taro.openLocation({ latitude, longitude, name: r.place, address }).catch(() => undefined);
        }}
      >
        <Text>位置：{address}</Text>
        {latitude !== undefined && longitude !== undefined && (
          <Text className='muted'>
            {latitude.toFixed(5)}, {longitude.toFixed(5)}（点此在地图中查看）
          </Text>
        )}
      </View>
      <PhotoGrid photos={r.photos} large />
    </View>
  );
}

export default function HandlerReportPage() {
  const id = useRouter().params.id ?? '';
  const h = useHandlerReport(id);
  const { form } = h;

  return (
    <View className='page handler'>
      <PageState remote={h.report}>
        {(r) => (
          <>
            <Facts r={r} />
            <View className='card'>
              <Text className='handler__label'>举报人</Text>
              {r.anonymous || !r.contact ? (
                <Text className='muted'>匿名举报，无联系方式</Text>
              ) : (
                <View className='handler__row'>
                  <Text id='reporter-contact'>
                    {(h.contact ?? r.contact).name} {(h.contact ?? r.contact).phone}
                  </Text>
                  {!h.contact && (
                    <Text className='link' id='reveal-contact' onClick={() => void h.reveal()}>
                      查看完整联系方式
                    </Text>
                  )}
                </View>
              )}
            </View>

            {r.security !== 'passed' && r.status === 'submitted' ? (
              <View className='card handler__review' id='review-desk'>
                <Text className='handler__label'>内容审核（{SECURITY_LABELS[r.security]}）</Text>
                <Text className='muted'>
                  核对照片和描述：通过后转交办理渠道受理；不通过则告知举报人“不予受理”及理由。
                </Text>
                <Textarea
                  id='review-note'
                  className='field-textarea'
                  value={form.note}
                  maxlength={300}
                  placeholder='审核说明（不通过时必填，举报人可见）'
                  onInput={(e) => h.change({ note: e.detail.value })}
                />
                <FieldError text={h.error} />
                <View className='handler__actions'>
                  <Button id='review-pass' type='primary' loading={h.busy} onClick={() => void h.moderate('pass')}>
                    通过
                  </Button>
                  <Button id='review-hold' type='default' loading={h.busy} onClick={() => void h.moderate('hold')}>
                    不通过
                  </Button>
                </View>
              </View>
            ) : (
              nextStatuses(r.status).length > 0 && (
                <View className='card'>
                  <Text className='handler__label'>处理说明（每次操作必填）</Text>
                  <Textarea
                    id='handler-note'
                    className='field-textarea'
                    value={form.note}
                    maxlength={300}
                    onInput={(e) => h.change({ note: e.detail.value })}
                  />
                  {nextStatuses(r.status).includes('rejected') && (
                    <>
                      <Text className='handler__label'>不予受理理由（选择“不予受理”时）</Text>
                      <View className='handler__chips'>
                        {REJECT_REASONS.map((reason) => (
                          <View
                            key={reason.id}
                            className={`handler__chip ${form.reasonId === reason.id ? 'handler__chip--on' : ''}`}
                            onClick={() => h.change({ reasonId: reason.id })}
                          >
                            {reason.label}
                          </View>
                        ))}
                      </View>
                      {form.reasonId === 'duplicate' && (
                        <Input
                          className='field-input'
                          placeholder='此前已受理的举报编号'
                          value={form.linkedTrackingNo}
                          onInput={(e) => h.change({ linkedTrackingNo: e.detail.value })}
                        />
                      )}
                      {form.reasonId === 'out_of_scope' && (
                        <Input
                          className='field-input'
                          placeholder='应向何处反映（如 12315 市场监管）'
                          value={form.referral}
                          onInput={(e) => h.change({ referral: e.detail.value })}
                        />
                      )}
                    </>
                  )}
                  <FieldError text={h.error} />
                  <View className='handler__actions'>
                    {nextStatuses(r.status).map((to) => (
                      <Button
                        key={to}
                        id={`to-${to}`}
                        type={to === 'rejected' ? 'default' : 'primary'}
                        loading={h.busy}
                        onClick={() => void h.transition(to)}
                      >
                        {TRANSITION_VERBS[to as keyof typeof TRANSITION_VERBS]}
                      </Button>
                    ))}
                  </View>
                  <Text className='handler__label'>隐患等级（用于举报奖励）</Text>
                  <View className='handler__actions'>
                    {SEVERITIES.map((s) => (
                      <Button
                        key={s}
                        id={`severity-${s}`}
                        type={r.severity === s ? 'primary' : 'default'}
                        onClick={() => void h.setSeverity(s)}
                      >
                        {SEVERITY_LABELS[s]}
                      </Button>
                    ))}
                  </View>
                </View>
              )
            )}
            <View className='card'>
              <Text className='handler__label'>处理记录</Text>
              {r.events.length === 0 && <Text className='muted'>暂无</Text>}
              {r.events.map((e) => (
                <EventRow key={e._id} e={e} />
              ))}
            </View>
          </>
        )}
      </PageState>
    </View>
  );
}
