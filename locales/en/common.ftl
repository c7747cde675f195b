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

menu-intro = What would you like to look at? Pick one below. You can leave any conversation half-way and come back to it from here.
menu-continue = Continue: { $title }
btn-sos = I need help now
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
notice-use-buttons = I read that, thank you. For this step I need you to tap one of the options below, so I can follow you properly.
notice-empty-text = That message looked empty to me. Could you type it again?
notice-text-too-long = That's more than I can hold for this step (you wrote { $got } characters; up to { $max } fit). Could you put the heart of it into a few sentences?
notice-media = I can only read text and button taps, so I couldn't take that in. Could you put it into words, or tap an option below?
notice-unknown-command = I don't know the command /{ $name }. /help lists the ones I understand.
notice-consent-first = Before we start anything, please read this and confirm your age.
notice-nothing-back = There's no earlier step to go back to from here.
notice-reset-done = You've left { $title }. What you answered there is cleared.
notice-reset-nothing = You weren't in the middle of a conversation, so there was nothing to leave.

help-text =
    How Candor works

    Pick a conversation from the menu and answer with the buttons. Some steps let you type in your own words; I keep that only until the conversation ends.

    Commands that work at any moment:
    /menu: the list of conversations
    /back: the previous question (your answer there is dropped)
    /reset: leave the conversation you're in and clear its answers
    /sos: emergency and support numbers
    /privacy: what I keep and for how long
    /delete: erase everything I keep about you

    I'm an automated self-help tool. I don't judge your relationship and I won't tell you what to decide: I help you think, and the choice stays yours.

privacy-text =
    What Candor keeps about you

    • Your language, and when you confirmed you're an adult.
    • Where you are in a conversation and the answers it still needs. Anything you typed is kept only until that conversation ends.
    • Your settings.
    • When you last used Candor. After 90 days without any activity, everything about you is erased automatically.

    No transcripts: your messages are not stored once they've been handled, and they never go into logs.

    /delete erases all of it at once, for good.

delete-confirm =
    This erases everything Candor keeps about you: your answers, settings and any reminders. It can't be undone.

    Messages already in this chat stay on your phone until you delete the chat in Telegram.
btn-delete-yes = Yes, erase everything
btn-delete-no = No, keep it
delete-done =
    Done. Everything Candor kept about you has been erased from its database.

    The messages already in this chat are still on your device: deleting this chat in Telegram clears them. If you write again, you'll start fresh.
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

## Command descriptions (Telegram's command menu and /help)
cmd-start = Start, or see the menu
cmd-menu = The list of conversations
cmd-back = Go back one question
cmd-reset = Leave the current conversation
cmd-sos = Emergency and support numbers
cmd-help = How Candor works
cmd-privacy = What Candor keeps about you
cmd-delete = Erase everything about you

## The gentle safety question several flows ask
safety-question = One more question, and it's an important one. Has any of this left you afraid of your partner? For example threats, pushing you around, checking your phone, keeping you from friends or family, or controlling your money.
safety-answer-no = No, nothing like that
safety-answer-yes = Yes, some of that is happening
safety-answer-skip = I'd rather not say
safety-answer-thanks =
    Thank you for telling me. That matters more than anything else here.

    Fear, threats and control are not a communication problem, and nothing in this chat should push you into a conversation or a decision that could make you less safe. Before any of that, it helps to think about your safety with someone trained for it.

## The console chat (a terminal instead of Telegram)
console-banner = Candor console chat. Type the number of an option to choose it, or write a message. Commands work as on Telegram (/help lists them). Press Ctrl-D to leave.
console-bye = Goodbye. Your place is saved; run Candor again to pick up where you left off.

## Telegram: a group chat, and errors on Candor's side
group-private-only = Hi. Candor is a private self-help tool and only works in a one-to-one chat, so I'll leave this group now. To use it, open a private chat with me.
error-generic = Something went wrong on my side and I couldn't handle your last message. Nothing you did caused it. Please try again, or type /menu.
