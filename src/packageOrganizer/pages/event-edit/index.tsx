import type { ReactNode } from 'react';
import { View, Text, Input, Textarea, Picker, Switch } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { FieldError } from '@/components/form/FieldError';
import { PrivacyGate } from '@/components/PrivacyGate';
import { pickLocation } from '@/services/location';
import { replaceWith, routes } from '@/services/navigation';
import { nextConsultationDay } from '@domain/common/picked-dates';
import { declinedMessageOr } from '@/services/privacy-consent';
import { savedThenLeave } from '@/services/saved';
import '@/components/event/event.scss';
import { useEventEditor, type SessionDraft } from '../../hooks/useEventEditor';

function Field(props: { label: string; error?: string; children: ReactNode }) {
  return (
    <View className='event-field'>
      <Text>{props.label}</Text>
      {props.children}
      <FieldError text={props.error} />
    </View>
  );
}

/** Create or edit an event and its sessions/zones (capacity, time, waitlist). */
export default function EventEditPage() {
  const { id } = useRouter().params;
  const editor = useEventEditor(id, nextConsultationDay(Date.now()), (saved) => {
    // Back to the event's page (it reloads on show); a new event's page takes the form's place.
    void savedThenLeave('已保存', id ? undefined : () => replaceWith(routes.eventAdmin(saved)));
  });
  const { draft, errors } = editor;
  const pickVenue = async () => {
    try {
      const picked = await pickLocation();
      editor.update({
        point: { latitude: picked.latitude, longitude: picked.longitude },
        address: draft.address || picked.address,
      });
    } catch (e) {
      void Taro.showToast({ title: declinedMessageOr(e, '未能获取位置，可只填写地址'), icon: 'none' });
    }
  };
  const text = (key: 'title' | 'venueName' | 'address', label: string, error?: string) => (
    <Field label={label} error={error}>
      <Input
        id={`event-${key}`}
        className='field-input'
        value={draft[key]}
        onInput={(e) => editor.update({ [key]: e.detail.value })}
      />
    </Field>
  );
  const sessionInput = (i: number, key: 'title' | 'zone' | 'capacity', label: string) => (
    <Field label={label} error={errors[`sessions.${i}.${key}`]}>
      <Input
        id={`event-sessions-${i}-${key}`}
        className='field-input'
        type={key === 'capacity' ? 'number' : 'text'}
        value={draft.sessions[i][key]}
        onInput={(e) => editor.updateSession(i, { [key]: e.detail.value })}
      />
    </Field>
  );
  const picker = (i: number, s: SessionDraft, key: 'date' | 'start' | 'end', label: string) => (
    <Field label={label} error={key === 'date' ? undefined : errors[`sessions.${i}.${key}At`]}>
      {key === 'date' ? (
        <Picker mode='date' value={s.date} onChange={(e) => editor.updateSession(i, { date: String(e.detail.value) })}>
          <View className='field-input event-row' id={`event-sessions-${i}-startAt`}>
            {s.date}
          </View>
        </Picker>
      ) : (
        <Picker mode='time' value={s[key]} onChange={(e) => editor.updateSession(i, { [key]: String(e.detail.value) })}>
          <View className='field-input event-row'>{s[key]}</View>
        </Picker>
      )}
    </Field>
  );
  return (
    <View className='page'>
      <View className='card'>
        {text('title', '活动名称', errors.title)}
        {text('venueName', '场地名称', errors['venue.name'])}
        {text('address', '场地地址', errors['venue.address'])}
        <Button block onClick={() => void pickVenue()}>
          {draft.point ? '已在地图上标注场地（点此重选）' : '在地图上标注场地（用于导航）'}
        </Button>
        <View className='event-row'>
          <Text>允许多人报名（填写同行人数）</Text>
          <Switch checked={draft.allowGroups} onChange={(e) => editor.update({ allowGroups: e.detail.value })} />
        </View>
        <Field label='活动说明' error={errors.notes}>
          <Textarea
            className='field-textarea'
            value={draft.notes}
            maxlength={500}
            onInput={(e) => editor.update({ notes: e.detail.value })}
          />
        </Field>
      </View>
      {draft.sessions.map((s, i) => (
        <View className='card' key={s.id ?? `new-${i}`}>
          <Text className='event-card__title'>场次 {i + 1}</Text>
          {sessionInput(i, 'title', '场次名称（如 咨询区、互动体验区）')}
          {sessionInput(i, 'zone', '区域（选填）')}
          {picker(i, s, 'date', '日期')}
          {picker(i, s, 'start', '开始时间')}
          {picker(i, s, 'end', '结束时间')}
          {sessionInput(i, 'capacity', '名额')}
          <View className='event-row'>
            <Text>满额后允许候补</Text>
            <Switch
              checked={s.waitlistEnabled}
              onChange={(e) => editor.updateSession(i, { waitlistEnabled: e.detail.value })}
            />
          </View>
          {draft.sessions.length > 1 && (
            <Button fill='outline' onClick={() => editor.removeSession(i)}>
              删除此场次
            </Button>
          )}
        </View>
      ))}
      <Button block onClick={editor.addSession}>
        添加场次
      </Button>
      {editor.restored && (
        <View className='muted' id='event-draft-note'>
          已恢复上次未保存的修改。
        </View>
      )}
      {editor.message && (
        <View className='event-field__error' role='alert'>
          {editor.message}
        </View>
      )}
      <Button
        id='event-save'
        type='primary'
        size='large'
        block
        loading={editor.saving}
        onClick={() => void editor.save()}
      >
        保存
      </Button>
      <PrivacyGate />
    </View>
  );
}
