import { View, Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { scanEntry } from '@domain/common/scan-entry';
import { ROLE_LABELS } from '@domain/roles/roles';
import { TextField } from '@/components/form/TextField';
import { InvalidCode } from '@/components/InvalidCode';
import { go, routes } from '@/services/navigation';
import { useRedeemInvite } from '../../hooks/useRedeemInvite';
import '../admin.scss';

/** 接受邀请: opened by an invitation's QR (its scene) or link (its code), or typed from a message. */
export default function InvitePage() {
  const params = useRouter().params;
  // `scene` from its 小程序码, `q` when WeChat opens a printed link code, `code` from a link; never a throw.
  const entry = scanEntry(params.scene || params.q ? params : { scene: params.code }, (s) =>
    /^[A-Za-z0-9 -]{1,32}$/.test(s),
  );
  const { code, change, errors, busy, granted, submit } = useRedeemInvite(entry.kind === 'scene' ? entry.scene : '');

  if (granted) {
    return (
      <View className='page'>
        <View className='card' id='invite-accepted'>
          <Text className='form-done'>已接受邀请</Text>
          <Text className='muted'>
            您现在的身份：{granted.roles.map((r) => ROLE_LABELS[r]).join('、')}
            {granted.unit ? `（${granted.unit}）` : ''}
          </Text>
        </View>
        <Button type='primary' size='large' block onClick={() => go(routes.me)}>
          前往“我的”
        </Button>
      </View>
    );
  }

  return (
    <View className='page'>
      {entry.kind === 'invalid' && <InvalidCode hint='请核对邀请二维码，或在下方输入管理员发给您的邀请码。' />}
      <View className='card'>
        <Text className='section-title'>接受邀请</Text>
        <Text className='muted'>
          请输入管理员发给您的 10 位邀请码。每个邀请码只能使用一次，接受后您将以当前微信账号获得相应身份。
        </Text>
        <TextField
          id='invite-code-input'
          label='邀请码'
          className='redeem__code'
          value={code}
          maxlength={16}
          placeholder='XXXXX-XXXXX'
          onInput={change}
          error={errors.code}
        />
        <Button id='redeem-invite' type='primary' size='large' block loading={busy} onClick={() => void submit()}>
          接受邀请
        </Button>
      </View>
    </View>
  );
}
