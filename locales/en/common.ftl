## Words every part of Candor shares: first use, the menu, navigation, notices,
## help, privacy and erasure. Plain, warm, second person.

welcome-disclosure =
    Hi, I'm Candor.

    I'm an automated self-help tool, not a person. I can walk you through a few guided conversations about micro-cheating and crossed boundaries: what happened, what it might mean, and what you could do next.

    A few honest things first:
    • I'm a program, so nobody reads this chat.
    • I'm not therapy and I can't replace a counsellor.
    • I'm not a crisis service. If you're in danger, type /sos at any time.
    • I keep as little about you as I can. /privacy says exactly what, and /delete erases it.
welcome-age = Candor is for adults. Please confirm you're 18 or older to begin.
btn-adult = I'm 18 or older, let's begin
btn-under18 = I'm under 18
welcome-thanks = Thank you. Take your time here; you can stop at any point and pick up later.
under18-info =
    Thank you for being honest. Candor is built for adults, so I can't go through these conversations with you.

    What you're feeling still matters. A trusted adult, a school counsellor, or a youth helpline in your country can listen and help you think it through. If you ever feel unsafe, type /sos for emergency numbers.
btn-wrong-age = I tapped the wrong answer
btn-youth-lines = Lines for young people

menu-intro = What would you like to look at? You can leave any conversation and come back to it here.
menu-continue = Continue: { $title }
btn-learn = Learn: short reads
btn-sos = I need help now
btn-coach = Write to a human coach
btn-help = How this works
btn-privacy = Privacy
btn-back-to-where = Back to where I was
btn-skip = Skip this
btn-continue = Continue
btn-safety-resources = Show me safety resources

nav-back = ← Back
nav-menu = Menu

flow-resume = Picking up where you left off in “{ $title }”.

notice-moved-on = That question has moved on. Here's where we are now.
notice-empty-text = That message looked empty to me. Could you type it again?
notice-text-too-long = That's more than I can hold for this step (you wrote { $got } characters; up to { $max } fit). Could you put the heart of it into a few sentences?
notice-media = I can only read text and button taps, so I couldn't take that in. Could you put it into words, or tap an option below?
notice-voice = I can't listen to voice or video messages, so I couldn't take that in. Could you type it? If you're in danger or need someone now, /sos shows who to call.
notice-unknown-command = I don't know the command /{ $name }. /help lists the ones I understand.
notice-consent-first = Before we start anything, please read this and confirm your age.
notice-nothing-back = There's no earlier step to go back to from here.
notice-reset-done = I closed that conversation ({ $title }) and cleared what you answered there.
notice-reset-nothing = You weren't in the middle of a conversation, so there was nothing to leave.

help-text =
    How Candor works

    Pick a conversation from the menu and answer with the buttons. Some steps let you type in your own words; I keep that only until the conversation ends.

    Commands that work at any moment:
    /menu: the list of conversations
    /back: the previous question (your answer there is dropped)
    /reset: leave the conversation you're in and clear its answers
    /learn: short pieces to read, each under a minute
    /sos: emergency and support numbers
    /privacy: what I keep and for how long
    /delete: erase everything I keep about you

    I'm an automated self-help tool. I don't judge your relationship and I won't tell you what to decide: I help you think, and the choice stays yours.

privacy-text =
    What Candor keeps about you

    • Your language, and when you confirmed you're an adult.
    • Where you are in a conversation and the answers it still needs. Anything you typed is kept only until that conversation ends.
    • Your settings, your check-in schedule, and your check-ins as a few numbers a day.
    • When you last used Candor. After { $days } days without any activity, everything about you is erased automatically.

    No transcripts: your messages are not stored once they've been handled, and they never go into logs.

    /export sends you everything kept about you as a file. /hide removes my recent messages from this chat. /delete erases all of it at once, for good.

delete-confirm =
    This erases everything Candor keeps about you: your answers, settings, check-ins and any reminders. It can't be undone.

    Messages already in this chat stay on your phone. I can remove my messages from the last 48 hours as part of this, or you can delete the chat in Telegram afterwards.
btn-delete-yes = Yes, erase everything
btn-delete-and-clear = Erase everything and clear this chat
btn-delete-no = No, keep it
delete-done =
    Done. Everything Candor kept about you has been erased from its database.

    The messages already in this chat are still on your device: deleting this chat in Telegram clears them. If you write again, you'll start fresh.
delete-done-cleared = Done. Everything about you is erased, and my recent messages are removed from this chat.
delete-cancelled = Nothing was erased.

professional-help-text =
    Getting help from a professional

    A couples counsellor can help two people see whether a behaviour is a sign of something missing in the relationship or the problem itself. That's often hard to tell from the inside.

    If your partner won't come, counselling on your own is just as valid: it helps you get clear on what you need and what you can live with.

    To find someone, look for a licensed couples or relationship counsellor near you or online, or ask your doctor for a referral. Many workplaces also offer free, confidential counselling sessions.

## Button labels for what comes next, shared by the flows
next-raise = Prepare how to raise it
next-repair = Work through it together
next-agreement = Talk about our agreements
next-spectrum = Check where a behaviour sits
next-dealbreaker = Is this workable?
next-professional = Finding professional help
next-leaving = If I'm thinking of leaving

## Command descriptions (Telegram's command menu and /help)
cmd-start = Start, or see the menu
cmd-menu = The list of conversations
cmd-back = Go back one question
cmd-reset = Leave the current conversation
cmd-learn = Short pieces to read
cmd-sos = Emergency and support numbers
cmd-help = How Candor works
cmd-privacy = What Candor keeps about you
cmd-delete = Erase everything about you
cmd-settings = Discretion settings
cmd-language = Change the language
cmd-export = Get a copy of what Candor keeps
cmd-hide = Remove Candor's recent messages from this chat

## The gentle safety question several flows ask
safety-question = One more question, and it's an important one. Has any of this left you afraid of your partner? For example threats, pushing you around, checking your phone, keeping you from friends or family, or controlling your money.
safety-answer-no = No, nothing like that
safety-answer-yes = Yes, some of that is happening
safety-answer-skip = I'd rather not say
safety-answer-thanks =
    Thank you for telling me. That matters more than anything else here.

    Fear, threats and control are not a communication problem, and nothing in this chat should push you into a conversation or a decision that could make you less safe. Before any of that, it helps to think about your safety with someone trained for it.
safety-question-early = Before we start, one question that matters more than the rest. Has any of this left you afraid of your partner? For example threats, pushing you around, checking your phone, keeping you from friends or family, or controlling your money.
safety-lead = You told me fear or control is part of this, so first: your safety. Before any talk with your partner, the safety resources are one tap away, and a support line can help you plan what's safe.

## The console chat (a terminal instead of Telegram)
console-banner = Candor console chat. Type the number of an option to choose it, or write a message. Commands work as on Telegram (/help lists them). Press Ctrl-D to leave.
console-bye = Goodbye. Your place is saved; run Candor again to pick up where you left off.

## Telegram: a group chat, and errors on Candor's side
group-private-only = Hi. Candor is a private self-help tool and only works in a one-to-one chat, so I'll leave this group now. To use it, open a private chat with me.
error-generic = Something went wrong on my side and I couldn't handle your last message. Nothing you did caused it. Please try again, or type /menu.

## A way to a human coach (/coach), when one is configured
cmd-coach = Write to a human coach
coach-none = There's no coach available here at the moment. /sos lists people you can reach right away.
coach-intro =
    You can write to a person here. About the coach:
    { $about }
coach-consent = Candor will pass on only the message you write next, nothing else from our conversations. Would you like to include your Telegram username, so the coach can reply to you directly?
coach-share-username = Yes, include my username
coach-anonymous = No, send it without it
coach-write = Write your message for the coach now, in one message (up to { $max } characters).
coach-cancel = Don't send anything
coach-forward =
    A message through Candor, from { $from }:

    { $message }
coach-from-username = { $username }
coach-from-anonymous = someone who chose not to share their username
coach-sent = Sent. The coach can reply to you directly on Telegram. Candor keeps no copy of your message.
coach-sent-anonymous = Sent, without your username, so the coach can't reply to you. Candor keeps no copy of your message.

## Privacy and discretion: /export, /hide, /settings, /language
export-caption = Here is everything Candor keeps about you, as a file. Each field is explained inside.
export-sent = I've sent you a file with everything Candor keeps about you.
export-about = Everything Candor keeps about you at the moment of this export, exactly as it is stored, with what each field means. Nothing else is kept.
export-field-people-user_id = Your Telegram user id: who the rest belongs to.
export-field-people-locale = The language I speak with you.
export-field-people-consented_at = When you confirmed, under the disclosure, that you are an adult (seconds since 1970, UTC).
export-field-people-state = Where you are: the conversation and step, the answers an unfinished conversation still needs, the steps behind them for /back, and whether you told me fear or control is part of this.
export-field-people-prefs = Your settings, which closing line your last check-in ended with (so the next one differs), and a safety plan if you chose to keep one.
export-field-people-created_at = When you first wrote to Candor.
export-field-people-active_at = When you last wrote to Candor; after a long silence everything is erased.
export-field-people-inactive = Whether you blocked Candor.
export-field-reminders-user_id = Your Telegram user id.
export-field-reminders-tz = Your time zone.
export-field-reminders-local_time = The time of your daily check-in, in minutes after midnight.
export-field-reminders-quiet_start = When your quiet hours start (minutes after midnight), if you set them.
export-field-reminders-quiet_end = When your quiet hours end.
export-field-reminders-role = Which role the check-in asks about.
export-field-reminders-plan_days = How many days your check-in plan runs (empty: no end date).
export-field-reminders-started_on = The day your plan started.
export-field-reminders-next_due = When the next check-in comes (seconds since 1970, UTC).
export-field-reminders-snoozed = Whether the next check-in is a snoozed one.
export-field-reminders-paused_until = Until when the check-ins are paused, if they are.
export-field-reminder_sent-user_id = Your Telegram user id.
export-field-reminder_sent-day = Days a check-in was offered (kept a week, so none is offered twice).
export-field-checkins-user_id = Your Telegram user id.
export-field-checkins-day = The day of a check-in.
export-field-checkins-feel = How the day felt, 1 (very hard) to 5 (good).
export-field-checkins-met = Your answer to the day's second question, 1 (not really) to 3 (yes).
export-field-checkins-need = What would help the next day (0 reassurance, 1 space, 2 time to talk, 3 time together, 4 nothing in particular).
export-field-sent_messages-chat_id = This chat's id.
export-field-sent_messages-message_id = Ids of my recent messages in this chat, so old buttons can be removed and /hide can work (kept 48 hours).
export-field-sent_messages-sent_at = When each of those messages was sent.
export-field-sent_messages-keyboard = Whether that message still has buttons.
export-field-inbox-update_id = A message of yours that arrived and is being handled right now (kept only until it is).
export-field-inbox-user_id = Your Telegram user id.
export-field-inbox-payload = That message as Telegram delivered it.
export-field-inbox-received_at = When it arrived.
export-field-outbox-id = A reply on its way to you (kept only until it is sent).
export-field-outbox-chat_id = This chat's id.
export-field-outbox-locale = The language of that reply.
export-field-outbox-payload = That reply, as message ids and values.
export-field-outbox-created_at = When it was decided.
export-field-outbox-not_before = When it may be sent.
export-field-outbox-attempts = How many times sending it has failed.
export-field-pair_invites-token_hash = A fingerprint of your invitation link (the link itself is not kept).
export-field-pair_invites-inviter = Your Telegram user id.
export-field-pair_invites-shown_name = The name your partner sees when opening the link.
export-field-pair_invites-answers = Your answers to the agreement areas, waiting to be compared.
export-field-pair_invites-expires_at = When the invitation stops working.
export-field-pairings-id = The number of your comparison.
export-field-pairings-a = Your Telegram user id (you invited).
export-field-pairings-b = Your Telegram user id (you were invited).
export-field-pairings-shown_name = The name the inviter chose to show.
export-field-pairings-a_answers = Your answers to the agreement areas.
export-field-pairings-b_answers = Your answers to the agreement areas.
export-field-pairings-status = Where the comparison stands.
export-field-pairings-created_at = When the comparison started.
export-field-revisits-user_id = Your Telegram user id.
export-field-revisits-due_at = When I'll remind you to revisit your agreements.
export-field-safety_followups-user_id = Your Telegram user id.
export-field-safety_followups-due_at = When I'll check in on you, as you asked after saying you were going through something hard (erased once sent).
hide-done = Done.
settings-intro = Discretion settings. If someone else might see your phone, these help.
settings-silent-off = Check-in reminders: with sound
settings-silent-on = Check-in reminders: silent
settings-neutral-off = Reminder wording: says "check-in"
settings-neutral-on = Reminder wording: neutral ("You have a new message")
settings-language = Language
settings-saved = Saved.
language-choose = Which language would you like me to use?
language-changed = Done. I'll speak English from now on.
language-name-en = English
language-name-es = Español
language-name-pt = Português
language-name-ru = Русский

## A line of a list (the same in every language)
list-item = • { $item }

# The reasons behind a result, shown folded where the platform can (never shown on its own).
fold = { $body }
# A list going on from the message before, with no heading of its own.
list-plain = { $reasons }
