import { signUpInput, type SignUpInput } from '@domain/events/schemas';
import type { EventView, MyRegistration } from '@domain/events/types';
import { callFunction } from '@/services/cloud';
import { replaceWith, routes } from '@/services/navigation';
import { PERSONAL_KEYS } from '@/services/personal-storage';
import { askForStatusMessages } from '@/services/subscribe';
import { useForm } from './useForm';
import { useRemote } from './useRemote';

export interface SignUpForm {
  sessionId: string;
  name: string;
  phone: string;
  headcount: number;
  consent: boolean;
}

/** The one session a person can still sign up for is chosen for them. */
export function preselected(view: Pick<EventView, 'sessions'>): string {
  const open = view.sessions.filter((s) => !s.started && (s.seatsLeft > 0 || s.waitlistEnabled));
  return open.length === 1 ? open[0]._id : '';
}

/**
 * The sign-up form on the one form hook: name and phone kept across Back and
 * reload, the waitlist-promotion prompt asked first in the tap with template
 * ids fetched when the page opened, and the ticket (我的报名) opened in the
 * form's place once signed up.
 */
export function useSignUp(view: EventView) {
  const templates = useRemote(() => callFunction('events', 'subscribeTemplates'), []);
  const form = useForm<SignUpForm, SignUpInput, MyRegistration>({
    initial: () => ({ sessionId: preselected(view), name: '', phone: '', headcount: 1, consent: false }),
    schema: signUpInput,
    toInput: (f) => ({ ...f, consent: f.consent as true }),
    draftKey: PERSONAL_KEYS.signUpDraft,
    worthKeeping: (f) => Boolean(f.name || f.phone),
    fieldSelector: (field) => (field === 'sessionId' ? '#signup-sessions' : `#signup-${field}`),
    first: () => askForStatusMessages(templates.data?.templateIds ?? []),
    send: (input) => callFunction('events', 'signUp', input),
    done: () => replaceWith(routes.registrations),
  });
  const session = view.sessions.find((s) => s._id === form.draft.sessionId);
  return { ...form, joinsWaitlist: Boolean(session && session.seatsLeft <= 0 && session.waitlistEnabled) };
}
