import { useState } from 'react';
import { chinaTime } from '@domain/common/china-time';
import { View, Text, Input, Checkbox } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { EventView } from '@domain/events/types';
import { FIELD_LIMITS } from '@domain/common/validation';
import { FieldError } from '@/components/form/FieldError';
import { useSignUp } from '@/hooks/useSignUp';
import { go, routes } from '@/services/navigation';

/**
 * Session choice, name, mobile, headcount when groups are allowed, privacy
 * consent. A full session's button says 加入候补 and asks once more in place
 * (no dialog: the tap that sends must stay the one that asks for messages).
 */
export function SignUpForm({ view }: { view: EventView }) {
  const { draft: form, change: update, errors, message, busy, submit, joinsWaitlist } = useSignUp(view);
  const [confirming, setConfirming] = useState(false);
  const choose = (sessionId: string) => {
    setConfirming(false);
    update({ sessionId });
  };
  return (
    <View className='card' id='signup-form'>
      <Text className='event-card__title'>我要报名</Text>
      <View id='signup-sessions' role='radiogroup' aria-label='场次'>
        {view.sessions.map((s) => {
          const full = s.seatsLeft <= 0;
          const closed = s.started || (full && !s.waitlistEnabled);
          const selected = form.sessionId === s._id;
          return (
            <View
              key={s._id}
              id={`session-${s._id}`}
              role='radio'
              aria-checked={selected}
              aria-disabled={closed}
              className={`event-chip ${selected ? 'event-chip--selected' : ''} ${closed ? 'event-chip--disabled' : ''}`}
              onClick={() => !closed && choose(s._id)}
            >
              <Text>
                {s.title}
                {s.zone ? ` · ${s.zone}` : ''}
              </Text>
              <Text className='muted'>
                {chinaTime(s.startAt)}–{chinaTime(s.endAt).slice(11)}
              </Text>
              <Text className='muted' id={`seats-${s._id}`}>
                {s.started
                  ? '已开始'
                  : full
                    ? s.waitlistEnabled
                      ? `已满，可候补（${s.waitlisted} 人候补中）`
                      : '已满'
                    : `剩余 ${s.seatsLeft} / ${s.capacity} 个名额`}
              </Text>
            </View>
          );
        })}
      </View>
      <FieldError text={errors.sessionId && '请选择场次'} />
      <View className='event-field'>
        <Text>姓名</Text>
        <Input
          id='signup-name'
          className='field-input'
          value={form.name}
          maxlength={FIELD_LIMITS.personName}
          placeholder='请填写姓名'
          onInput={(e) => update({ name: e.detail.value })}
        />
        <FieldError text={errors.name} />
      </View>
      <View className='event-field'>
        <Text>手机号</Text>
        <Input
          id='signup-phone'
          className='field-input'
          type='number'
          value={form.phone}
          maxlength={11}
          placeholder='11 位手机号'
          onInput={(e) => update({ phone: e.detail.value })}
        />
        <FieldError text={errors.phone} />
      </View>
      {view.event.allowGroups && (
        <View className='event-field'>
          <Text>同行人数（含本人）</Text>
          <Input
            id='signup-headcount'
            className='field-input'
            type='number'
            value={String(form.headcount)}
            maxlength={2}
            onInput={(e) => update({ headcount: Number(e.detail.value) || 0 })}
          />
          <FieldError text={errors.headcount} />
        </View>
      )}
      <View
        className='event-row'
        id='signup-consent'
        role='checkbox'
        aria-checked={form.consent}
        onClick={() => update({ consent: !form.consent })}
      >
        <Checkbox value='consent' checked={form.consent} />
        <Text>我已阅读并同意《隐私保护指引》，报名信息仅用于本次活动</Text>
      </View>
      <FieldError text={errors.consent} />
      <Text className='link' onClick={() => go(routes.privacy)}>
        查看《隐私保护指引》 ›
      </Text>
      {message && (
        <View className='event-field__error' id='signup-error' role='alert'>
          {message}
        </View>
      )}
      {joinsWaitlist && confirming ? (
        <View className='event-notice' id='waitlist-confirm'>
          <Text>该场次已满。加入候补后，有人取消时按顺序自动转为报名成功，并通知您。</Text>
          <Button id='signup-submit' type='primary' size='large' block loading={busy} onClick={() => void submit()}>
            确认加入候补
          </Button>
          <Button size='large' block onClick={() => setConfirming(false)}>
            再想想
          </Button>
        </View>
      ) : (
        <Button
          id='signup-submit'
          type='primary'
          size='large'
          block
          loading={busy}
          onClick={() => (joinsWaitlist ? setConfirming(true) : void submit())}
        >
          {joinsWaitlist ? '加入候补' : '提交报名'}
        </Button>
      )}
    </View>
  );
}
