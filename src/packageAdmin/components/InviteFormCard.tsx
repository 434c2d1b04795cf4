import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CHANNELS } from '@domain/reports/channels';
import { INVITE_ROLES, INVITE_RULES } from '@domain/roles/invites';
import { ROLE_LABELS } from '@domain/roles/roles';
import { FieldError } from '@/components/form/FieldError';
import { TextField } from '@/components/form/TextField';
import { Choice } from '@/components/form/Choice';
import type { useInviteForm } from '../hooks/useInviteForm';

const DAY_CHOICES = [1, 3, INVITE_RULES.defaultDays, INVITE_RULES.maxDays];

/** Whom to invite, as what, for how long. */
export function InviteFormCard({ editor }: { editor: ReturnType<typeof useInviteForm> }) {
  const { form, errors, busy, change, toggleChannel, submit } = editor;
  return (
    <View className='card'>
      <Text className='section-title'>邀请组织者或处理人员</Text>
      <Text className='field-label'>身份</Text>
      <View className='choice-row'>
        {INVITE_ROLES.map((role) => (
          <Choice
            key={role}
            id={`invite-role-${role}`}
            on={form.role === role}
            label={ROLE_LABELS[role]}
            onClick={() => change('role', role)}
          />
        ))}
      </View>
      {form.role === 'organizer' ? (
        <>
          <TextField
            id='invite-unit'
            label='所属单位'
            value={form.unit}
            maxlength={40}
            placeholder='如：城南街道办事处'
            onInput={(v) => change('unit', v)}
            error={errors.unit}
          />
        </>
      ) : (
        <>
          <Text className='field-label'>负责的渠道</Text>
          <View className='choice-row'>
            {CHANNELS.map((c) => (
              <Choice
                key={c._id}
                id={`invite-channel-${c._id}`}
                kind='checkbox'
                on={form.channels.includes(c._id)}
                label={c.name}
                onClick={() => toggleChannel(c._id)}
              />
            ))}
          </View>
          <FieldError text={errors.channels} />
        </>
      )}
      <TextField
        id='invite-note'
        label='受邀人'
        value={form.note}
        maxlength={INVITE_RULES.noteMax}
        placeholder='姓名与职务，便于日后核对'
        onInput={(v) => change('note', v)}
        error={errors.note}
      />
      <Text className='field-label'>有效期</Text>
      <View className='choice-row'>
        {DAY_CHOICES.map((d) => (
          <Choice key={d} on={form.validDays === d} label={`${d} 天`} onClick={() => change('validDays', d)} />
        ))}
      </View>
      <FieldError text={errors.validDays ?? errors._} />
      <Button id='create-invite' type='primary' size='large' block loading={busy} onClick={() => void submit()}>
        生成邀请码
      </Button>
    </View>
  );
}
