import { chinaTime } from '@domain/common/china-time';
import { View, Text, Image } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { formatInviteCode } from '@domain/roles/invites';
import type { CreatedInvite } from '../hooks/useInviteForm';

/** Shown once after creating: the only time the code can be read, so it says so. */
export function CreatedInviteCard({ created, onDone }: { created: CreatedInvite; onDone: () => void }) {
  const code = formatInviteCode(created.code);
  return (
    <View className='card invite-created' id='invite-created'>
      <Text className='section-title'>邀请码已生成</Text>
      <Text className='invite-created__code' id='invite-code' selectable>
        {code}
      </Text>
      <Image className='invite-created__qr' src={created.qrDataUrl} mode='aspectFit' />
      <Text className='muted'>
        请当面出示二维码或私下发送邀请码给 {created.invite.note}；{chinaTime(created.invite.expiresAt)}
        前有效，只能使用一次。离开本页后邀请码不再显示。
      </Text>
      <View className='invite-created__actions'>
        <Button size='large' onClick={() => void Taro.setClipboardData({ data: created.code })}>
          复制邀请码
        </Button>
        <Button size='large' type='primary' onClick={onDone}>
          完成
        </Button>
      </View>
    </View>
  );
}
