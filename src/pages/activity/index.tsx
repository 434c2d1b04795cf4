import { InvalidCode } from '@/components/InvalidCode';
import { chinaTime } from '@domain/common/china-time';
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import { parseScene, sceneFromScan } from '@domain/activities/codes';
import { scanEntry } from '@domain/common/scan-entry';
import { FIELD_LIMITS } from '@domain/common/validation';
import { activityCheckInRefusal } from '@domain/activities/rules';
import { FieldError } from '@/components/form/FieldError';
import { TextField } from '@/components/form/TextField';
import { PrivacyGate } from '@/components/PrivacyGate';
import { ActivityCard } from '@/components/checkin/ActivityCard';
import { PageState } from '@/components/PageState';
import { useActivityCheckIn } from '@/hooks/useActivityCheckIn';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import { go, routes } from '@/services/navigation';
import { canScan, scanText } from '@/services/scan';
import '@/components/checkin/checkin.scss';

/**
 * 签到: opened by a check-in code (its scene), by a link to one activity, or with
 * nothing, where the person types the 6-digit code shown at the venue.
 */
export default function ActivityPage() {
  const params = useRouter().params;
  // `scene` from a 小程序码 or the H5 link, `q` when WeChat opens the printed link code.
  const entry = scanEntry(params, (s) => parseScene(s) !== null);
  const [scene, setScene] = useState(entry.kind === 'scene' ? entry.scene : '');
  const activityId = parseScene(scene)?.activityId ?? params.id ?? '';
  const activity = useRemote(
    () => (activityId ? callFunction('checkins', 'get', { id: activityId }) : Promise.resolve(null)),
    [activityId],
  );
  const geofenced = Boolean(activity.data?.geofenceMeters);
  const [retyping, setRetyping] = useState(false);
  // A scanned code that was refused (expired while the form was filled in) gives way to typing the current one.
  const typeCode = !scene || retyping;
  const form = useActivityCheckIn({
    activityId: activityId || undefined,
    scene: typeCode ? undefined : scene,
    geofenced,
  });
  const { draft: profile, change, errors, busy, done } = form;
  const submit = async () => {
    if ((await form.submit()) === null && scene) setRetyping(true);
  };

  const scan = async () => {
    const text = await scanText();
    if (!text) return;
    setScene(sceneFromScan(text));
    setRetyping(false);
  };

  if (done) {
    return (
      <View className='page'>
        <ActivityCard activity={done.activity} />
        <View className='card checkin-form__result' id='checkin-done'>
          <Text className='form-done'>{done.already ? '您已签到' : '签到成功'}</Text>
          <Text className='muted'>
            {done.checkin.name} · {done.checkin.org} · {chinaTime(done.checkin.checkedInAt)}
          </Text>
        </View>
        <Text className='link' onClick={() => go(routes.myCheckins)}>
          我参加的活动 ›
        </Text>
      </View>
    );
  }

  const closed = activity.data ? activityCheckInRefusal(activity.data, Date.now()) : null;
  if (closed) {
    return (
      <View className='page'>
        <ActivityCard activity={activity.data!} />
        <View className='card' id='checkin-closed' role='alert'>
          <Text className='form-done'>{closed}</Text>
        </View>
        <Text className='link' onClick={() => go(routes.myCheckins)}>
          我参加的活动 ›
        </Text>
      </View>
    );
  }
  return (
    <View className='page checkin-form'>
      {entry.kind === 'invalid' && !scene && (
        <InvalidCode hint='请重新扫描现场的签到二维码，或在下方输入现场公布的 6 位签到码。' />
      )}
      <PageState remote={activity}>
        {(a) => (a ? <ActivityCard activity={a} /> : <Text className='section-title'>输入现场签到码</Text>)}
      </PageState>
      <View className='card'>
        <TextField
          id='checkin-name'
          label='姓名'
          value={profile.name}
          maxlength={FIELD_LIMITS.personName}
          onInput={(v) => change({ name: v })}
          error={errors.name}
        />
        <TextField
          id='checkin-org'
          label='单位'
          value={profile.org}
          maxlength={FIELD_LIMITS.unitName}
          placeholder='如：示范社区居民、某某公司'
          onInput={(v) => change({ org: v })}
          error={errors.org}
        />
        {typeCode && (
          <TextField
            id='checkin-code'
            label='6 位签到码（见现场屏幕）'
            className='checkin-form__code'
            type='number'
            maxlength={6}
            value={profile.code}
            onInput={(v) => change({ code: v })}
            error={errors.code}
          />
        )}
        {geofenced && <Text className='muted'>签到时需要获取您的位置，用于确认您在活动现场。</Text>}
      </View>
      <FieldError text={errors._} />
      <Button id='checkin-submit' type='primary' block loading={busy} onClick={() => void submit()}>
        签到
      </Button>
      {canScan && (
        <Text className='link' onClick={() => void scan()}>
          扫描现场二维码
        </Text>
      )}
      <PrivacyGate />
    </View>
  );
}
