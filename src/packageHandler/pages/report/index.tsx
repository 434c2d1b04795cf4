import { View, Text, Textarea, Picker } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import { chinaTime } from '@domain/common/china-time';
import { categoryLabel } from '@domain/reports/categories';
import { channelById, channelName, CHANNELS } from '@domain/reports/channels';
import { isOverdue } from '@domain/reports/desk';
import { REPORT_LIMITS } from '@domain/reports/limits';
import { deadlineRange, deadlineText } from '@domain/reports/rectification';
import { nextStatuses, REPORT_STATUS_LABELS, TRANSITION_VERBS, type ReportStatus } from '@domain/reports/status';
import {
  SECURITY_LABELS,
  SEVERITIES,
  SEVERITY_LABELS,
  type HandlerReport,
  type HandlerReportEvent,
} from '@domain/reports/types';
import { Choice } from '@/components/form/Choice';
import { FieldError } from '@/components/form/FieldError';
import { PhotoGrid } from '@/components/report/PhotoGrid';
import { PhotoPicker } from '@/components/report/PhotoPicker';
import { PageState } from '@/components/PageState';
import { PrivacyGate } from '@/components/PrivacyGate';
import { StatusTag } from '@/components/report/StatusTag';
import { showOnMap } from '@/services/venue-map';
import { useHandlerReport } from '../../hooks/useHandlerReport';
import { RejectReasons } from './RejectReasons';
import '../handler.scss';

type HandlerForms = ReturnType<typeof useHandlerReport>;

const label = (value?: string) =>
  value === undefined
    ? ''
    : (REPORT_STATUS_LABELS[value as ReportStatus] ??
      SEVERITY_LABELS[value as 'major'] ??
      SECURITY_LABELS[value as 'held'] ??
      value);

/** A 处理记录 row's from → to: channels by name for 转办, statuses and levels by their labels. */
const changeOf = (e: HandlerReportEvent) =>
  e.kind === 'reroute'
    ? `转办：${channelName(e.from ?? '')} → ${channelName(e.to ?? '')}`
    : e.from || e.to
      ? `${label(e.from) || '—'} → ${label(e.to)}`
      : '';

function EventRow({ e }: { e: HandlerReportEvent }) {
  return (
    <View className='handler__event'>
      <Text className='muted'>
        {chinaTime(e.at)} · {e.actorName}
      </Text>
      {/* The change and its note are lines of their own: inline they read as one sentence. */}
      {changeOf(e) && <Text>{changeOf(e)}</Text>}
      {e.note && <Text>{e.note}</Text>}
      {/* The 整改照片 sent with this change, as the reporter sees them on the timeline. */}
      {e.photos && e.photos.length > 0 && <PhotoGrid photos={e.photos} />}
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
      {r.deadline && (
        <Text className={isOverdue(r, Date.now()) ? 'handler__warn' : 'muted'} id='handler-deadline'>
          {deadlineText(r.deadline)}
          {isOverdue(r, Date.now()) ? '（已超期）' : ''}
        </Text>
      )}
      <Text className='handler__text'>{r.description}</Text>
      {r.notHappeningNow && (
        <Text className='handler__warn' id='handler-not-now'>
          描述含“{r.notHappeningNow.wording}”，举报人已确认险情并非正在发生
        </Text>
      )}
      <Text>场所：{r.place}</Text>
      <Text>发现时间：{chinaTime(r.seenAt)}</Text>
      <View className='handler__map' onClick={() => void showOnMap({ name: r.place, address, latitude, longitude })}>
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

/** 受理 / 转入整改 / 办结 / 不予受理: one 处理说明, the status each button names. */
function TransitionCard({ r, form }: { r: HandlerReport; form: HandlerForms['transition'] }) {
  const { draft, errors, change } = form;
  const next = nextStatuses(r.status);
  return (
    <View className='card' id='handler-card'>
      <Text className='handler__label'>处理说明（每次操作必填，举报人可见）</Text>
      <Textarea
        id='handler-note'
        className='field-textarea'
        value={draft.note}
        maxlength={300}
        placeholder='如：已转应急管理局执法大队核查'
        onInput={(e) => change({ note: e.detail.value })}
      />
      <FieldError text={errors.note} />
      {next.includes('rejected') && <RejectReasons status={r.status} form={form} />}
      {next.includes('rectifying') && <DeadlinePicker form={form} />}
      {(next.includes('rectifying') || next.includes('closed')) && (
        <>
          <Text className='handler__label'>
            整改照片（选填，最多 {REPORT_LIMITS.rectificationPhotosMax} 张，随“转入整改”或“办结”提交，举报人可见）
          </Text>
          <View id='handler-photos'>
            <PhotoPicker
              photos={draft.photos}
              upload={form.upload}
              max={REPORT_LIMITS.rectificationPhotosMax}
              onAdd={() => void form.addPhotos()}
              onRemove={form.removePhoto}
            />
          </View>
          <FieldError text={errors.photos} />
        </>
      )}
      <FieldError text={errors._ ?? errors.to} id='handler-error' />
      <View className='handler__actions'>
        {next.map((to) => (
          <Button
            key={to}
            id={`to-${to}`}
            type={to === 'rejected' ? 'default' : 'primary'}
            loading={form.busy}
            onClick={() => void form.move(to)}
          >
            {TRANSITION_VERBS[to as keyof typeof TRANSITION_VERBS]}
          </Button>
        ))}
      </View>
    </View>
  );
}

/** 整改限期 for 转入整改: a China day from today to 90 days on; the picker opens at a week from today. */
function DeadlinePicker({ form }: { form: HandlerForms['transition'] }) {
  const { draft, errors, change } = form;
  const range = deadlineRange(Date.now());
  return (
    <>
      <Text className='handler__label'>整改限期（选择“转入整改”时必选，举报人可见）</Text>
      <Picker
        mode='date'
        value={draft.deadline || range.suggested}
        start={range.first}
        end={range.last}
        onChange={(e) => change({ deadline: String(e.detail.value) })}
      >
        <View className='field-input' id='handler-deadline-pick'>
          <Text id='handler-deadline-picked'>{draft.deadline ? `限期至 ${draft.deadline}` : '请选择整改限期'}</Text>
        </View>
      </Picker>
      <FieldError text={errors.deadline} />
    </>
  );
}

/** 隐患等级: picking a level only selects it; 保存等级 sends it with its own 定级说明. */
function SeverityCard({ r, form }: { r: HandlerReport; form: HandlerForms['severity'] }) {
  const { draft, errors, change } = form;
  return (
    <View className='card' id='severity-card'>
      <Text className='handler__label'>隐患等级（用于举报奖励）</Text>
      <Text className='muted' id='severity-current'>
        当前：{r.severity ? SEVERITY_LABELS[r.severity] : '未定级'}
      </Text>
      <View className='choice-row handler__choices' id='severity-choices' role='radiogroup' aria-label='隐患等级'>
        {SEVERITIES.map((s) => (
          <Choice
            key={s}
            id={`severity-${s}`}
            label={SEVERITY_LABELS[s]}
            on={draft.severity === s}
            onClick={() => change({ severity: s })}
          />
        ))}
      </View>
      <FieldError text={errors.severity} />
      <Textarea
        id='severity-note'
        className='field-textarea'
        value={draft.note}
        maxlength={300}
        placeholder='定级说明（必填，如：依据重大事故隐患判定标准）'
        onInput={(e) => change({ note: e.detail.value })}
      />
      <FieldError text={errors.note} />
      <FieldError text={errors._} id='severity-error' />
      <View className='handler__actions'>
        <Button id='severity-save' type='primary' loading={form.busy} onClick={() => void form.submit()}>
          保存等级
        </Button>
      </View>
    </View>
  );
}

/** 转办: another channel and the reason the reporter reads; asked first (再想想 / 确认转办). */
function RerouteCard({ r, form }: { r: HandlerReport; form: HandlerForms['reroute'] }) {
  const { draft, errors, change } = form;
  return (
    <View className='card' id='reroute-card'>
      <Text className='handler__label'>转办（不属于本渠道受理时）</Text>
      <View className='choice-row handler__choices' id='reroute-channels' role='radiogroup' aria-label='转办渠道'>
        {CHANNELS.filter((c) => c._id !== r.channelId).map((c) => (
          <Choice
            key={c._id}
            id={`reroute-${c._id}`}
            label={c.name}
            on={draft.channelId === c._id}
            onClick={() => change({ channelId: c._id })}
          />
        ))}
      </View>
      <FieldError text={errors.channelId} />
      <Textarea
        id='reroute-reason'
        className='field-textarea'
        value={draft.reason}
        maxlength={200}
        placeholder='转办理由（必填，举报人可见，如：属城镇燃气，由 12345 派单）'
        onInput={(e) => change({ reason: e.detail.value })}
      />
      <FieldError text={errors.reason} />
      <FieldError text={errors._} id='reroute-error' />
      <View className='handler__actions'>
        <Button id='reroute-send' type='default' loading={form.busy} onClick={() => void form.submit()}>
          转办
        </Button>
      </View>
    </View>
  );
}

/** The 待审核 desk: 通过 releases the report to its channel, 不通过 (asked first) refuses it. */
function ReviewCard({ r, form }: { r: HandlerReport; form: HandlerForms['review'] }) {
  return (
    <View className='card handler__review' id='review-desk'>
      <Text className='handler__label'>内容审核（{SECURITY_LABELS[r.security]}）</Text>
      <Text className='muted'>核对照片和描述：通过后转交办理渠道受理；不通过则告知举报人“不予受理”及理由。</Text>
      <Textarea
        id='review-note'
        className='field-textarea'
        value={form.draft.note}
        maxlength={300}
        placeholder='审核说明（不通过时必填，举报人可见）'
        onInput={(e) => form.change({ note: e.detail.value })}
      />
      <FieldError text={form.message ?? undefined} id='review-error' />
      <View className='handler__actions'>
        <Button id='review-pass' type='primary' loading={form.busy} onClick={() => void form.decide('pass')}>
          通过
        </Button>
        <Button id='review-hold' type='default' loading={form.busy} onClick={() => void form.decide('hold')}>
          不通过
        </Button>
      </View>
    </View>
  );
}

export default function HandlerReportPage() {
  const id = useRouter().params.id ?? '';
  const h = useHandlerReport(id);

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
              <FieldError text={h.contactError} />
            </View>

            {r.security !== 'passed' && r.status === 'submitted' ? (
              <ReviewCard r={r} form={h.review} />
            ) : (
              nextStatuses(r.status).length > 0 && (
                <>
                  <TransitionCard r={r} form={h.transition} />
                  <SeverityCard r={r} form={h.severity} />
                  <RerouteCard r={r} form={h.reroute} />
                </>
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
      {/* The privacy notice the 整改照片 picker asks for first. */}
      <PrivacyGate />
    </View>
  );
}
