## Partner pairing: both answer the agreement conversation privately, then see where they meet.
## Messages a partner receives unasked (pair-accepted-notify, pair-ended-notify) may show on a
## lock screen: they never name the topic.

cmd-pair = Comparing agreements with your partner
agreement-invite-partner = Invite my partner to answer too

pair-invite-explain =
    You can invite your partner to answer the same questions, privately.

    • Each of you answers alone. Neither of you sees the other's answers until both have finished.
    • Then you both get the comparison at the same time: where you agree, where you differ, and what to talk about first.
    • Only the button answers are compared. Nothing else from your conversations with Candor is ever shared.
    • Either of you can end it at any time with /pair.
pair-invite-create = Create an invitation link
pair-invite-name = What name should your partner see when they open the link? Type it (up to { $max } characters), or send it without a name.
pair-invite-no-name = Don't show a name
pair-invite-link =
    Here is your invitation. Send this link to your partner however you like:

    { $link }

    It works once, for { $days ->
        [one] one day
       *[other] { $days } days
    }. Your answers are kept with it until then.
pair-invite-answer-first = Please go through the agreement conversation first; the invitation is made from your answers.

pair-from-name = { $name }
pair-from-someone = Someone
pair-invited = { $who } invited you to compare your relationship agreements, using Candor.
pair-invited-first = { $who } invited you to compare your relationship agreements, using Candor: you each answer the same questions privately, then you both see where you meet. Before that, here's what Candor is.
pair-how-it-works = You'll answer thirteen short questions on your own. Neither of you sees the other's answers until both have finished; then you both get the comparison at the same time. Only the button answers are compared, never anything you type, and you can stop at any point with /pair.
pair-accept = Yes, I'll answer and compare
pair-decline = No, thank you
pair-accepted = Thank you. Here are the questions; answer for yourself, not for the two of you.
pair-accepted-notify = There's news about your comparison in Candor. Open /pair when you have a moment.
pair-invalid = This invitation link doesn't work. It may have been used already, or cancelled.
pair-expired = This invitation has expired. Ask for a new one if you'd still like to compare.
pair-own = That's your own invitation: send the link to your partner instead.
pair-already = You're already comparing agreements with someone. /pair shows where it stands.

pair-invite-pending =
    You've invited your partner to compare agreements. The link can be used once, for { $days ->
        [one] one more day
       *[other] { $days } more days
    }. Nothing is shared until you've both answered, and then only the comparison.

    If the link got lost, cancel this invitation; you can make a new one at the end of the agreement conversation.
pair-invite-cancel = Cancel the invitation
pair-invite-cancelled = The invitation is cancelled: the link no longer works, and the answers kept with it are gone.
pair-none = You're not comparing agreements with anyone right now. The agreement conversation lets you invite your partner at the end.
pair-your-turn = Your comparison is waiting for your answers.
pair-answer-now = Answer the questions now
pair-waiting = Your answers are in. You'll both get the comparison as soon as your partner has answered too.
pair-paused = This comparison is on hold, and your partner hasn't been told why. Because something about safety came up, take your time: you can end it here, or carry on if it feels safe.
pair-resume = Carry on with the comparison
pair-revealed = You've both seen the comparison.
pair-news-accepted = Your partner accepted your invitation and is answering now. Your answers are already in: you'll both get the comparison as soon as they finish.
pair-show-again = Show the comparison again
pair-end-confirm = End this comparison? Your partner will only see that it ended, not why, and it can't be picked up again: a new comparison needs a new invitation.
pair-end-yes = Yes, end it
pair-end-keep = No, keep it
pair-end = End the comparison
pair-ended = The comparison has ended. Your partner will only see that it ended.
pair-ended-notify = A comparison in Candor has ended.

pair-reveal-intro = You've both answered. Here is where you meet. You're both seeing this now.
pair-reveal-again-intro = Here is your comparison again, as you both saw it.
pair-area-line = • { $area }: you said “{ $mine }”, your partner “{ $theirs }”
pair-answer-fine = fine
pair-answer-not-fine = not fine
pair-answer-depends = it depends
pair-answer-unsure = unsure
pair-answer-talk = want to talk
pair-answer-need = what I'd need here
pair-reveal-differ =
    Where you see it differently:
    { $areas }
pair-reveal-open =
    Still open for one or both of you:
    { $areas }
pair-reveal-agree =
    Where you agree:
    { $areas }
pair-reveal-order = A suggested order: start with { $first }, one area at a time. { $count ->
        [one] It's the only one that needs a conversation.
       *[other] { $count } areas need a conversation; there's no need to cover them all at once.
    }
pair-reveal-all-agree = You agree on every area you both answered. It can still be worth saying so out loud.
pair-reveal-close = Would you like a reminder to look at this again together later?
pair-revisit-m1 = In a month
pair-revisit-m3 = In three months
pair-revisit-m6 = In six months
pair-revisit-none = No reminder
pair-revisit-set = I'll remind you in { $months ->
        [one] a month
       *[other] { $months } months
    }.
pair-revisit-none-set = No reminder, then.
pair-revisit-intro = Agreements change as a relationship does. Here are the questions again; at the end you can invite your partner to compare once more.
