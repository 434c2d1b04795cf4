import { Text, Input, Textarea } from '@tarojs/components';
import { FieldError } from './FieldError';
import './form.scss';

interface Props {
  /** The Input's (or Textarea's) id: e2e tests and labels find the field by it. */
  id: string;
  label: string;
  value: string;
  maxlength?: number;
  onInput: (value: string) => void;
  error?: string;
  placeholder?: string;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  className?: string;
  /**
   * Text of several lines (a question's stem, an article's body): a Textarea, its
   * height from `className`. Give it a maxlength: WeChat's Textarea stops at 140 without one.
   */
  multiline?: boolean;
}

/** A labelled input with its error underneath: the building block of every form. */
export function TextField(props: Props) {
  const { id, label, value, maxlength, onInput, error, placeholder, type, className, multiline } = props;
  const control = {
    id,
    className: `${multiline ? 'field-textarea' : 'field-input'} ${className ?? ''}`,
    value,
    maxlength,
    placeholder,
    onInput: (e: { detail: { value: string } }) => onInput(e.detail.value),
  };
  return (
    <>
      <Text className='field-label'>{label}</Text>
      {multiline ? <Textarea {...control} /> : <Input {...control} type={type} />}
      <FieldError text={error} />
    </>
  );
}
