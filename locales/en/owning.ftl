## Owning it: for the one who did it. Naming it plainly, explaining without excusing, the
## need it served, what to say to the partner, ending the outside contact, offering
## openness, and a daily check-in. Second person, warm, never a verdict.

owning-title = Owning what you did
owning-summary = For the one who crossed the line: name it, tell your partner, make it right.
owning-recap = You were partway through owning what happened.
owning-recap-safety = You were answering a question about your own safety.
owning-recap-name = You were naming what happened, plainly.
owning-recap-explain = Next was the difference between explaining and excusing.
owning-recap-need = You were looking at what need it may have served.
owning-recap-ack = You were building what to say to your partner.
owning-recap-ack-ready = Your words for your partner were ready.
owning-recap-undo = You were looking at the replies that undo an acknowledgement.
owning-recap-moment = Next was how to say it.
owning-recap-contact = You were looking at ending the outside contact.
owning-recap-openness = Next was offering openness before you're asked.
owning-recap-checkin = The daily check-in was next.

## Label of the way here from other conversations
next-owning = Owning what I did

owning-intro =
    This one is for you if you're the one who did it.

    I'm an automated self-help tool: no judgement and no verdict here, on you or on your relationship. We'll go step by step: naming what happened, why it happened without excusing it, what to say to your partner, ending the outside contact, and being open before you're asked.

    You can stop at any point and come back later.
owning-begin = Let's start

## Safety, asked before anything else

owning-q-safety =
    First, a question about you.

    Are you afraid of your partner, or do they control you? For example threats, pushing you around, going through your phone, cutting you off from people, or controlling your money.

    If so, telling them more could make you less safe, and this conversation will put your safety first.
owning-safety-plan =
    When you're afraid of your partner, a confession, or opening your phone and your days to them, can be turned against you. So I won't help you write one here.

    A domestic-violence line can help you work out what's safe, including whether, when and how to say anything at all. It's confidential, and it's there for you too, even if you're the one who crossed a line.
owning-safety-known = Earlier you told me that fear or control is part of what's happening. I'm keeping that in mind here.
owning-read-on = Keep thinking it through for myself

## 1. Naming it without making it smaller

owning-q-shrink =
    Start by naming what happened, to yourself, in plain words. Not the harshest version and not the softest: the true one.

    Small words like "just", "only" or "nothing really" tend to shrink it. Have you caught yourself thinking one of these?
owning-shrink-just-talking-btn = "It was just talking"
owning-shrink-never-touched-btn = "Nothing physical happened"
owning-shrink-never-said-btn = "We never said I couldn't"
owning-shrink-attention-btn = "I only liked the attention"
owning-shrink-everyone-btn = "Everyone does this"
owning-shrink-none-btn = None of these

owning-shrink-just-talking = Talking can carry a great deal: attention, closeness, the feeling of being wanted. If it took time and warmth that you kept out of sight, it wasn't "just" anything.
owning-shrink-never-touched = That may be true, and it still isn't the measure. What hurts is where your attention, openness and desire went, and that your partner didn't know where they stood.
owning-shrink-never-said = Many lines are never said out loud. But if you kept it quiet because you knew your partner would mind, you already knew where the line was.
owning-shrink-attention = Liking to be noticed is human. Keeping a door open to it in secret still says something, to you and to others: that you're available.
owning-shrink-everyone = Other people doing it doesn't change what it meant between the two of you, with the understanding you had.
owning-shrink-none = Good. Naming it straight is what everything after this stands on.
owning-name-plain =
    A plain naming says what you did, for how long, and what you kept hidden. For example: "For months I've messaged someone I'm drawn to most nights, and kept it from you."

    No verdict on yourself is needed. Just what happened.

## 2. Explaining is not excusing

owning-explain =
    Explaining is not excusing.

    An explanation says why it happened and keeps the responsibility with you. An excuse uses the why to pass the responsibility to someone or something else.

    Excuse: "I only did it because you'd gone so distant."
    Explanation: "I'd been feeling far from us, and instead of telling you, I looked for closeness somewhere else. That was my choice."

    The why matters, and it's next. Just keep the responsibility with you.

## 3. What need it served

owning-q-need =
    What need might it have been meeting?

    Asking isn't looking for an excuse. It's how you find out what has to change. Pick what feels closest: it's a question to look at, not a diagnosis.
owning-need-validation-btn = Feeling wanted or attractive
owning-need-options-btn = Keeping a door open
owning-need-missing-btn = Something missing between us
owning-need-novelty-btn = The spark of something new
owning-need-habit-btn = An old habit I never questioned
owning-need-unsure-btn = I don't know yet

owning-need-validation =
    Feeling wanted, attractive, interesting

    That need is human, and no relationship can be its only source. But meeting it in secret, with someone you're drawn to, means something hasn't been faced: how you see yourself, or something you haven't asked for at home.

    The work is finding ways to feel worth something that you don't have to hide.
owning-need-options =
    Keeping a door open

    For some people an outside connection is a safety net: if this doesn't work out, there's something else. It rarely feels like a plan, and it can sit right beside real love; for some it's an old way of keeping closeness at a bearable distance.

    If this fits, ending the contact is only half of it. The honest question is what you're ready to offer this relationship.
owning-need-missing =
    Something missing between you

    Closeness, being understood, feeling chosen: when one of these goes missing, an outside connection can fill the gap. That doesn't make it fine, but it shows where the real work is.

    If this fits, the behaviour was a symptom. Ending it won't close the gap by itself: that needs saying to your partner, not to someone else, once the hurt has had room.
owning-need-novelty =
    The spark of something new

    Long relationships lose the rush of early attraction, and missing it is ordinary. What matters is where you take that longing: into the open, including honest talks about your life together, or into a connection you keep secret.
owning-need-habit =
    An old habit

    A flirty way of messaging, or keeping people you're drawn to close, may have started long before this relationship and never been looked at since. It may not have felt like a choice, which is exactly why it's worth looking at now, with what it means for the person you're with.
owning-need-unsure =
    Not knowing yet is an honest answer

    From the inside it's often hard to see. A counsellor, on your own or as a couple, can help you find the true answer rather than the comfortable one.

    Whatever it turns out to be, it's a reason, not a pass.
owning-need-another = Look at another one

## 4. What to say to your partner

owning-q-what =
    Now, what you'd say to your partner. We'll build it in three short parts, like an acknowledgement rather than a defence.

    First: what did you do? Pick the closest, or say it in your own words.
owning-my-words = I'll put it in my own words
owning-pick-instead = Choose from the list instead
owning-q-what-typed =
    Write what you did the way you'd say it to your partner, plainly and in the first person. For example: I've been messaging my ex most evenings.

    A sentence is enough. I keep it only until this conversation ends.

## Fragments (the opening sentence of the acknowledgement, first person)
owning-what-texting = I've been messaging someone a lot, and it got closer than I let you see
owning-what-ex-online = I've been following my ex closely online and keeping up with them
owning-what-secret-ex = I've been in touch with my ex, and I didn't tell you
owning-what-dating-app = I kept a dating profile while we were together
owning-what-flirting = I've been flirting with someone, in a way that went past friendly
owning-what-hidden-accounts = I've had an account or chat you didn't know about, and deleted messages
owning-what-coworker = I let a closeness with someone at work grow into more than it should be
owning-what-intimate-sharing = I've been telling someone else private things I hadn't told you
owning-what-sexting = I've been sending sexual messages to someone else
owning-what-secret-plans = I made plans to see someone and hid them from you
owning-what-fallback = I did something that crossed a line between us

owning-q-own =
    Second: what are you taking responsibility for? Not only the act, but the part that hurts most.
owning-own-hid-btn = That I hid it
owning-own-agreement-btn = That I went against what we'd agreed
owning-own-closeness-btn = That I gave someone else closeness that was ours
owning-own-kept-on-btn = That I kept going, knowing it would hurt
owning-q-own-typed = In your own words, what are you taking responsibility for? Start with "I", for example: I lied when you asked me.

owning-own-hid = I kept it from you, because I knew you'd mind
owning-own-agreement = I went against what we'd agreed, or what I knew you were counting on
owning-own-closeness = I gave someone else attention and closeness that belonged with us
owning-own-kept-on = I kept going even after I knew it would hurt you
owning-own-fallback = I wasn't honest with you

owning-q-offer =
    Third: what are you offering now? Only what you mean to keep to.
owning-offer-ending-btn = I'm ending the contact
owning-offer-questions-btn = You can ask me anything
owning-offer-why-btn = I'll work on why I did it
owning-offer-time-btn = I won't rush you
owning-q-offer-typed = In your own words, what are you offering? Something you'll really do, for example: I'll tell you whenever they get in touch.

owning-offer-ending = I'm ending the contact, and I'll tell you when it's done and how
owning-offer-questions = You can ask me anything, as often as you need, and I'll answer honestly
owning-offer-why = I'll work out why I did it and tell you, without using it as an excuse
owning-offer-time = I won't rush you or expect you to be over it on my timetable
owning-offer-fallback = I'll do what I can to make this right, at your pace

## The acknowledgement

owning-ack-intro = That's one way to say it, built from your answers. Change any word so it sounds like you.
owning-ack = “There's something I need to tell you, plainly. { $what }. { $own }. That's on me, not on you. { $offer }. I'm not asking anything of you. I'd like to hear how this is for you, whenever you're ready.”
owning-ack-whole =
    The same, with your words in full:
    { $ack }
owning-ack-after = Notice what it leaves out: no "but", no "it was nothing", no reasons before the facts.
owning-ack-next = Next: the replies that undo it
owning-ack-redo = Change my answers

owning-undo =
    After you've said it, some replies quietly take it all back. Here they are beside the ones that help.

    ✗ “It was nothing.”
    ✓ “It clearly wasn't nothing to you, and that matters to me.”

    ✗ “You're overreacting.”
    ✓ “Your reaction makes sense. Tell me what's hardest about it.”

    ✗ “You went through my phone.”
    ✓ “I wish you'd heard it from me. That's on me.”
    How it came out can be talked about another day, on its own. Today it would turn the conversation onto them.
owning-undo-more-btn = Show me a few more
owning-undo-more =
    ✗ “We never even touched.”
    ✓ “Nothing physical happened, and it still went somewhere it shouldn't have. I understand why that hurts.”

    ✗ “We never said I couldn't.”
    ✓ “We never said it out loud, but I knew you'd mind. That's why I didn't tell you.”

    ✗ “I've said sorry. Can we move on?”
    ✓ “Take the time you need. I'm not going anywhere, and I'll keep answering.”

owning-moment =
    When you say it

    • Choose a calm, private time, with room to talk. Face to face or by voice, not by text.
    • Tell all of it at once. When the truth comes out in pieces, each new piece reopens the wound.
    • Then stop and listen. Don't ask for forgiveness in the same conversation.
    • Expect anger, tears or silence, and expect the same questions to come back later. That's part of it, not a failure.
    • If your partner needs time or space away from you, let them have it.

## 5. Ending the outside contact cleanly

owning-q-contact =
    Ending the outside contact cleanly.

    Where does it stand now?
owning-contact-ended-btn = It's already over
owning-contact-still-btn = We're still in touch
owning-contact-unavoidable-btn = I can't avoid them (work, friends)
owning-contact-reaching-btn = They keep getting in touch

owning-contact-ended = Then tell your partner yourself that it's over, and how it ended, rather than waiting to be asked. If the other person gets in touch again, say so the same day.
owning-contact-still =
    A clean ending is short and clear: one message, no long explanation, no "maybe one day", no last meeting to say goodbye. Something like: "I'm ending our contact. Please don't get in touch again."

    Then tell your partner it's done, and how.
owning-contact-unavoidable = When you can't avoid them, at work or among shared friends, keep it to what the situation needs, in the open. Tell your partner about contact that happens instead of letting them find out, and decide together what that looks like rather than alone.
owning-contact-reaching = Answer once with a clear no, then not at all. Tell your partner each time it happens, the same day, in your own words. Hiding even a harmless message now can undo weeks of steady work.
owning-contact-letting-go = If letting go is hard, be honest about that with yourself, or with a friend or counsellor, rather than going back for one more conversation.

## 6. Offering openness before you're asked

owning-openness =
    Be open before you're asked

    Don't wait for your partner to dig. Mention things yourself: a message from the other person, plans that changed, anything that could look unclear from the outside. When they need to hear it again, answer again, without a sigh.

    Keep it up for longer than feels comfortable: months, not weeks. It eases more slowly than you'd like.

    This is something you offer, not surveillance. It means telling and answering honestly, not being tracked, and not your partner having to keep watch. If checking starts to take the place of talking, for either of you, say so together, with a counsellor if that helps.

## 7. The daily check-in

owning-checkin =
    A short daily check-in can help you keep going.

    At a time you choose, I'll ask three quick questions with buttons: how the day felt, whether you offered openness before being asked, and what might help tomorrow. It's never a score or a streak, and missing a day is fine.

    The reminder never says what it's about, in case someone else sees your screen.
owning-set-checkin = Set up my daily check-in
owning-checkin-later = Not now, carry on

## The end

owning-end = Owning it isn't one conversation; it's what you do on ordinary days afterwards, for a long while. What your partner decides, staying or leaving, is theirs to decide, and either is valid. Where would you like to go from here?
owning-end-safety = Your safety comes first. With fear or control in the picture, a confession or more openness isn't where to start. A support line can help you work out what's safe: the safety resources are below, and /sos shows them at any time.
