import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { currentSession, signIn, type DevRole } from '@/services/dev-session';

const CHOICES: { role: DevRole; label: string }[] = [
  { role: 'citizen', label: '群众' },
  { role: 'organizer', label: '组织者' },
  { role: 'handler', label: '处置人员' },
  { role: 'admin', label: '管理员' },
];

/** Local development only (H5 against the local host): act as a demo user of each role. */
export function DevSignIn({ onChange }: { onChange: () => void }) {
  const [role, setRole] = useState(currentSession()?.role ?? 'citizen');
  const [error, setError] = useState('');

  const choose = async (next: DevRole) => {
    try {
      await signIn(next);
      setRole(next);
      setError('');
      onChange();
    } catch (e) {
      setError((e as Error).message || '切换失败');
    }
  };

  return (
    <View className='card' id='dev-signin'>
      <Text className='section-title'>本地开发登录</Text>
      <Text className='muted'>
        仅本地演示环境提供；在微信中由平台识别身份。当前：{CHOICES.find((c) => c.role === role)?.label ?? '群众'}
      </Text>
      <View style={{ display: 'flex', gap: '12px', marginTop: '12px' }}>
        {CHOICES.map((c) => (
          <Button
            key={c.role}
            id={`signin-${c.role}`}
            type={role === c.role ? 'primary' : 'default'}
            onClick={() => void choose(c.role)}
          >
            {c.label}
          </Button>
        ))}
      </View>
      {error && <Text className='muted'>{error}</Text>}
    </View>
  );
}
