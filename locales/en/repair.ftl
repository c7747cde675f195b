## After the conversation: rebuilding trust, for a couple that decided to work through it.

repair-title = Rebuilding trust after the conversation
repair-summary = After the talk: rebuilding trust, day to day.
repair-recap = You were partway through rebuilding trust.
repair-recap-role = You were about to say which side of this you're on.
repair-recap-safety = You'd told me your part in this; one question about your safety was next.
repair-recap-safety-plan = You were looking at your safety first, before anything else.
repair-recap-did-core = You were reading about how trust comes back.
repair-recap-affected-core = You were reading about giving your hurt the room it needs.
repair-recap-together-core = You were reading about what repair asks of each of you.
repair-recap-together-after = You were reading about what couples often find on the other side of this.
repair-recap-focus = You were choosing one part of the repair to look at more closely.
repair-recap-practice = You were looking more closely at one part of the repair.
repair-recap-checkin = You were deciding whether to set up a daily check-in.

repair-intro =
    This part is for after the hard conversation, when the two of you have decided to try to work through what happened.

    That conversation mattered. But the repair itself happens afterwards, slowly, in ordinary days. Here we'll look at what that asks of you in practice. At the end, if you'd like, you can set up a short daily check-in.

    You can stop at any point. Nothing here decides anything for you.
repair-begin = Let's start

repair-q-role = Which of these fits you?
repair-role-did = I'm the one who did it
repair-role-affected = I'm the one who was hurt
repair-role-together = We're working on it together

## Safety comes before any repair conversation

repair-safety-plan =
    Rebuilding trust asks both people to lower their guard and be open. Where there's fear, threats or control, that openness can be turned against you, so repair isn't the place to start.

    A domestic-violence line can help you make a safety plan. It's free and confidential, it goes at your pace, and it helps whether you want to stay, leave, or don't know yet.

    If you see a counsellor, mention the fear early on. When fear is part of the picture, sessions on your own are often a safer start than sessions as a couple.
repair-safety-known = Earlier, you told me that fear, threats or control are part of what's happening. I'm keeping that in mind here, even if today feels different.
repair-read-on = Read the rest, with this in mind

## The one who did it

repair-did-core =
    For the one who did it

    Trust doesn't come back because of what you promise. It comes back because of what you do, the same way, day after day, for months. Your partner needs time to see your actions match your words, again and again.

    That means being more open than comes naturally to you, and staying that open for longer than you'd like. It may feel like a lot. That's normal, and it eases more slowly than you'd want.

    Your partner may need reassurance over and over. That isn't them being difficult, or stuck. It's part of how the hurt heals, and meeting it with patience is your side of the repair.
repair-did-how = What does that look like day to day?
repair-did-daily =
    In everyday life, it tends to look like this:
    • Being consistent: doing what you said, when you said, in small things as much as big ones.
    • Offering information before you're asked, so your partner never has to dig.
    • Answering the same question again, calmly, even the fifth time.
    • Ending or changing the contact with the other person, the way you both agreed.
    • Looking honestly at why it happened, and what need it was meeting for you.

repair-q-focus = Would you like to look at one of these more closely?
repair-focus-none = Carry on for now
repair-focus-another = Look at another one

repair-focus-steady = Being consistent
repair-focus-volunteer = Offering information first
repair-focus-again = The same question, again
repair-focus-contact = The contact with the other person
repair-focus-why = Why it happened

repair-practice-did-steady =
    Being consistent

    Consistency is mostly small and unremarkable. You're home when you said you would be. If plans change, you say so before it matters, not after. Your phone doesn't go face down when your partner walks in. What you said in the morning still holds in the evening.
repair-practice-did-steady-more = No single good day settles anything, and nothing earns trust back in one go. What helps is a long run of days with no surprises in them. Over time, that's what your partner can lean on.
repair-practice-did-volunteer =
    Offering information first

    If the other person gets in touch, tell your partner yourself, soon, without waiting to be asked. If something could look unclear from the outside, or stirs up what happened, mention it.
repair-practice-did-volunteer-more =
    That you offer it matters more than what you offer. Each time you bring something up first, your partner learns they don't have to keep watch to know what's going on. This is the opposite of being monitored: it's you choosing to be open.

    It can feel awkward, even exposing. That discomfort is part of the repair, not a sign it's going wrong.
repair-practice-did-again =
    The same question, again

    Your partner may ask things you've already answered: what happened, when, whether it's really over. A question coming back doesn't mean your answer didn't count. Hurt comes in waves, and each wave brings its questions with it.
repair-practice-did-again-more =
    Try to answer as if it were the first time: calmly, fully, without a sigh or a "we've been over this". If it gets too much for you, say so kindly, suggest a time to come back to it, and then keep that time.

    Each patient answer tells your partner their hurt is welcome. Irritation tells them it isn't.
repair-practice-did-contact =
    The contact with the other person

    Whatever the two of you agreed about the other person, whether that's ending contact or changing it, do it fully and soon. Then tell your partner it's done, and how.
repair-practice-did-contact-more =
    If the other person reaches out again, or you run into them, tell your partner promptly, in your own words. Hiding even a small, harmless contact now can undo weeks of steady work.

    If letting that connection go is hard, be honest about that too: with yourself, with a counsellor, and in time with your partner. It may be telling you something about what that connection gave you.
repair-practice-did-why =
    Why it happened

    Understanding why is not an excuse. It's how you make sure it doesn't happen again. Connections like this usually meet a need: feeling wanted or interesting, excitement, an escape from distance at home, a way of keeping one foot out the door, or old habits that were never looked at.
repair-practice-did-why-more =
    Ask yourself which was true for you. If something was missing in your relationship, the behaviour may have been a symptom, and stopping it won't mend what's underneath: that needs its own conversation. If it came from your own patterns, or from not being fully committed, then the behaviour is the issue itself, and the honest question is what you're truly ready to offer.

    This is hard to see clearly alone. A counsellor, on your own or as a couple, can help you find the true answer rather than the most comfortable one.

## The one who was hurt

repair-affected-core =
    For the one who was hurt

    Your feelings need room, for as long as they need it. Nobody should be managing them, tidying them away, or hurrying you along. A question like “Shouldn't you be past this by now?” isn't repair, whoever asks it, and that includes you.

    At the same time, repair stalls if what happened becomes something to reach for in every later argument. Carrying the hurt is one thing. Using it to win is another, and it keeps you both stuck.

    The way out of this kind of hurt goes through it. There's no path around. That takes time and support, and sometimes a professional's help. Needing any of those isn't weakness.
repair-affected-how = What can help day to day?
repair-affected-daily =
    A few things tend to help:
    • Naming what actually helps you, so your partner doesn't have to guess.
    • Asking for reassurance when you need it, without shame.
    • Noticing when the hurt starts turning into a weapon.
    • Having support of your own, outside the relationship.

repair-focus-name-help = Naming what helps
repair-focus-reassurance = Asking for reassurance
repair-focus-weapon = When hurt becomes a weapon
repair-focus-support = Support of my own

repair-practice-affected-name-help =
    Naming what helps

    Your partner can't read your mind, and right now a wrong guess costs you both. It helps to find words for what eases things, even small things: a message when they're running late, hearing from them straight away if the other person gets in touch, a hug without a conversation, a quiet evening.
repair-practice-affected-name-help-more =
    You might not know yet, and that's fine. You can find out as you go: notice the moments that felt a little steadier, and tell your partner what was in them.

    What helps may change from week to week. Saying so isn't being inconsistent. It's useful information.
repair-practice-affected-reassurance =
    Asking for reassurance

    Needing to hear it again, that it's over, that you matter, that they're here, isn't a flaw. It doesn't mean you're failing to heal. It's part of healing.

    You're allowed to ask plainly, for example: “I'm having a hard moment. Can you tell me again?” You don't need to wrap it in an apology or wait until it's built up.
repair-practice-affected-reassurance-more = If asking is met with irritation or a sigh every time, that's worth raising with your partner, or with a counsellor. Reassurance given grudgingly doesn't do its job.
repair-practice-affected-weapon =
    When hurt becomes a weapon

    It's human. An argument about something ordinary gets sharp, and suddenly what happened is in the room, because it's the strongest thing you have.
repair-practice-affected-weapon-more =
    It helps to notice the difference. Bringing it up because it still hurts and you need to talk is part of repair. Bringing it up to end an argument, or to win one, turns it into a lever, and then neither of you can get through it.

    When you notice it, there's no need to be hard on yourself. You might say: “That wasn't fair. It's still hurting, and I'd like us to talk about it properly, later.” And then do.
repair-practice-affected-support =
    Support of your own

    Your partner can't be your only support through this, because they're also part of what hurts. You deserve someone on your side who isn't.
repair-practice-affected-support-more =
    That could be a friend who listens without taking over, a family member, a support group, or a counsellor of your own. You decide how much you share. Talking about this outside the couple isn't disloyal; keeping it all inside often makes it heavier.

    If the hurt is affecting your sleep, work or health for weeks on end, talking to a professional is a good step, not a last resort.

## Both, together

repair-together-core =
    Both sides of it

    For the one who did it: trust returns through steady actions, day after day, far more than through promises. That means being more open than comes naturally, for longer than feels easy: offering information before being asked, answering the same question calmly again, handling the outside contact as you agreed, and looking honestly at why it happened.

    For the one who was hurt: your feelings get room, and nobody manages them or hurries you along. Repair doesn't ask you to be over it by a deadline. It also doesn't work if what happened becomes a card to play in later arguments. Naming what helps, asking for reassurance, and having support of your own all matter.

    For both of you: this takes time, often months, and sometimes a counsellor's help. That's ordinary, not a sign it's failing.
repair-together-after =
    Something couples often find

    Many couples who make it through this say they ended up clearer with each other than before. They know, in plain words, what they have together, what each of them needs, and what they've agreed to, where before they were running on guesses.

    That doesn't make what happened worth it, and it doesn't excuse it. It means the honest conversations that repair asks for can leave you on firmer ground than before, if you both keep having them.
repair-together-daily =
    Day to day, three things carry most of the weight:
    • Steadiness from the one who did it.
    • Room for the hurt, without rushing it.
    • Saying out loud what each of you needs now.

repair-focus-together-steady = Steadiness, day to day
repair-focus-together-hurt = Making room for the hurt
repair-focus-together-ask = Saying what we need

repair-practice-together-steady =
    Steadiness, day to day

    Steadiness is built from small, unremarkable reliability. Plans are kept, or changed with notice. News about the other person, if there is any, is shared first by the one who did it, never discovered. Repeated questions get calm answers.
repair-practice-together-steady-more = It can help to agree together what openness looks like for the two of you for now, and to look at it again after a few weeks. That's something you both choose, not a set of checks: openness works when it's offered, not when it's extracted.
repair-practice-together-hurt =
    Making room for the hurt

    The hurt will come back at unexpected moments: a song, a date on the calendar, a place you used to go. When it does, it helps if neither of you treats it as a setback. It's part of the way through.
repair-practice-together-hurt-more =
    Some couples set aside a regular, unhurried time, say once a week, for what's still raw, so it doesn't have to burst out in the middle of everything else. Outside that time, it's still fine to say “I'm having a hard day”.

    If your talks keep going in circles or ending in the same fight, a couples counsellor can help you both feel heard.
repair-practice-together-ask =
    Saying what you need

    Part of what went wrong may have been living on assumptions neither of you said out loud. Repair is a chance to put them into words. Go through what's comfortable for each of you and what isn't, name the things you're still unsure about, and say what you'd each like from the other from here on.
repair-practice-together-ask-more =
    Choose a calm moment, not the middle of a hard one, and keep it two-way. Neither of you should be writing rules for the other alone.

    If you'd like help with that conversation, there's one about your agreements in Candor's menu.
repair-practice-safety = With fear in the picture, try only what feels safe to you. Your safety comes before any of this.
repair-practice-fallback = Take whatever from this is useful to you, and leave the rest.

## The daily check-in

repair-checkin-intro = One more thing that can help: a short daily check-in, at a time you choose. A few quick questions with buttons, about a minute.
repair-checkin-did = For you, it asks how the day felt, how open you were able to be, and what might help tomorrow.
repair-checkin-affected = For you, it asks how the day felt, whether you felt heard, and what might help tomorrow.
repair-checkin-together = For you, it asks how the day felt, how connected you felt to each other, and what might help tomorrow.
repair-checkin-promise = Nobody grades you, and missing a day is fine. The reminder never says what it's about, in case someone else sees your screen.
repair-set-checkin = Set up my daily check-in
repair-checkin-later = Not now, carry on

## The end

repair-end-did = Rebuilding trust is slow, and it's made of ordinary days. Every day you show up openly counts, even when it doesn't feel like enough.
repair-end-affected = Your hurt gets all the time it needs. Healing rarely goes in a straight line, and a hard day doesn't mean you're going backwards.
repair-end-together = You've both chosen to try. Go gently with each other: this is slow work, and it's allowed to be.
repair-end-safety = Because fear or control has come up, your safety comes before any of the conversations in this plan. The safety resources are the first button below, whenever you need them.
repair-end-next = Where would you like to go from here?
