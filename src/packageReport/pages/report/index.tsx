import { useEffect, useState } from 'react';
import { View, Text, Input, Picker } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { SETTINGS, categoryLabel } from '@domain/reports/categories';
import { REPORT_LIMITS } from '@domain/reports/limits';
import { similarOpenReport } from '@domain/reports/rules';
import { pickSeenAt, seenAtPicker } from '@domain/reports/seen-at';
import type { MyReport } from '@domain/reports/types';
import { FIELD_LIMITS } from '@domain/common/validation';
import { FieldError } from '@/components/form/FieldError';
import { Choice } from '@/components/form/Choice';
import { TextField } from '@/components/form/TextField';
import { PrivacyGate } from '@/components/PrivacyGate';
import { EmergencyCall } from '@/components/report/EmergencyCall';
import { PhotoPicker } from '@/components/report/PhotoPicker';
import { RouteNotice } from '@/components/report/RouteNotice';
import { useReportForm } from '@/hooks/useReportForm';
import { callFunction } from '@/services/cloud';
import { go, replaceWith, routes } from '@/services/navigation';
import './index.scss';

export default function ReportPage() {
  const [stage, setStage] = useState<'ask' | 'emergency' | 'form'>('ask');
  const [mine, setMine] = useState<MyReport[]>([]);
  const form = useReportForm((report) => replaceWith(routes.reportDone(report._id)));
  const { draft: d, errors, update } = form;

  useEffect(() => {
    if (stage === 'form') callFunction('reports', 'mine').then(setMine, () => setMine([]));
  }, [stage]);

  if (stage === 'ask') {
    return (
      <View className='page report'>
        <View className='card report__ask'>
          <Text className='report__question'>现在是否正在发生危险？</Text>
          <Text className='muted'>如起火、燃气泄漏、有人受伤或被困</Text>
          <View
            className='report__answer report__answer--danger'
            id='report-danger'
            onClick={() => setStage('emergency')}
          >
            是，正在发生
          </View>
          <View className='report__answer' id='report-no-danger' onClick={() => setStage('form')}>
            否，我要报告隐患
          </View>
        </View>
        <Text className='link' onClick={() => go(routes.myReports)}>
          查看我的举报 ›
        </Text>
      </View>
    );
  }
  if (stage === 'emergency') {
    return (
      <View className='page'>
        <EmergencyCall onBack={() => setStage('ask')} />
      </View>
    );
  }
  const setting = SETTINGS.find((s) => s.id === d.setting);
  const similar = similarOpenReport(mine, d);
  // China time whatever zone the phone is set to (a traveller's phone, a foreign-set clock).
  const seen = seenAtPicker(d.seenAt, Date.now());

  if (form.emergency) {
    return (
      <View className='page'>
        <EmergencyCall
          message={form.emergency}
          confirming={form.busy}
          onNotHappeningNow={() => void form.submit(true)}
          onBack={form.dismissEmergency}
        />
      </View>
    );
  }

  return (
    <View className='page report'>
      {form.restored && d.description + d.place + d.address !== '' && (
        <View className='card report__draft' id='draft-offer'>
          <Text>已恢复您上次未提交的内容，可以继续填写。</Text>
          <Button id='discard-draft' size='small' onClick={form.reset}>
            清空重填
          </Button>
        </View>
      )}

      <View className='card'>
        <Text className='report__label'>隐患类别</Text>
        <View className='choice-row'>
          {SETTINGS.map((s) => (
            <Choice
              key={s.id}
              on={d.setting === s.id}
              label={s.label}
              onClick={() => update({ setting: s.id, category: '' })}
            />
          ))}
        </View>
        {setting && (
          <View className='choice-row report__chips--sub'>
            {setting.categories.map((c) => (
              <Choice key={c.id} on={d.category === c.id} label={c.label} onClick={() => update({ category: c.id })} />
            ))}
          </View>
        )}
        <View id='report-category'>
          {/* No category yet says so; a category without its 具体隐患 says that instead. */}
          <FieldError text={errors.setting || errors.category} />
        </View>

        <TextField
          multiline
          id='report-description'
          label='隐患描述'
          value={d.description}
          maxlength={REPORT_LIMITS.descriptionMax}
          placeholder={`请描述看到的隐患（至少 ${REPORT_LIMITS.descriptionMin} 个字）`}
          error={errors.description}
          onInput={(v) => update({ description: v })}
        />

        <Text className='report__label'>现场照片（1–{REPORT_LIMITS.photosMax} 张）</Text>
        <View id='report-photos'>
          <PhotoPicker
            photos={d.photos}
            upload={form.upload}
            onAdd={() => void form.addPhotos()}
            onRemove={form.removePhoto}
          />
          <FieldError text={errors.photos} />
        </View>
      </View>

      <View className='card'>
        <Text className='report__label'>隐患位置</Text>
        <View className='report__locate' id='report-locate' onClick={() => void form.locate()}>
          {d.latitude !== undefined ? '已定位，点此重新定位' : '点此定位'}
        </View>
        <Input
          id='report-address'
          className='field-input'
          value={d.address}
          maxlength={REPORT_LIMITS.addressMax}
          placeholder='详细地址（无法定位时请直接填写）'
          onInput={(e) => update({ address: e.detail.value })}
        />
        <FieldError text={errors['location.address'] || errors.location} />

        <TextField
          id='report-place'
          label='场所或单位名称'
          value={d.place}
          maxlength={REPORT_LIMITS.placeMax}
          placeholder='如：某某小区 3 栋、某某餐馆'
          error={errors.place}
          onInput={(v) => update({ place: v })}
        />
        {similar && (
          <Text className='report__warn' id='similar-warning'>
            您已举报过这里的同类隐患（{similar.trackingNo}，{categoryLabel(similar.setting, similar.category)}
            ），仍在处理中，请勿重复举报。
          </Text>
        )}

        <Text className='report__label'>发现时间（北京时间）</Text>
        <View className='report__row' id='report-seen-at'>
          <Picker
            mode='date'
            value={seen.day}
            start={seen.firstDay}
            end={seen.lastDay}
            onChange={(e) => update({ seenAt: pickSeenAt(d.seenAt, { day: String(e.detail.value) }, Date.now()) })}
          >
            <View className='report__picker' id='report-seen-day'>
              {seen.day}
            </View>
          </Picker>
          <Picker
            mode='time'
            value={seen.clock}
            end={seen.lastClock}
            onChange={(e) => update({ seenAt: pickSeenAt(d.seenAt, { clock: String(e.detail.value) }, Date.now()) })}
          >
            <View className='report__picker' id='report-seen-clock'>
              {seen.clock}
            </View>
          </Picker>
        </View>
        <FieldError text={errors.seenAt} />
      </View>

      <View className='card'>
        <Text className='report__label'>举报方式</Text>
        <View className='choice-row'>
          <Choice on={!d.anonymous} label='实名举报' onClick={() => update({ anonymous: false })} />
          <Choice on={d.anonymous} label='匿名举报' onClick={() => update({ anonymous: true })} />
        </View>
        <Text className='muted'>
          {d.anonymous
            ? '匿名举报不收集姓名和手机号，可在“我的举报”查看进展，但一般无法获得举报奖励。'
            : '实名举报经核查属实的，可按规定获得奖励（“小隐患小奖、大隐患大奖”）；联系方式仅处理人员在需要时查看，并留有记录。'}
        </Text>
        {!d.anonymous && (
          <>
            <Input
              id='report-name'
              className='field-input'
              value={d.name}
              maxlength={FIELD_LIMITS.personName}
              placeholder='姓名'
              onInput={(e) => update({ name: e.detail.value })}
            />
            <FieldError text={errors['contact.name']} />
            <Input
              id='report-phone'
              className='field-input'
              type='number'
              value={d.phone}
              maxlength={11}
              placeholder='手机号'
              onInput={(e) => update({ phone: e.detail.value })}
            />
            <FieldError text={errors['contact.phone'] || errors.contact} />
          </>
        )}
      </View>

      <RouteNotice setting={d.setting} category={d.category} />

      <View className='report__consent' id='report-consent' onClick={() => update({ consent: !d.consent })}>
        <View className={`report__check ${d.consent ? 'report__check--on' : ''}`}>{d.consent ? '✓' : ''}</View>
        <Text>我已阅读并同意：举报内容、照片和位置仅用于隐患核查处理，并转交上述渠道。</Text>
      </View>
      <FieldError text={errors.consent} />
      <FieldError text={errors._} />
      <Button id='submit-report' type='primary' block loading={form.busy} onClick={() => void form.submit()}>
        提交举报
      </Button>
      <PrivacyGate />
    </View>
  );
}
