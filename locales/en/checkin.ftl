## The daily check-in (set up at the end of the repair flow).

## Reminder notifications. These can show on a lock screen where someone else may see
## them: never name the topic, the partner, repair, cheating or feelings.
checkin-notify-morning = Your morning check-in is ready, whenever you have a minute.
checkin-notify-afternoon = Your afternoon check-in is ready, whenever you have a minute.
checkin-notify-evening = Your evening check-in is ready, whenever you have a minute.

## The opening line of today's check-in, by role
checkin-intro-did = Here's today's check-in: three quick taps about your day and how open you were able to be. There are no wrong answers.
checkin-intro-affected = Here's today's check-in: three quick taps about your day and what you needed. There are no wrong answers.
checkin-intro-together = Here's today's check-in: three quick taps about your day and how close you felt. There are no wrong answers.

## How today felt, from very hard to good
checkin-q-day = How did today feel?
checkin-day-1 = Very hard
checkin-day-2 = Heavy
checkin-day-3 = Up and down
checkin-day-4 = Fairly steady
checkin-day-5 = Good

## The role's own question; the three answers are shared
checkin-q-open-did = Today, were you open with your partner, offering information before being asked?
checkin-q-met-affected = Today, did you feel heard?
checkin-q-close-together = Today, did you feel connected to each other?
checkin-scale-1 = Not really
checkin-scale-2 = Somewhat
checkin-scale-3 = Yes

## What would help tomorrow
checkin-q-tomorrow = What would help tomorrow?
checkin-need-reassurance = Some reassurance
checkin-need-space = A little space
checkin-need-talk = Time to talk
checkin-need-time-together = Time together
checkin-need-nothing = Nothing in particular

## Closing lines, by how the day went. Never a score, a streak or a grade.
checkin-thanks-hard = Thank you for checking in on a hard day. A day like this tells you something; it isn't a failure. Go gently with yourself.
checkin-thanks-hard-2 = Thank you for checking in, even today. Hard days are part of getting through this, not proof that it isn't working. Rest if you can.
checkin-thanks-hard-3 = Thanks for being honest about today. You don't have to fix anything tonight; getting to the end of the day is enough.
checkin-thanks-hard-4 = Thank you for checking in. Some days are mostly about getting through, and this sounds like one of them. That's enough for today.
checkin-thanks-hard-5 = Thanks for telling it as it was. Tonight, be as kind to yourself as you would be to a friend having this day.
checkin-thanks-mixed = Thank you. Mixed days are a normal part of this. Whatever tomorrow brings, you can take it a step at a time.
checkin-thanks-mixed-2 = Thank you. Up and down is how this usually goes. Tomorrow is its own day.
checkin-thanks-mixed-3 = Thanks for checking in. A mixed day still counts; nothing about it needs grading.
checkin-thanks-mixed-4 = Thank you. Some of today worked and some didn't; both are worth noticing, and neither is the whole story.
checkin-thanks-mixed-5 = Thanks for checking in. One uneven day doesn't set the direction. Let's see how tomorrow goes.
checkin-thanks-good = Thank you. It's good to hear today felt steadier. Let yourself notice that.
checkin-thanks-good-2 = Thank you. A steadier day is worth noticing; days like this are what trust is built from.
checkin-thanks-good-3 = Thanks for checking in. Glad today held up. Let it count, without worrying whether it lasts.
checkin-thanks-good-4 = Thank you. It sounds like today had some ease in it. Keep a little of that for the harder days.
checkin-thanks-good-5 = Thanks for checking in. A good day doesn't have to prove anything; it can simply be a good day.
checkin-anything-else = Anything else for today? It's all still here, a tap away.
checkin-missed-ok = Welcome back. There's no need to make up for the days in between: today's check-in is all there is.
checkin-hard-offer = That sounds like a very hard day. If it feels like too much right now, there's a one-minute grounding exercise below, and /sos shows people you can talk to tonight.
checkin-practice-heard =
    A short practice for feeling heard

    Tomorrow, pick a calm moment and ask for ten minutes. Say one thing, starting with “I felt…”, and ask your partner to say back what they heard before they answer. If they get it wrong, say it again. You're not asking for agreement, only to be understood.
checkin-practice-open =
    A short practice for openness

    Tomorrow, offer one piece of information before you're asked: where you'll be, who you talked to, or that a message came in. Keep it plain and unprompted. Openness that's offered does more for trust than answers that are pulled out of you.
checkin-practice-connect =
    A short practice for feeling closer

    Tomorrow, find ten minutes with no phones and no logistics. Each of you names one thing you appreciated about the other this week. Keep it small and specific; nothing has to be solved in those ten minutes.
checkin-practice-reassurance-affected =
    A short practice for reassurance

    Needing reassurance isn't too much; it's what hurt like this asks for. Tomorrow, ask for it in one plain sentence: “Could you tell me…” or “It would help if you…”. A clear request is easier to meet than a hint.
checkin-practice-reassurance-did =
    A short practice for reassurance

    You may need reassurance too, that this can get better. Look for some of it outside the two of you: a friend you trust, or a counsellor. Don't ask your partner to say it's over: their pace is theirs, and steady days will say more than any question.
checkin-practice-reassurance-together =
    A short practice for reassurance

    Tomorrow, each of you finishes one sentence out loud: “What would reassure me this week is…”. Listen without arguing, and pick one thing each of you can actually do. Small, kept promises reassure more than big ones.
checkin-btn-not-met = A short practice for this
checkin-btn-reassurance = A practice for reassurance
checkin-btn-week = This week's practice
checkin-btn-sos = Help and support (/sos)
checkin-btn-done = Done for today
checkin-week-new = There's a new short practice for this week, one tap away.
checkin-week-intro = This week's practice. Try it once or twice; it's fine to adapt it.
checkin-week-did-1 =
    Offer before you're asked

    Once a day, mention something your partner might otherwise wonder about, before they ask: a message, a plan, a change of time. Keep it matter-of-fact. The point isn't to report everything, but to make asking unnecessary.
checkin-week-did-2 =
    Say it without softening it

    Write down, for yourself, what you did in one plain sentence, with no “only”, “just” or “but”. Notice the pull to shrink it or explain it away. Owning it in full is where repair starts.
checkin-week-did-3 =
    Explaining isn't excusing

    Think about what the behaviour gave you: attention, escape, feeling wanted, avoiding a hard talk at home. Understanding the need matters. It explains what happened; it doesn't make it fine, and it's yours to work on.
checkin-week-did-4 =
    Close the outside door cleanly

    If contact with the other person is still open, end it in a short, clear message, without drama and without leaving room to start again. Then tell your partner you've done it, without being asked.
checkin-week-did-5 =
    Their questions aren't an attack

    When your partner asks again about something you've already answered, answer again, calmly. Repeated questions are how trust checks itself. Treating them as excessive puts the work back on the person who was hurt.
checkin-week-did-6 =
    Keep going past comfortable

    This week, notice when openness starts to feel like enough. That's usually the point to keep going. Trust comes back through weeks of steady behaviour, for longer than feels necessary to you.
checkin-week-did-7 =
    Don't hurry their healing

    Catch yourself before asking “are we past this yet?”, in words or in sighs. Their feelings get the time they need. Instead, ask once this week: “Is there anything you need from me right now?”
checkin-week-did-8 =
    Look at what's changed

    Think back over the weeks: what do you do differently now, not just promise? Name one change to yourself, and one thing you still want to work on. If you're stuck on why it happened, a counsellor can help.
checkin-week-affected-1 =
    Name what you feel

    Once a day, put your feeling into one word or phrase: hurt, angry, numb, suspicious, sad, hopeful. Nothing needs to follow. Naming a feeling tends to take some of its weight.
checkin-week-affected-2 =
    Your feelings don't need managing

    If someone, your partner included, nudges you to be over it, notice it. You're allowed to feel this for as long as it takes. Say, if you want to: “I'm still working through it, and that's okay.”
checkin-week-affected-3 =
    Ask for what you need, plainly

    Pick one thing that would help you feel safer this week and ask for it in one sentence. Wanting openness for a while isn't excessive; it's a normal part of rebuilding trust.
checkin-week-affected-4 =
    One person of your own

    Choose one person you trust, a friend, relative or counsellor, and tell them a little about what you're carrying. Repair is a lot to hold inside the couple alone.
checkin-week-affected-5 =
    Through the hurt, not around it

    When a reminder hits, a song, a date, a name, let the feeling come rather than pushing it down. Breathe out slowly and tell yourself: this is part of getting through it, not going back.
checkin-week-affected-6 =
    Not a lever

    In an argument about something else, notice if what happened is reaching for your mouth. Keep it for the times you set aside to talk about it. Using it as a permanent weapon tends to keep the wound open.
checkin-week-affected-7 =
    Look after yourself

    This week, do one thing that belongs only to you: a walk, a friend, sleep, something you used to love. Rebuilding trust takes energy, and you need some for yourself too.
checkin-week-affected-8 =
    What you can live with

    Take a quiet moment: what does your gut say about whether this can heal for you? Both answers are honest. Whatever you notice, you don't have to decide anything this week.
checkin-week-together-1 =
    A set time for the hard part

    Agree on one unhurried time this week to talk about what still hurts, say 30 minutes. Outside it, “I'm having a hard day” is always allowed. A set time keeps it from spilling into everything.
checkin-week-together-2 =
    Listen back

    In your next talk, each of you says back what you heard before answering: “What I'm hearing is…”. It's slower, and it stops a lot of arguments before they start.
checkin-week-together-3 =
    One specific thing at a time

    When you talk about what happened, keep to the specific event. Leave the bigger question, what your relationship allows, for another calm day. Mixing both tends to overwhelm you.
checkin-week-together-4 =
    Put your agreements into words

    Pick one area you'd both assumed you agreed on and say out loud what each of you thinks is okay. Differences aren't a failure; they're what you need to know. Candor's agreement conversation can help.
checkin-week-together-5 =
    Notice what's working

    Each of you names one moment this week when the other made things easier. Say it out loud. Repair isn't only about what went wrong.
checkin-week-together-6 =
    After a bad talk

    If a conversation goes badly, come back to it within a day: “That went badly. Can we try again?” A conversation you return to does less harm than one left hanging.
checkin-week-together-7 =
    Time that's just yours

    Plan one hour together that has nothing to do with what happened: a walk, a meal, something you both enjoy. Trust also grows back in ordinary good time.
checkin-week-together-8 =
    Look back together

    Together, talk about what's different from when you started: what's easier, what's still hard, and what you want from each other next. If you keep getting stuck, a couples counsellor can help.
