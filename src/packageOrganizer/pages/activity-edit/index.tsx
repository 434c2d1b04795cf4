import { View, Text, Picker } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { OUTREACH_KINDS } from '@domain/content/types';
import { OUTREACH_LABELS } from '@domain/activities/stats';
import { Choice } from '@/components/form/Choice';
import { FieldError } from '@/components/form/FieldError';
import { TextField } from '@/components/form/TextField';
import { PrivacyGate } from '@/components/PrivacyGate';
import { pickLocation } from '@/services/location';
import { go, routes } from '@/services/navigation';
import { declinedMessageOr } from '@/services/privacy-consent';
import { savedThenLeave } from '@/services/saved';
import { useActivityEditor, type ActivityForm } from '../../hooks/useActivityEditor';
import '../article-edit/index.scss';

const CODE_MODES = [
  ['live', '现场大屏（动态码，每 30 秒更新）'],
  ['poster', '打印海报（静态码，建议设置签到范围）'],
] as const;

/** 新建 / 编辑“七进”活动. */
export default function ActivityEditPage() {
  const id = useRouter().params.id ?? '';
  const { form, errors, saving, change, save } = useActivityEditor(id);

  const field = (key: keyof ActivityForm, label: string, options: { digits?: boolean; hint?: string } = {}) =>
    form && (
      <TextField
        id={`activity-${key}`}
        label={label}
        value={String(form[key])}
        type={options.digits ? 'digit' : 'text'}
        placeholder={options.hint}
        onInput={(v) => change(key, v as never)}
      />
    );

  const fillFromLocation = async () => {
    try {
      const here = await pickLocation();
      change('latitude', here.latitude.toFixed(6));
      change('longitude', here.longitude.toFixed(6));
      if (here.address) change('address', here.address);
    } catch (e) {
      const title = declinedMessageOr(e, '未能获取位置：可不标注位置直接保存，但不能设置签到范围');
      void Taro.showToast({ title, icon: 'none' });
    }
  };

  const submit = async () => {
    const saved = await save();
    if (!saved) return;
    await savedThenLeave('已保存', id ? undefined : () => Taro.redirectTo({ url: routes.activityLive(saved._id) }));
  };

  if (!form) return <View className='page muted'>{errors._ ?? '加载中…'}</View>;
  return (
    <View className='page editor'>
      <View className='card'>
        <Text className='field-label'>“七进”类型</Text>
        <View className='choice-row'>
          {OUTREACH_KINDS.map((k) => (
            <Choice
              key={k}
              id={`activity-kind-${k}`}
              on={form.kind === k}
              label={OUTREACH_LABELS[k]}
              onClick={() => change('kind', k)}
            />
          ))}
        </View>
        <FieldError text={errors.kind} />
        {field('title', '活动名称', { hint: '如：社区消防疏散演练' })}
        <FieldError text={errors.title} />
      </View>

      <View className='card'>
        {field('placeName', '地点名称', { hint: '如：示范社区党群服务中心' })}
        <FieldError text={errors['place.name']} />
        {field('address', '详细地址')}
        <FieldError text={errors['place.address']} />
        <View className='place-picker' id='activity-place-picker'>
          <Text className={form.latitude ? 'place-picker__state place-picker__state--on' : 'place-picker__state'}>
            {form.latitude ? '已在地图上标注活动地点' : '未标注位置：可以保存，但不能设置签到范围'}
          </Text>
          <Button id='activity-pick-place' fill='outline' type='primary' onClick={() => void fillFromLocation()}>
            {form.latitude ? '重新选择' : '在地图上选择'}
          </Button>
          {form.latitude && (
            <Text
              className='link'
              onClick={() => {
                change('latitude', '');
                change('longitude', '');
              }}
            >
              清除标注
            </Text>
          )}
        </View>
        <FieldError text={errors['place.latitude'] ?? errors['place.longitude'] ?? errors.place} />
      </View>

      <View className='card'>
        <Text className='field-label'>日期</Text>
        <Picker mode='date' value={form.day} onChange={(e) => change('day', String(e.detail.value))}>
          <View className='field-input'>{form.day}</View>
        </Picker>
        <Text className='field-label'>开始时间</Text>
        <Picker mode='time' value={form.startTime} onChange={(e) => change('startTime', String(e.detail.value))}>
          <View className='field-input'>{form.startTime}</View>
        </Picker>
        <FieldError text={errors.startAt} />
        <Text className='field-label'>结束时间</Text>
        <Picker mode='time' value={form.endTime} onChange={(e) => change('endTime', String(e.detail.value))}>
          <View className='field-input'>{form.endTime}</View>
        </Picker>
        <FieldError text={errors.endAt} />
      </View>

      <View className='card'>
        <Text className='field-label'>签到码方式</Text>
        <View className='choice-row'>
          {CODE_MODES.map(([mode, label]) => (
            <Choice
              key={mode}
              id={`activity-mode-${mode}`}
              on={form.codeMode === mode}
              label={label}
              onClick={() => change('codeMode', mode)}
            />
          ))}
        </View>
        {field('geofenceMeters', '签到范围（米，可不填）', { digits: true, hint: '如 300：只能在地点 300 米内签到' })}
        <FieldError text={errors.geofenceMeters} />
        {field('expectedHeadcount', '预计人数（可不填）', { digits: true })}
        <FieldError text={errors.expectedHeadcount} />
      </View>
      <FieldError text={errors._} />
      <Button id='save-activity' type='primary' block loading={saving} onClick={() => void submit()}>
        保存
      </Button>
      {id && (
        <Text className='link' onClick={() => go(routes.activityLive(id))}>
          打开现场签到 ›
        </Text>
      )}
      <PrivacyGate />
    </View>
  );
}
